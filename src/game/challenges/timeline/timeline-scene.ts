import type Phaser from 'phaser';
import { dealTimeline } from '../../../core/challenges/timeline/shuffle';
import {
  scoreTimelineAnswer,
  type TimelineAnswer,
  type TimelinePlayerItem,
} from '../../../core/challenges/timeline/timeline-answer';
import {
  initialTimelinePlay,
  type TimelinePlayAction,
  type TimelinePlayState,
  timelineAnswerOf,
  timelinePlay,
} from '../../../core/challenges/timeline/timeline-play';
import {
  compareEvents,
  eventDateOf,
  scoreTimeline,
  type TimelineScore,
  type TimelineVerdict,
  timelineVerdict,
  trueOrder,
  trueRanks,
} from '../../../core/challenges/timeline/timeline-rules';
import { swapMessage, swappedPairs, timelineFeedback } from '../../../core/feedback/timeline-feedback';
import type { CountryAtlas } from '../../../core/geo/country-atlas';
import { fromTuple } from '../../../core/geo/lon-lat';
import type { TimelineItem } from '../../../core/level/level-types';
import { challengeSeed } from '../../../core/run/level-run';
import { countryName } from '../../../services/country-names';
import { feedbackText } from '../../feedback-text';
import { formatEventDate } from '../../format-event-date';
import { touchFirst } from '../../input-kind';
import { answerChanged, finishChallenge, isBlind } from '../../level-flow';
import { colours, FONT_FAMILY, fontSize, prefersReducedMotion } from '../../theme';
import type { Button, ButtonOptions } from '../../ui/button';
import type { Focusable } from '../../ui/focus-group';
import { MapView } from '../../ui/map-view';
import { ChallengeScene } from '../challenge-scene';
import { CardMeasurer, type CardReveal, EventCard } from './event-card';
import { type DetailLine, EventDetailPanel } from './event-detail-panel';
import { drawTimelineControls } from './timeline-controls';
import { type DrawnFact, drawTimelineFact } from './timeline-fact';
import { bindHeldCardKeys } from './timeline-keys';
import { targetSize, timelineAreas } from './timeline-layout';
import { layoutTrack, nearestSlot, type Rect, TimelineTrack, type TrackLayout } from './timeline-track';

/** How the card in the player's hand was lifted: by a drag or by the keyboard (where it came from is in the play state). */
interface Held {
  readonly id: string;
  readonly by: 'pointer' | 'keyboard';
  /** Dragging: where on the card the pointer took hold, from its top-left corner. */
  readonly grab?: { readonly x: number; readonly y: number };
}

/** A press that moves less than this (pixels) is a click on the card, not a drag. */
const DRAG_THRESHOLD_PX = 8;
const SETTLE_MS = 180;
const VERDICT_ICON: Record<TimelineVerdict, string> = { right: '✓', partial: '◐', wrong: '✗', skipped: '–' };

/**
 * "Order in time": the event cards are dealt shuffled on a track of numbered slots; the player
 * drags them (mouse or touch) or moves them with the keyboard, then checks. The check marks each
 * card, gives its date and its rank in history, and a fact card tells each event in turn.
 *
 * The scene only draws and routes input: the order, the deal and the score come from
 * core/challenges/timeline. It is redrawn whole on resize and language change; what the player
 * did lives in the fields below, not in the drawn objects.
 *
 * Play reads only the player view (what and where, never when); only a timeline played with its
 * answers (`open`) is scored and revealed at the check. Blind, the check hands the order over.
 * A ChallengeScene, not a menu: it never starts the menus' music.
 */
export class TimelineScene extends ChallengeScene<'timeline'> {
  /** The cards' order and the card in hand, by the rules of core/challenges/timeline. */
  private play: TimelinePlayState = initialTimelinePlay([]);
  private score: TimelineScore | null = null;
  private touch = false;
  private showTrueOrder = false;
  private held: Held | null = null;
  /** The card last chosen with the keyboard or a click: the one the map and the panel describe. */
  private chosenId: string | null = null;
  private hoveredId: string | null = null;
  /** After the check: the event whose fact card is open. */
  private explaining: string | null = null;
  private atlas: CountryAtlas | null = null;

