import type Phaser from 'phaser';
import { dealTimeline } from '../../../core/challenges/timeline/shuffle';
import type { TimelineAnswer, TimelinePlayerItem } from '../../../core/challenges/timeline/timeline-answer';
import { initialTimelinePlay, timelineAnswerOf } from '../../../core/challenges/timeline/timeline-play';
import { checkedScore, describedCard, shownOrder } from '../../../core/challenges/timeline/timeline-review';
import type { TimelineScore } from '../../../core/challenges/timeline/timeline-rules';
import type { CountryAtlas } from '../../../core/geo/country-atlas';
import { fromTuple } from '../../../core/geo/lon-lat';
import { challengeSeed } from '../../../core/run/level-run';
import { touchFirst } from '../../input-kind';
import { answerChanged, finishChallenge, isBlind } from '../../level-flow';
import type { ButtonOptions } from '../../ui/button';
import type { Focusable } from '../../ui/focus-group';
import type { MapView } from '../../ui/map-view';
import { ChallengeScene } from '../challenge-scene';
import type { CardReveal } from './event-card';
import type { EventDetailPanel } from './event-detail-panel';
import { DRAG_THRESHOLD_PX, drawTrackCards, glideFrom, type TrackCards } from './timeline-cards';
import { drawTimelineColumn } from './timeline-column';
import { detailLines } from './timeline-detail-lines';
import { FactWalk } from './timeline-fact-walk';
import { type FocusTargets, focusableByKey, focusKeyOf, focusOrder } from './timeline-focus';
import { CardHand } from './timeline-hand';
import { drawTimelineMap } from './timeline-map';
import { timelineProbeInfo } from './timeline-probe';
import { cardReveals } from './timeline-reveals';
import { checkSummary } from './timeline-summary';
import type { Rect } from './timeline-track';

/**
 * "Order in time": the event cards are dealt shuffled on a track of numbered slots; the player
 * drags them (mouse or touch) or moves them with the keyboard, then checks. The check marks each
 * card, gives its date and its rank in history, and a fact card tells each event in turn.
 *
 * The scene only draws and routes input: the order, the card in hand, the deal, the score and the
 * review are core/challenges/timeline's (timeline-play through the hand, timeline-review); the
 * drawing is the modules' beside it. It is redrawn whole on resize and language change; what the
 * player did lives in the fields below, not in the drawn objects.
 *
 * Play reads only the player view (what and where, never when); only a timeline played with its
 * answers (`open`) is scored and revealed at the check. Blind, the check hands the order over.
 * A ChallengeScene, not a menu: it never starts the menus' music.
 */
export class TimelineScene extends ChallengeScene<'timeline'> {
  /** The cards' order and the card in hand (core timeline-play), and the input that moves them. */
  private hand!: CardHand;
  /** After the check of a timeline played with its answers: the score and the fact cards' walk. */
  private score: TimelineScore | null = null;
  private walk: FactWalk | null = null;
  private touch = false;
  /** The card last chosen with the keyboard or a click: the one the map and the panel describe. */
  private chosenId: string | null = null;
  private hoveredId: string | null = null;
  private atlas: CountryAtlas | null = null;

  // Rebuilt with the screen.
  private track: TrackCards | null = null;
  private readonly buttons = new Map<Focusable, string>();
  private trackArea: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private mapArea: Rect | null = null;
  private map: MapView | null = null;
  private mapPlaceholder: Phaser.GameObjects.Text | null = null;
  private detail: EventDetailPanel | null = null;
  /** The swapped events named under the summary, as shown (tests read it). */
  private swapsShown = '';

  constructor() {
    super('timeline');
  }

  protected begin(): void {
    const open = this.open;
    // Blind, the cards start as the view deals them; with the answers, as the run's seed deals
    // them, so a run replays exactly and each play of a level gets a deal of its own.
    const dealt =
      isBlind(this.sceneData) || !open
        ? this.view.items.map((item) => item.id)
        : dealTimeline(open.challenge.items, challengeSeed(this.sceneData.run, open.challenge.id));
    this.hand = new CardHand(
      {
        scene: this,
        track: () => this.track,
        order: () => this.displayOrder(),
        unit: () => this.unit,
        answerChanged: () => answerChanged(this.sceneData, () => this.answerSoFar()),
        reordered: () => this.refreshFocusOrder(),
        heldChanged: () => this.refreshCurrent(),
      },
      initialTimelinePlay(dealt),
    );
    this.score = this.walk = this.chosenId = this.hoveredId = this.atlas = null;
    this.touch = touchFirst();
    this.input.dragDistanceThreshold = DRAG_THRESHOLD_PX;
    this.whenShutDown(this.hand.listen(this.input));
    this.loadMap();
    // The probe tells the tests the menus' music stays off here, as the menus tell it is on.
    this.services.probe?.setInfo(this, 'musicWanted', () => this.services.audio.musicWanted);
    this.relayout();
  }