  // Rebuilt with the screen.
  private readonly cards = new Map<string, EventCard>();
  private readonly buttonIds = new Map<Focusable, string>();
  private buttons: Button[] = [];
  private layout: TrackLayout | null = null;
  private trackArea: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private mapArea: Rect | null = null;
  private map: MapView | null = null;
  private mapPlaceholder: Phaser.GameObjects.Text | null = null;
  private detail: EventDetailPanel | null = null;
  private fact: DrawnFact | null = null;
  /** After the check, the swapped events named under the summary, as shown (tests read it). */
  private swapsShown = '';
  /** The open fact card's swap line, as shown. */
  private factFeedback = '';
  private continueButton: Button | null = null;
  private closeButton: Button | null = null;

  constructor() {
    super('timeline');
  }

  protected begin(): void {
    const open = this.open;
    // Blind, the cards start as the view deals them; with the answers, as the run's seed deals
    // them, so a run replays exactly and each play of a level gets a deal of its own.
    this.play = initialTimelinePlay(
      isBlind(this.sceneData) || !open
        ? this.view.items.map((item) => item.id)
        : dealTimeline(open.challenge.items, challengeSeed(this.sceneData.run, open.challenge.id)),
    );
    this.score = null;
    this.showTrueOrder = false;
    this.held = null;
    this.chosenId = null;
    this.hoveredId = null;
    this.explaining = null;
    this.atlas = null;
    this.touch = touchFirst();
    this.input.dragDistanceThreshold = DRAG_THRESHOLD_PX;
    this.listenToInput();
    this.loadMap();
    // The probe tells the tests the menus' music stays off here, as the menus tell it is on.
    this.services.probe?.setInfo(this, 'musicWanted', () => this.services.audio.musicWanted);
    this.relayout();
  }

  /** Escape puts back a card in hand, then closes an open fact card, and only then leaves the level. */
  protected override escape(): void {
    if (this.cancelHold()) return;
    if (this.explaining) this.closeFact();
    else this.leave();
  }

  protected override languageChanged(): void {
    this.map?.refreshText();
    this.relayout();
  }

  /** Draws everything again, keeping the keyboard focus on the same card or button. */
  protected relayout(): void {
    const focused = this.focus.focused;
    const focusKey = focused ? this.focusKeyOf(focused) : null;
    this.tweens.killAll();
    // Destroyed, not only removed: a removed object would keep taking clicks where it was.
    for (const child of [...this.children.list]) child.destroy();
    this.focus.clear();
    this.cards.clear();
    this.buttonIds.clear();
    this.buttons = [];
    this.map = null;
    this.detail = null;
    this.fact = null;
    this.continueButton = null;
    this.closeButton = null;
    this.hoveredId = null;
    this.build(this.scale.width, this.scale.height);
    this.refreshFocusOrder();
    if (focusKey) this.focusByKey(focusKey);
  }

  private build(width: number, height: number): void {
    const areas = timelineAreas(width, height, this.unit);
    const column = this.buildHeader(areas.column, areas.gap, areas.portrait);
    const controlsTop = this.buildControls(column);
    this.trackArea = areas.portrait
      ? { ...areas.track, y: column.y, height: controlsTop - areas.gap - column.y }
      : areas.track;
    const detailHeight = controlsTop - areas.gap - column.y;
    this.detail =
      !areas.portrait && detailHeight >= 40 * this.unit
        ? new EventDetailPanel(this, { ...column, height: detailHeight }, this.unit)
        : null;
    this.buildTrack();
    this.createFactCard();
    this.refreshCurrent();
  }

  private buildTrack(): void {
    const u = this.unit;
    const shown = this.displayOrder();
    const faces = shown.map((id) => {
      const item = this.item(id);
      return { text: this.t(`content:${item.text}`), place: this.t(`content:${item.place}`) };
    });
    const measurer = new CardMeasurer(this);
    const layout = layoutTrack(measurer, faces, this.trackArea, u, this.score !== null);
    const setFaces = faces.map((face) => measurer.setFace(face, layout.cardWidth, layout.textPx, u) ?? face);
    measurer.destroy();
    this.layout = layout;

    const track = new TimelineTrack(
      this,
      layout,
      {
        earliest: this.t('timeline:earliest'),
        latest: this.t('timeline:latest'),
        slot: (number) => this.t('timeline:slot', { number }),
      },
      u,
    );
    track.slotTargets.forEach((target, index) => {
      this.services.probe?.register(
        this,
        `timeline.slot.${index}`,
        target,
        () => target.name,
        () => true,
        'topLeft',
      );
    });

    const reveals = this.reveals();
    shown.forEach((id, index) => {
      const slot = layout.slots[index];
      const face = setFaces[index];
      if (!slot || !face) return;
      const card = new EventCard(this, {
        x: slot.x,
        y: this.restingY(id, slot),
        width: slot.width,
        height: slot.height,
        textPx: layout.textPx,
        unit: u,
        face,
        reveal: reveals?.get(id) ?? null,
        onActivate: () => this.activateCard(id),
      });
      card.setName(id);
      card.on('focused', () => {
        this.chosenId = id;
        this.refreshCurrent();
      });
      card.on('pointerover', () => this.setHovered(id));
      card.on('pointerout', () => this.setHovered(null));
      card.on('pointerup', (pointer: Phaser.Input.Pointer) => {
        if (pointer.getDistance() < DRAG_THRESHOLD_PX) this.pressCard(id);
      });
      if (this.held?.id === id) card.setLifted(true);
      this.cards.set(id, card);
      this.services.probe?.register(
        this,
        `timeline.card.${id}`,
        card,
        () => card.label,
        () => true,
        'topLeft',
      );
    });
  }

  /**
   * The back button, the prompt and, in landscape, the map above the column; held upright, the
   * prompt beside the back button and no map, so the track keeps the room. Returns what is left.
   */
  private buildHeader(column: Rect, gap: number, portrait: boolean): Rect {
    const u = this.unit;
    const backHeight = targetSize(Math.round(44 * u), this.touch);
    const backWidth = Math.min(column.width, Math.round(150 * u));
    this.button('timeline.back', {
      x: column.x + backWidth / 2,
      y: column.y + backHeight / 2,
      width: backWidth,
      height: backHeight,
      label: `← ${this.t('ui:common.back')}`,
      fontSize: fontSize('small', u),
      onPress: () => this.leave(),
    });
    const promptX = portrait ? column.x + backWidth + gap : column.x;
    const promptY = portrait ? column.y : column.y + backHeight + Math.round(gap * 0.75);
    const prompt = this.add.text(promptX, promptY, this.t(`content:${this.view.prompt}`), {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize(portrait ? 'small' : 'body', u),
      fontStyle: 'bold',
      color: colours.text,
      // Lines break between words only: a word is never cut in two.
      wordWrap: { width: portrait ? column.width - backWidth - gap : column.width },
      resolution: window.devicePixelRatio || 1,
    });
    let y = Math.max(prompt.y + prompt.height, column.y + backHeight) + gap;
    this.mapArea = portrait
      ? null
      : { x: column.x, y, width: column.width, height: Math.round(column.width * 0.58) };
    if (this.mapArea) {
      this.createMap();
      y += this.mapArea.height + gap;
    }
    return { x: column.x, y, width: column.width, height: column.y + column.height - y };
  }