  /** Escape puts back a card in hand, then closes an open fact card, and only then leaves the level. */
  protected override escape(): void {
    if (this.hand.cancel()) return;
    if (this.walk?.review.explaining) this.walk.close();
    else this.leave();
  }

  protected override languageChanged(): void {
    this.map?.refreshText();
    this.relayout();
  }

  /** Draws everything again, keeping the keyboard focus on the same card or button. */
  protected relayout(): void {
    const focused = this.focus.focused;
    const focusKey = focused ? focusKeyOf(this.focusTargets(), focused) : null;
    this.tweens.killAll();
    // Destroyed, not only removed: a removed object would keep taking clicks where it was.
    for (const child of [...this.children.list]) child.destroy();
    this.focus.clear();
    this.buttons.clear();
    this.walk?.forget();
    this.track = this.map = this.detail = this.mapPlaceholder = null;
    this.hoveredId = null;
    this.build();
    this.refreshFocusOrder();
    const target = focusKey ? focusableByKey(this.focusTargets(), focusKey) : undefined;
    if (target) this.focus.focus(target);
  }

  private build(): void {
    const { play } = this.hand;
    const { summary, swaps } = checkSummary(
      this.services.i18n,
      this.open?.challenge ?? null,
      play.order,
      play.dontKnow,
      this.score,
    );
    this.swapsShown = swaps;
    const column = drawTimelineColumn(
      this,
      (id: string, options: ButtonOptions) => {
        const button = this.addButton(id, options);
        this.buttons.set(button, id);
        return button;
      },
      { width: this.scale.width, height: this.scale.height, unit: this.unit, touch: this.touch },
      {
        back: this.t('ui:common.back'),
        prompt: this.t(`content:${this.view.prompt}`),
        onBack: () => this.leave(),
      },
      {
        checked: this.score !== null,
        showTrueOrder: this.walk?.review.showTrueOrder ?? false,
        summary,
        swaps,
        t: (key) => this.t(key),
        check: () => this.check('check'),
        dontKnow: () => this.check('dontKnow'),
        toggleOrder: () => this.toggleOrder(),
        finish: () => this.finish(),
      },
    );
    ({ trackArea: this.trackArea, mapArea: this.mapArea, detail: this.detail } = column);
    this.drawMap();
    this.track = drawTrackCards(
      this,
      this.services.probe,
      {
        area: this.trackArea,
        unit: this.unit,
        items: this.displayOrder().map((id) => this.item(id)),
        reveals: this.reveals(),
        t: (key, params) => this.t(key, params),
        held: play.held?.id ?? null,
        restingY: (id, slot) => this.hand.restingY(id, slot),
      },
      {
        activate: (id) => (this.score ? this.walk?.open(id, false) : this.hand.pickUp(id)),
        focused: (id) => {
          this.chosenId = id;
          this.refreshCurrent();
        },
        hovered: (id) => {
          if (this.hoveredId === id) return;
          this.hoveredId = id;
          this.refreshCurrent();
        },
        // A click or tap: before the check it chooses the card, after it opens the card's fact.
        pressed: (id) => {
          const card = this.track?.cards.get(id);
          if (this.score) this.walk?.open(id, false);
          else if (card) this.focus.focus(card);
        },
      },
    );
    this.walk?.draw();
    this.refreshCurrent();
  }

  /** The map where the column left room for it; drawn in place once loaded, so a dragged card is not dropped. */
  private drawMap(): void {
    if (!this.mapArea) return;
    ({ map: this.map, placeholder: this.mapPlaceholder } = drawTimelineMap(this, this.mapArea, {
      levelMap: this.levelMap,
      atlas: this.atlas,
      language: this.services.i18n.language,
      loading: this.t('timeline:loadingMap'),
      unit: this.unit,
    }));
  }

  private loadMap(): void {
    this.loadMapData()
      .then((atlas) => {
        if (!atlas) return;
        this.atlas = atlas;
        this.mapPlaceholder?.destroy();
        this.drawMap();
        this.refreshCurrent();
      })
      .catch((error: unknown) => {
        console.warn('Qantar: the map could not be loaded; the timeline is played without it.', error);
      });
  }