  /** The buttons (and after the check the score and the swaps); returns where they begin. */
  private buildControls(area: Rect): number {
    const open = this.open;
    const messages =
      this.score && open && !this.play.dontKnow ? timelineFeedback(open.challenge.items, this.order, 1) : [];
    this.swapsShown = messages.map((message) => `→ ${feedbackText(this.services.i18n, message)}`).join('\n');
    const number = new Intl.NumberFormat(this.services.i18n.language);
    const score = this.score;
    const summary = !score
      ? ''
      : this.play.dontKnow
        ? this.t('timeline:dontKnowSummary', { max: number.format(score.maxPoints) })
        : this.t('timeline:summary', {
            points: number.format(score.points),
            max: number.format(score.maxPoints),
            right: number.format(score.rightPairs),
            pairs: number.format(score.comparablePairs),
          });
    return drawTimelineControls(
      this,
      (id, options) => this.button(id, options),
      area,
      this.unit,
      this.touch,
      {
        checked: this.score !== null,
        showTrueOrder: this.showTrueOrder,
        summary,
        swaps: this.swapsShown,
        t: (key) => this.t(key),
        check: () => this.check({ type: 'check' }),
        dontKnow: () => this.check({ type: 'dontKnow' }),
        toggleOrder: () => this.toggleOrder(),
        finish: () => this.finish(),
      },
    );
  }

  private button(id: string, options: ButtonOptions): Button {
    const button = this.addButton(id, options);
    this.buttons.push(button);
    this.buttonIds.set(button, id);
    return button;
  }

  /** The compact map: the level's own map, only illustrating, with a pin on the current event. */
  private createMap(): void {
    const area = this.mapArea;
    const levelMap = this.levelMap;
    if (!area) return;
    const sea = this.add.graphics();
    sea.fillStyle(colours.sea, 1);
    sea.fillRect(area.x, area.y, area.width, area.height);
    if (!this.atlas) {
      this.mapPlaceholder = this.add
        .text(area.x + area.width / 2, area.y + area.height / 2, this.t('timeline:loadingMap'), {
          fontFamily: FONT_FAMILY,
          fontSize: fontSize('small', this.unit),
          color: colours.mutedText,
          resolution: window.devicePixelRatio || 1,
        })
        .setOrigin(0.5);
      return;
    }
    const language = this.services.i18n.language;
    this.map = new MapView(this, {
      map: levelMap,
      atlas: this.atlas,
      viewport: area,
      interactive: false,
      keyboardPan: false,
      countryName: (iso3) => countryName(iso3, language),
      unit: this.unit,
    });
    const frame = this.add.graphics();
    frame.lineStyle(2, colours.panelBorder, 1);
    frame.strokeRect(area.x, area.y, area.width, area.height);
  }

  private loadMap(): void {
    this.loadMapData()
      .then((atlas) => {
        if (!atlas) return;
        this.atlas = atlas;
        // Drawn in place rather than by a redraw, so a card being dragged is not dropped.
        this.mapPlaceholder?.destroy();
        this.mapPlaceholder = null;
        this.createMap();
        this.refreshCurrent();
      })
      .catch((error: unknown) => {
        console.warn('Qantar: the map could not be loaded; the timeline is played without it.', error);
      });
  }

  private listenToInput(): void {
    const input = this.input;
    // The card is moved from the pointer itself rather than Phaser's drag position, which counts
    // from where the drag threshold was crossed: the point of the card that was grabbed stays under
    // the finger, and the release position always counts.
    const onDragStart = (pointer: Phaser.Input.Pointer, object: Phaser.GameObjects.GameObject) =>
      this.startDrag(object.name, pointer);
    const onDrag = (pointer: Phaser.Input.Pointer, object: Phaser.GameObjects.GameObject) =>
      this.dragTo(object.name, pointer);
    const onDragEnd = (pointer: Phaser.Input.Pointer, object: Phaser.GameObjects.GameObject) =>
      this.endDrag(object.name, pointer);
    input.on('dragstart', onDragStart);
    input.on('drag', onDrag);
    input.on('dragend', onDragEnd);

    this.whenShutDown(
      bindHeldCardKeys(input.keyboard, {
        move: (delta) => this.moveHeld(delta),
        drop: () => this.held?.by === 'keyboard' && this.drop(),
        // Tab puts the card down where it is, then lets the focus move on as usual.
        putDownForTab: () => {
          if (this.held?.by === 'keyboard') this.drop();
        },
        columns: () => this.layout?.columns ?? 1,
        count: () => this.order.length,
      }),
    );
    this.whenShutDown(() => {
      input.off('dragstart', onDragStart);
      input.off('drag', onDrag);
      input.off('dragend', onDragEnd);
    });
  }

  // ── Playing ────────────────────────────────────────────────────────────────────────────────

  /** The player's order of item ids, slot 0 first. */
  private get order(): readonly string[] {
    return this.play.order;
  }

  /** Applies the rules to an action; false when they refused it and nothing changed. */
  private act(action: TimelinePlayAction): boolean {
    const next = timelinePlay(this.play, action);
    if (next === this.play) return false;
    this.play = next;
    return true;
  }

  private displayOrder(): string[] {
    return this.score && this.showTrueOrder && this.open
      ? trueOrder(this.open.challenge.items)
      : [...this.order];
  }

  private activateCard(id: string): void {
    if (this.score) this.openFact(id, false);
    else this.pickUp(id);
  }

  /** A click or tap: before the check it chooses the card, after it opens the card's fact. */
  private pressCard(id: string): void {
    if (this.score) {
      this.openFact(id, false);
      return;
    }
    const card = this.cards.get(id);
    if (card) this.focus.focus(card);
  }

  private setHovered(id: string | null): void {
    if (this.hoveredId === id) return;
    this.hoveredId = id;
    this.refreshCurrent();
  }

  private pickUp(id: string): void {
    if (this.play.over) return;
    if (this.held) this.drop();
    this.act({ type: 'lift', id });
    this.held = { id, by: 'keyboard' };
    this.cards.get(id)?.setLifted(true);
    this.placeCards();
    this.refreshCurrent();
  }

  private startDrag(id: string, pointer: Phaser.Input.Pointer): void {
    const card = this.cards.get(id);
    if (this.play.over || !card) return;
    if (this.held) this.drop();
    const grab = { x: pointer.downX - card.x, y: pointer.downY - card.y };
    this.act({ type: 'lift', id });
    this.held = { id, by: 'pointer', grab };
    this.tweens.killTweensOf(card);
    card.setLifted(true);
    this.refreshCurrent();
  }

  /** The card follows the pointer; the others make room at the slot nearest its centre. */
  private dragTo(id: string, pointer: Phaser.Input.Pointer): void {
    const card = this.cards.get(id);
    const held = this.held;
    if (held?.id !== id || !held.grab || !card || !this.layout) return;
    const x = pointer.x - held.grab.x;
    const y = pointer.y - held.grab.y;
    card.setPosition(x, y);
    const target = nearestSlot(this.layout, x + card.cardWidth / 2, y + card.cardHeight / 2);
    if (this.act({ type: 'moveTo', slot: target })) this.placeCards(id);
  }

  private endDrag(id: string, pointer: Phaser.Input.Pointer): void {
    if (this.held?.id !== id || this.held.by !== 'pointer') return;
    this.dragTo(id, pointer);
    this.drop();
  }

  /** Moves the card in hand by `delta` slots; false when no card is held by the keyboard. */
  private moveHeld(delta: number): boolean {
    const held = this.held;
    if (held?.by !== 'keyboard') return false;
    if (this.act({ type: 'moveTo', slot: this.order.indexOf(held.id) + delta })) {
      this.placeCards();
      this.refreshFocusOrder();
    }
    return true;
  }

  private drop(): boolean {
    const startOrder = this.play.held?.startOrder;
    if (startOrder?.some((id, index) => this.order[index] !== id))
      answerChanged(this.sceneData, () => this.answerSoFar());
    this.act({ type: 'putDown' });
    return this.settle();
  }

  /** Draws the card in hand back down in its slot. */
  private settle(): boolean {
    const held = this.held;
    if (!held) return false;
    this.held = null;
    this.cards.get(held.id)?.setLifted(false);
    this.placeCards();
    this.refreshFocusOrder();
    this.refreshCurrent();
    return true;
  }

  /** Escape with a card in hand puts it back where it was picked up. */
  private cancelHold(): boolean {
    if (!this.held) return false;
    this.act({ type: 'putBack' });
    return this.settle();
  }

  /** A card in the keyboard's hand stands a little above its slot: picked up, not only outlined. */
  private restingY(id: string, slot: Rect): number {
    return this.held?.id === id ? slot.y - Math.round(10 * this.unit) : slot.y;
  }