  private displayOrder(): string[] {
    return shownOrder(this.open?.challenge.items ?? null, this.hand.play, this.walk?.review ?? null);
  }

  /** Check, or "I don't know": the play is over; with the answers, the reveal begins. */
  private check(type: 'check' | 'dontKnow'): void {
    if (this.hand.play.over) return;
    this.hand.drop();
    this.hand.dispatch({ type });
    const open = this.open;
    if (!open) {
      finishChallenge(this, this.sceneData, this.answerSoFar());
      return;
    }
    this.score = checkedScore(open.challenge, this.hand.play);
    this.walk = new FactWalk({
      scene: this,
      services: this.services,
      open,
      play: this.hand.play,
      score: this.score,
      place: () => ({
        area: this.trackArea,
        layout: this.track?.layout ?? null,
        cards: this.track?.cards ?? new Map(),
        order: this.displayOrder(),
        unit: this.unit,
        touch: this.touch,
      }),
      focus: (target) => this.focus.focus(target),
      changed: () => {
        this.refreshCurrent();
        this.refreshFocusOrder();
      },
      finish: () => this.finish(),
    });
    this.relayout();
    const next = this.walk.firstButton ?? [...this.buttons.keys()].at(-1);
    if (next) this.focus.focus(next);
  }

  private toggleOrder(): void {
    const before = new Map(
      [...(this.track?.cards ?? [])].map(([id, card]) => [id, { x: card.x, y: card.y }]),
    );
    this.walk?.toggleOrder();
    this.relayout();
    if (this.track) glideFrom(this, this.track.cards, before);
  }

  private finish(): void {
    if (this.score) finishChallenge(this, this.sceneData, this.answerSoFar());
  }

  /** The order as it stands. */
  answerSoFar(): TimelineAnswer {
    return timelineAnswerOf(this.hand.play);
  }

  // ── After the check ────────────────────────────────────────────────────────────────────────

  private reveals(): Map<string, CardReveal> | null {
    const challenge = this.open?.challenge;
    if (!this.score || !challenge) return null;
    const { i18n } = this.services;
    const trueOrderShown = this.walk?.review.showTrueOrder ?? false;
    return cardReveals(
      challenge,
      this.score,
      trueOrderShown,
      (key, params) => i18n.t(key, params),
      i18n.language,
    );
  }

  // ── What the player is looking at ──────────────────────────────────────────────────────────

  private refreshCurrent(): void {
    const explaining = this.walk?.review.explaining ?? null;
    const held = this.hand.play.held;
    const id = describedCard({
      held: held?.id ?? null,
      hovered: this.hoveredId,
      explaining,
      chosen: this.chosenId,
    });
    const item = id ? this.item(id) : null;
    this.map?.setMarkers(item ? [{ kind: 'pin', at: fromTuple(item.lonLat), tone: 'truth' }] : []);
    for (const [cardId, card] of this.track?.cards ?? []) card.setSpotlit(cardId === explaining);
    const truth = item && this.open?.challenge.items.find((other) => other.id === item.id);
    this.detail?.show(
      detailLines({
        item,
        revealed: truth && this.score ? { truth, score: this.score } : null,
        checked: this.score !== null,
        language: this.services.i18n.language,
        touch: this.touch,
        moving: held?.by === 'keyboard',
        t: (key) => this.t(key),
      }),
    );
  }

  private focusTargets(): FocusTargets {
    const cards = this.track?.cards ?? new Map();
    return {
      cards,
      buttons: this.buttons,
      factButtons: this.walk?.buttons ?? new Map(),
      order: this.displayOrder(),
    };
  }

  private refreshFocusOrder(): void {
    const focused = this.focus.focused;
    this.focus.clear();
    const items = focusOrder(this.focusTargets());
    for (const item of items) this.focus.add(item);
    if (focused && items.includes(focused)) this.focus.focus(focused);
  }

  private item(id: string): TimelinePlayerItem {
    const item = this.view?.items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`Unknown timeline item "${id}"`);
    return item;
  }

  protected probeInfo() {
    return timelineProbeInfo(this.hand.play, this.score, this.walk?.review ?? null, {
      displayed: this.displayOrder(),
      chosen: this.chosenId,
      reveals: this.reveals(),
      animating: this.tweens.getTweens().length > 0,
      textPx: this.track?.layout.textPx ?? null,
      swaps: this.swapsShown,
      factFeedback: this.walk?.feedback ?? '',
    });
  }
}