  /** Sends every card (but the one being dragged) to its slot, gliding unless motion is reduced. */
  private placeCards(exceptId?: string): void {
    const layout = this.layout;
    if (!layout) return;
    const still = prefersReducedMotion();
    this.displayOrder().forEach((id, index) => {
      const card = this.cards.get(id);
      const slot = layout.slots[index];
      if (!card || !slot || id === exceptId) return;
      const y = this.restingY(id, slot);
      if (card.x === slot.x && card.y === y) return;
      this.tweens.killTweensOf(card);
      if (still) card.setPosition(slot.x, y);
      else this.tweens.add({ targets: card, x: slot.x, y, duration: SETTLE_MS, ease: 'Cubic.easeOut' });
    });
  }

  /** Check, or "I don't know": the play is over; with the answers, the reveal begins. */
  private check(action: TimelinePlayAction): void {
    if (this.play.over) return;
    if (this.held) this.drop();
    this.act(action);
    const open = this.open;
    if (!open) {
      finishChallenge(this, this.sceneData, this.answerSoFar());
      return;
    }
    // The one scoring rule, so "I don't know" reads as every card skipped, as the results say.
    const result = scoreTimelineAnswer(open.challenge, this.answerSoFar());
    const pairs = scoreTimeline(open.challenge.items, this.order);
    const points = result.items.reduce((sum, item) => sum + item.points, 0);
    this.score = { ...pairs, items: result.items, points };
    this.explaining = this.play.dontKnow ? null : (trueOrder(open.challenge.items)[0] ?? null);
    this.relayout();
    const next = this.continueButton ?? this.buttons[this.buttons.length - 1];
    if (next) this.focus.focus(next);
  }

  private toggleOrder(): void {
    const before = new Map([...this.cards].map(([id, card]) => [id, { x: card.x, y: card.y }]));
    this.showTrueOrder = !this.showTrueOrder;
    this.relayout();
    if (prefersReducedMotion()) return;
    for (const [id, card] of this.cards) {
      const from = before.get(id);
      if (!from) continue;
      const to = { x: card.x, y: card.y };
      card.setPosition(from.x, from.y);
      this.tweens.add({ targets: card, x: to.x, y: to.y, duration: SETTLE_MS * 2, ease: 'Cubic.easeInOut' });
    }
  }

  private finish(): void {
    if (!this.score) return;
    finishChallenge(this, this.sceneData, this.answerSoFar());
  }

  /** The order as it stands. */
  answerSoFar(): TimelineAnswer {
    return timelineAnswerOf(this.play);
  }

  // ── After the check ────────────────────────────────────────────────────────────────────────

  private reveals(): Map<string, CardReveal> | null {
    const challenge = this.open?.challenge;
    if (!this.score || !challenge) return null;
    const ranks = trueRanks(challenge.items);
    const language = this.services.i18n.language;
    const reveals = new Map<string, CardReveal>();
    for (const result of this.score.items) {
      const item = this.truthItem(result.itemId);
      // Shown in the true order every card stands where it belongs: the player's verdicts would be stale.
      const verdict = this.showTrueOrder ? null : timelineVerdict(result);
      reveals.set(result.itemId, {
        verdict,
        label: verdict ? this.verdictText(verdict) : '',
        date: formatEventDate(eventDateOf(item), language, 'short'),
        rank: this.t('timeline:rank', { rank: ranks.get(item.id) ?? 0 }),
      });
    }
    return reveals;
  }

  /** "✓ Right", "◐ Partly right", "✗ Wrong", "– I don't know": an icon and a word, never colour alone. */
  private verdictText(verdict: TimelineVerdict): string {
    const word = verdict === 'skipped' ? this.t('timeline:dontKnow') : this.t(`ui:fact.verdict.${verdict}`);
    return `${VERDICT_ICON[verdict]} ${word}`;
  }

  /** The card's one verdict (core timelineVerdict), as every screen shows it. */
  private verdictOf(id: string): TimelineVerdict {
    const result = this.score?.items.find((candidate) => candidate.itemId === id);
    return result ? timelineVerdict(result) : 'wrong';
  }

  private openFact(id: string, focusContinue: boolean): void {
    this.explaining = id;
    this.createFactCard();
    this.refreshCurrent();
    this.refreshFocusOrder();
    if (focusContinue && this.continueButton) this.focus.focus(this.continueButton);
  }

  /** Uncovers the whole track; a click on any card opens its fact again. */
  private closeFact(): void {
    const id = this.explaining;
    this.explaining = null;
    this.createFactCard();
    this.refreshCurrent();
    this.refreshFocusOrder();
    const card = id ? this.cards.get(id) : undefined;
    if (card) this.focus.focus(card);
  }

  /** Continue walks through the events in the order they happened, then on to the results. */
  private nextFact(): void {
    const chronology = this.open ? trueOrder(this.open.challenge.items) : [];
    const next = chronology[chronology.indexOf(this.explaining ?? '') + 1];
    if (next) this.openFact(next, true);
    else this.finish();
  }

  /** The open event's fact card (timeline-fact.ts), with its date, rank, slot and the swap it is part of. */
  private createFactCard(): void {
    for (const object of this.fact?.objects ?? []) object.destroy();
    this.fact = null;
    this.factFeedback = '';
    this.continueButton = null;
    this.closeButton = null;
    const id = this.explaining;
    const open = this.open;
    const index = id ? this.displayOrder().indexOf(id) : -1;
    const slot = this.layout?.slots[index];
    if (!id || !this.score || !slot || !open) return;
    const { challenge } = open;
    const item = this.truthItem(id);
    const language = this.services.i18n.language;
    const sameDate = challenge.items.some((other) => other.id !== id && compareEvents(other, item) === 0);
    const detail = [
      this.t('timeline:when', {
        date: formatEventDate(eventDateOf(item), language, 'long'),
        rank: trueRanks(challenge.items).get(id) ?? 0,
        count: challenge.items.length,
      }),
      this.play.dontKnow ? '' : this.t('timeline:yourSlot', { slot: this.order.indexOf(id) + 1 }),
      sameDate ? this.t('timeline:sameDate') : '',
    ]
      .filter((line) => line !== '')
      .join('\n');
    // The most telling swap this event is part of: what it was put the wrong way round with.
    const swap = this.play.dontKnow
      ? undefined
      : swappedPairs(challenge.items, this.order).find((pair) => pair.earlier === id || pair.later === id);
    const feedback = swap
      ? [
          feedbackText(
            this.services.i18n,
            swapMessage(this.truthItem(swap.earlier), this.truthItem(swap.later)),
          ),
        ]
      : [];
    const fact = drawTimelineFact(
      this,
      this.services.i18n,
      {
        item,
        verdict: this.verdictOf(id),
        heading: this.t(`content:${item.place}`),
        detail,
        feedback,
        level: open.level,
      },
      { area: this.trackArea, slot, unit: this.unit, touch: this.touch },
      { next: () => this.nextFact(), close: () => this.closeFact() },
    );
    if (!fact) return;
    this.fact = fact;
    this.factFeedback = fact.card.feedbackText;
    this.continueButton = fact.card.continueButton;
    this.closeButton = fact.close;
    this.buttonIds.set(fact.close, 'timeline.closeFact');
    this.services.probe?.register(this, 'timeline.closeFact', fact.close, () => fact.close.label);
    this.buttonIds.set(fact.card.continueButton, 'timeline.continue');
    this.services.probe?.register(
      this,
      'timeline.continue',
      fact.card.continueButton,
      () => fact.card.continueButton.label,
    );
  }

  // ── What the player is looking at ──────────────────────────────────────────────────────────

  /** The card the map and the side panel describe: in hand, under the pointer, explained, or chosen. */
  private currentId(): string | null {
    return this.held?.id ?? this.hoveredId ?? this.explaining ?? this.chosenId;
  }

  private refreshCurrent(): void {
    const id = this.currentId();
    const item = id ? this.item(id) : null;
    this.map?.setMarkers(item ? [{ kind: 'pin', at: fromTuple(item.lonLat), tone: 'truth' }] : []);
    for (const [cardId, card] of this.cards) card.setSpotlit(cardId === this.explaining);
    this.detail?.show(this.detailLines(item));
  }

  private detailLines(item: TimelinePlayerItem | null): DetailLine[] {
    if (!item) {
      // A touch-first device rarely has a keyboard: its hint leaves the keys out.
      const hint = this.t(
        this.score ? 'timeline:reviewHint' : this.touch ? 'timeline:hintTouch' : 'timeline:hint',
      );
      return [{ text: hint, colour: colours.mutedText, scale: 0.9 }];
    }
    const lines: DetailLine[] = [];
    if (this.score && this.open) {
      const verdict = this.verdictOf(item.id);
      const date = formatEventDate(eventDateOf(this.truthItem(item.id)), this.services.i18n.language, 'long');
      lines.push({
        text: this.verdictText(verdict),
        colour:
          verdict === 'right' ? colours.rightText : verdict === 'partial' ? colours.text : colours.wrongText,
        bold: true,
        scale: 1,
      });
      lines.push({ text: date, colour: colours.text, bold: true, scale: 1 });
    }
    lines.push({ text: this.t(`content:${item.text}`), colour: colours.text, scale: 1 });
    lines.push({ text: this.t(`content:${item.place}`), colour: colours.mutedText, scale: 0.85, pin: true });
    if (this.held?.by === 'keyboard')
      lines.push({ text: this.t('timeline:moving'), colour: colours.accentText, scale: 0.8 });
    return lines;
  }

  private refreshFocusOrder(): void {
    const focused = this.focus.focused;
    this.focus.clear();
    const items: Focusable[] = [];
    if (this.continueButton) items.push(this.continueButton);
    if (this.closeButton) items.push(this.closeButton);
    for (const id of this.displayOrder()) {
      const card = this.cards.get(id);
      if (card) items.push(card);
    }
    items.push(...this.buttons.filter((button) => this.buttonIds.get(button) !== 'timeline.back'));
    items.push(...this.buttons.filter((button) => this.buttonIds.get(button) === 'timeline.back'));
    for (const item of items) this.focus.add(item);
    if (focused && items.includes(focused)) this.focus.focus(focused);
  }

  private focusKeyOf(focused: Focusable): string | null {
    for (const [id, card] of this.cards) if (card === focused) return `card:${id}`;
    const button = this.buttonIds.get(focused);
    return button ? `button:${button}` : null;
  }

  private focusByKey(key: string): void {
    const [kind, id] = key.split(/:(.*)/s);
    const target =
      kind === 'card'
        ? this.cards.get(id ?? '')
        : [...this.buttonIds].find(([, buttonId]) => buttonId === id)?.[0];
    if (target) this.focus.focus(target);
  }

  private item(id: string): TimelinePlayerItem {
    const item = this.view?.items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`Unknown timeline item "${id}"`);
    return item;
  }

  /** An event with its date and fact: only a timeline played with its answers shown has them. */
  private truthItem(id: string): TimelineItem {
    const item = this.open?.challenge.items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`No answer for timeline item "${id}" here`);
    return item;
  }

  protected probeInfo() {
    const score = this.score;
    return {
      order: [...this.order],
      displayed: this.displayOrder(),
      checked: score !== null,
      held: this.held?.id ?? null,
      chosen: this.chosenId,
      explaining: this.explaining,
      marks: score
        ? Object.fromEntries(score.items.map((result) => [result.itemId, timelineVerdict(result)]))
        : null,
      showingTrueOrder: this.showTrueOrder,
      /** The verdicts the cards show now: none while the true order is shown. */
      badges: Object.fromEntries([...(this.reveals() ?? [])].map(([id, reveal]) => [id, reveal.verdict])),
      points: score?.points ?? null,
      maxPoints: score?.maxPoints ?? null,
      animating: this.tweens.getTweens().length > 0,
      textPx: this.layout?.textPx ?? null,
      swaps: this.swapsShown,
      factFeedback: this.factFeedback,
    };
  }
}
