import type Phaser from 'phaser';
import { dealTimeline } from '../../core/challenges/timeline/shuffle';
import {
  type TimelineAnswer,
  type TimelinePlayerItem,
  type TimelinePlayerView,
  timelineModule,
} from '../../core/challenges/timeline/timeline-answer';
import {
  initialTimelinePlay,
  type TimelinePlayAction,
  type TimelinePlayState,
  timelineAnswerOf,
  timelinePlay,
} from '../../core/challenges/timeline/timeline-play';
import {
  compareEvents,
  eventDateOf,
  scoreTimeline,
  type TimelineScore,
  trueOrder,
  trueRanks,
} from '../../core/challenges/timeline/timeline-rules';
import { swapMessage, swappedPairs, timelineFeedback } from '../../core/feedback/timeline-feedback';
import type { CountryAtlas } from '../../core/geo/country-atlas';
import { fromTuple } from '../../core/geo/lon-lat';
import type {
  Level,
  MapView as LevelMap,
  TimelineChallenge,
  TimelineItem,
} from '../../core/level/level-types';
import { challengeSeed, currentChallenge } from '../../core/run/level-run';
import { countryName, loadCountryNames } from '../../services/country-names';
import { loadCountryAtlas } from '../../services/geometry-source';
import { feedbackText } from '../feedback-text';
import { formatEventDate } from '../format-event-date';
import {
  type AnswerSoFar,
  answerChanged,
  type ChallengeSceneData,
  finishChallenge,
  isBlind,
  leaveChallenge,
} from '../level-flow';
import { navigatorOf } from '../navigator';
import { colours, FONT_FAMILY, fontSize, prefersReducedMotion } from '../theme';
import { Button } from '../ui/button';
import { CardMeasurer, type CardReveal, EventCard } from '../ui/event-card';
import { type DetailLine, EventDetailPanel } from '../ui/event-detail-panel';
import { FactCard } from '../ui/fact-card';
import type { Focusable } from '../ui/focus-group';
import { MapView } from '../ui/map-view';
import { layoutTrack, nearestSlot, type Rect, TimelineTrack, type TrackLayout } from '../ui/timeline-track';
import { MenuScene } from './menu-scene';

/** How the card in the player's hand was lifted: by a drag or by the keyboard (where it came from is in the play state). */
interface Held {
  readonly id: string;
  readonly by: 'pointer' | 'keyboard';
  /** Dragging: where on the card the pointer took hold, from its top-left corner. */
  readonly grab?: { readonly x: number; readonly y: number };
}

/** A timeline played with its answers: the check scores the order and tells each event's date. */
interface OpenPlay {
  readonly level: Level;
  readonly challenge: TimelineChallenge;
}

/** A press that moves less than this (pixels) is a click on the card, not a drag. */
const DRAG_THRESHOLD_PX = 8;
const SETTLE_MS = 180;
const FACT_DEPTH = 20;

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
 */
export class TimelineScene extends MenuScene<ChallengeSceneData> implements AnswerSoFar {
  /** The level stopped the menus' music when it started; entering this challenge must not start it again. */
  protected override readonly menuMusic = false;
  private view: TimelinePlayerView | null = null;
  /** The challenge itself, only when played with its answers shown. */
  private open: OpenPlay | null = null;
  private levelMap: LevelMap | null = null;
  /** The cards' order and the card in hand, by the rules of core/challenges/timeline. */
  private play: TimelinePlayState = initialTimelinePlay([]);
  private score: TimelineScore | null = null;
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
  private fact: Phaser.GameObjects.GameObject[] = [];
  /** After the check, the swapped events named under the summary, as shown (tests read it). */
  private swapsShown = '';
  /** The open fact card's swap line, as shown. */
  private factFeedback = '';
  private continueButton: Button | null = null;
  private closeButton: Button | null = null;

  constructor() {
    super('timeline');
  }

  override create(data: ChallengeSceneData): void {
    this.setUp(data);
    this.score = null;
    this.showTrueOrder = false;
    this.held = null;
    this.chosenId = null;
    this.hoveredId = null;
    this.explaining = null;
    this.atlas = null;
    this.input.dragDistanceThreshold = DRAG_THRESHOLD_PX;
    super.create(data);
    if (!this.view) {
      navigatorOf(this).go('level-select');
      return;
    }
    this.listenToInput();
    this.loadMap();
    this.services.probe?.setInfo(this, 'timeline', () => this.probeInfo());
  }

  /**
   * Blind, the cards start as the view deals them; with the answers, as the run's seed deals them,
   * so a run replays exactly and each play of a level gets a deal of its own.
   */
  private setUp(data: ChallengeSceneData): void {
    if (isBlind(data)) {
      const { view } = data.blind;
      if (view.kind !== 'timeline') throw new Error(`The timeline scene was started on a ${view.kind} view`);
      this.view = view;
      this.open = null;
      this.levelMap = data.blind.map;
      this.play = initialTimelinePlay(view.items.map((item) => item.id));
      return;
    }
    const challenge = currentChallenge(data.level, data.run);
    if (challenge?.kind !== 'timeline') {
      console.error(
        `Qantar: step ${data.run.challengeIndex} of "${data.level.id}" is not a timeline challenge`,
      );
      this.view = null;
      this.open = null;
      this.play = initialTimelinePlay([]);
      return;
    }
    this.view = timelineModule.playerView(challenge);
    this.open = { level: data.level, challenge };
    this.levelMap = data.level.map;
    this.play = initialTimelinePlay(dealTimeline(challenge.items, challengeSeed(data.run, challenge.id)));
  }

  /** Escape puts back a card in hand, then closes an open fact card, and only then leaves the level. */
  protected override back(): void {
    if (this.cancelHold()) return;
    if (this.explaining) {
      this.closeFact();
      return;
    }
    leaveChallenge(this, this.sceneData);
  }

  /** Keeps the keyboard focus across a redraw (resize, language, the check), which MenuScene does not. */
  protected override rebuild(): void {
    const focused = this.focus?.focused;
    const focusKey = focused ? this.focusKeyOf(focused) : null;
    this.tweens.killAll();
    this.cards.clear();
    this.buttonIds.clear();
    this.buttons = [];
    this.map = null;
    this.mapPlaceholder = null;
    this.detail = null;
    this.fact = [];
    this.continueButton = null;
    this.closeButton = null;
    this.hoveredId = null;
    super.rebuild();
    this.refreshFocusOrder();
    if (focusKey) this.focusByKey(focusKey);
  }

  protected build(width: number, height: number): void {
    const view = this.view;
    if (!view) return;
    const u = this.unit;
    const margin = Math.max(12, Math.round(16 * u));
    const gap = Math.round(12 * u);
    const columnWidth = Math.round(Math.min(Math.max(width * 0.25, 260 * u), 400 * u));
    const columnX = width - margin - columnWidth;
    this.trackArea = { x: margin, y: margin, width: columnX - margin * 2, height: height - margin * 2 };
    this.buildTrack();
    this.buildColumn(view, columnX, columnWidth, margin, gap, height);
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

  private buildColumn(
    view: TimelinePlayerView,
    x: number,
    width: number,
    margin: number,
    gap: number,
    height: number,
  ): void {
    const u = this.unit;
    let y = margin;
    const backHeight = Math.round(44 * u);
    const backWidth = Math.min(width, Math.round(150 * u));
    this.trackButton(
      this.addButton('timeline.back', {
        x: x + backWidth / 2,
        y: y + backHeight / 2,
        width: backWidth,
        height: backHeight,
        label: `← ${this.t('ui:common.back')}`,
        fontSize: fontSize('small', u),
        onPress: () => this.back(),
      }),
      'timeline.back',
    );
    y += backHeight + Math.round(gap * 0.75);
    const prompt = this.add.text(x, y, this.t(`content:${view.prompt}`), {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('body', u),
      fontStyle: 'bold',
      color: colours.text,
      wordWrap: { width, useAdvancedWrap: true },
      resolution: window.devicePixelRatio || 1,
    });
    y += prompt.height + gap;
    this.mapArea = { x, y, width, height: Math.round(width * 0.58) };
    this.createMap();
    y += this.mapArea.height + gap;

    const buttonHeight = Math.round(52 * u);
    const bottom = height - margin;
    let controlsTop: number;
    if (!this.score) {
      controlsTop = bottom - buttonHeight;
      this.trackButton(
        this.addButton('timeline.check', {
          x: x + width / 2,
          y: bottom - buttonHeight / 2,
          width,
          height: buttonHeight,
          label: `✓ ${this.t('timeline:check')}`,
          fontSize: fontSize('body', u),
          variant: 'primary',
          onPress: () => this.check(),
        }),
        'timeline.check',
      );
    } else {
      const half = (width - gap) / 2;
      this.trackButton(
        this.addButton('timeline.order', {
          x: x + half / 2,
          y: bottom - buttonHeight / 2,
          width: half,
          height: buttonHeight,
          label: this.t(this.showTrueOrder ? 'timeline:showMyOrder' : 'timeline:showTrueOrder'),
          fontSize: fontSize('small', u),
          pressed: this.showTrueOrder,
          onPress: () => this.toggleOrder(),
        }),
        'timeline.order',
      );
      this.trackButton(
        this.addButton('timeline.results', {
          x: x + width - half / 2,
          y: bottom - buttonHeight / 2,
          width: half,
          height: buttonHeight,
          label: `${this.t('timeline:results')} →`,
          fontSize: fontSize('small', u),
          onPress: () => this.finish(),
        }),
        'timeline.results',
      );
      const number = new Intl.NumberFormat(this.services.i18n.language);
      const summary = this.add.text(
        x,
        bottom - buttonHeight - Math.round(8 * u),
        this.t('timeline:summary', {
          points: number.format(this.score.points),
          max: number.format(this.score.maxPoints),
          right: number.format(this.score.rightPairs),
          pairs: number.format(this.score.comparablePairs),
        }),
        {
          fontFamily: FONT_FAMILY,
          fontSize: fontSize('small', u),
          fontStyle: 'bold',
          color: colours.accentText,
          wordWrap: { width, useAdvancedWrap: true },
          resolution: window.devicePixelRatio || 1,
        },
      );
      summary.setOrigin(0, 1);
      controlsTop = summary.y - summary.height;
      const swaps = this.swapsText(x, summary.y, width, height * 0.25);
      if (swaps) {
        summary.setY(swaps.y - swaps.height - Math.round(6 * u));
        controlsTop = summary.y - summary.height;
      }
    }
    const detailHeight = controlsTop - gap - y;
    this.detail =
      detailHeight >= 40 * u ? new EventDetailPanel(this, { x, y, width, height: detailHeight }, u) : null;
  }

  /**
   * Which events the player put the wrong way round, the most telling pair first (core/feedback),
   * just above the buttons, set smaller rather than crowding out the event panel.
   */
  private swapsText(
    x: number,
    bottom: number,
    width: number,
    maxHeight: number,
  ): Phaser.GameObjects.Text | null {
    const open = this.open;
    this.swapsShown = '';
    if (!open) return null;
    const messages = timelineFeedback(open.challenge.items, this.order, 1);
    if (messages.length === 0) return null;
    const u = this.unit;
    this.swapsShown = messages.map((message) => `→ ${feedbackText(this.services.i18n, message)}`).join('\n');
    const text = this.add.text(x, bottom, this.swapsShown, {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('small', u),
      color: colours.text,
      wordWrap: { width, useAdvancedWrap: true },
      resolution: window.devicePixelRatio || 1,
    });
    let size = Number.parseInt(fontSize('small', u), 10);
    while (text.height > maxHeight && size > 12) {
      size -= 1;
      text.setFontSize(size);
    }
    return text.setOrigin(0, 1);
  }

  private trackButton(button: Button, id: string): void {
    this.buttons.push(button);
    this.buttonIds.set(button, id);
  }

  /** The compact map: the level's own map, only illustrating, with a pin on the current event. */
  private createMap(): void {
    const area = this.mapArea;
    const levelMap = this.levelMap;
    if (!area || !levelMap) return;
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
    Promise.all([loadCountryAtlas(), loadCountryNames(this.services.i18n.language)])
      .then(([atlas]) => {
        if (!this.scene.isActive() || !this.view) return;
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

    // Key-specific events come before the generic 'keydown' the focus group listens to; stopping
    // them keeps the arrows and Enter for the card in hand instead of moving the focus.
    const keyboard = input.keyboard;
    const columns = () => this.layout?.columns ?? 1;
    // Tab puts the card down where it is, then lets the focus move on as usual.
    const putDownForTab = () => {
      if (this.held?.by === 'keyboard') this.drop();
      return false;
    };
    const bindings: [string, () => boolean][] = [
      ['keydown-LEFT', () => this.moveHeld(-1)],
      ['keydown-RIGHT', () => this.moveHeld(1)],
      ['keydown-UP', () => this.moveHeld(-columns())],
      ['keydown-DOWN', () => this.moveHeld(columns())],
      ['keydown-HOME', () => this.moveHeld(-this.order.length)],
      ['keydown-END', () => this.moveHeld(this.order.length)],
      ['keydown-ENTER', () => this.held?.by === 'keyboard' && this.drop()],
      ['keydown-SPACE', () => this.held?.by === 'keyboard' && this.drop()],
      ['keydown-TAB', putDownForTab],
    ];
    // Phaser 4.2 hands a key event to the scene again with every later key event of the same frame
    // (its queue is emptied once per frame, but read on each event), so on a slow machine a quick
    // Tab or arrow would act twice. A repeat is swallowed here, before the focus group sees it.
    const dispatched = new WeakSet<KeyboardEvent>();
    const handlers = bindings.map(([name, handle]) => {
      const handler = (event: KeyboardEvent) => {
        if (dispatched.has(event)) {
          event.stopImmediatePropagation();
          return;
        }
        dispatched.add(event);
        if (!handle()) return;
        event.preventDefault();
        event.stopImmediatePropagation();
      };
      keyboard?.on(name, handler);
      return [name, handler] as const;
    });
    const offLanguage = this.services.i18n.onLanguageChanged((language) => {
      void loadCountryNames(language).then(() => this.map?.refreshText());
    });
    this.events.once('shutdown', () => {
      input.off('dragstart', onDragStart);
      input.off('drag', onDrag);
      input.off('dragend', onDragEnd);
      for (const [name, handler] of handlers) keyboard?.off(name, handler);
      offLanguage();
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

  private check(): void {
    if (!this.view || this.play.over) return;
    if (this.held) this.drop();
    this.act({ type: 'check' });
    const open = this.open;
    if (!open) {
      finishChallenge(this, this.sceneData, this.answerSoFar());
      return;
    }
    this.score = scoreTimeline(open.challenge.items, this.order);
    this.explaining = trueOrder(open.challenge.items)[0] ?? null;
    this.rebuild();
    if (this.continueButton) this.focus.focus(this.continueButton);
  }

  private toggleOrder(): void {
    const before = new Map([...this.cards].map(([id, card]) => [id, { x: card.x, y: card.y }]));
    this.showTrueOrder = !this.showTrueOrder;
    this.rebuild();
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
    if (!this.view || !this.score) return;
    finishChallenge(this, this.sceneData, this.answerSoFar());
  }

  /** The order as it stands. */
  answerSoFar(): TimelineAnswer {
    if (!this.view) throw new Error('The timeline scene has no challenge to answer');
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
      reveals.set(result.itemId, {
        right: result.correct,
        verdict: this.verdictText(result.correct),
        date: formatEventDate(eventDateOf(item), language, 'short'),
        rank: this.t('timeline:rank', { rank: ranks.get(item.id) ?? 0 }),
      });
    }
    return reveals;
  }

  private verdictText(right: boolean): string {
    return right ? `✓ ${this.t('ui:fact.verdict.right')}` : `✗ ${this.t('ui:fact.verdict.wrong')}`;
  }

  private isRight(id: string): boolean {
    return this.score?.items.find((result) => result.itemId === id)?.correct ?? false;
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

  /**
   * The fact card covers the half of the track away from the explained card, so the card, its
   * verdict and its date stay in sight; a blocker behind it keeps clicks off the cards beneath.
   */
  private createFactCard(): void {
    for (const object of this.fact) object.destroy();
    this.fact = [];
    this.factFeedback = '';
    this.continueButton = null;
    this.closeButton = null;
    const id = this.explaining;
    const layout = this.layout;
    const open = this.open;
    const index = id ? this.displayOrder().indexOf(id) : -1;
    const slot = layout?.slots[index];
    if (!id || !this.score || !slot || !open) return;
    const { challenge } = open;
    const item = this.truthItem(id);
    const area = this.trackArea;
    const gap = Math.round(12 * this.unit);
    const middle = area.x + area.width / 2;
    const onLeft = slot.x + slot.width / 2 > middle;
    const left = onLeft ? area.x : Math.max(middle, slot.x + slot.width + gap);
    const right = onLeft ? Math.min(middle, slot.x - gap) : area.x + area.width;
    const width = Math.max(Math.round(240 * this.unit), right - left);
    const x = onLeft ? Math.max(area.x, right - width) : Math.min(left, area.x + area.width - width);

    const language = this.services.i18n.language;
    const ranks = trueRanks(challenge.items);
    const sameDate = challenge.items.some((other) => other.id !== id && compareEvents(other, item) === 0);
    const detail = [
      this.t('timeline:when', {
        date: formatEventDate(eventDateOf(item), language, 'long'),
        rank: ranks.get(id) ?? 0,
        count: challenge.items.length,
      }),
      this.t('timeline:yourSlot', { slot: this.order.indexOf(id) + 1 }),
      sameDate ? this.t('timeline:sameDate') : '',
    ]
      .filter((line) => line !== '')
      .join('\n');
    const articleTitles = Object.fromEntries(
      Object.entries(open.level.articles).map(([key, article]) => [key, article.title]),
    );
    // The most telling swap this event is part of: what it was put the wrong way round with.
    const swap = swappedPairs(challenge.items, this.order).find(
      (pair) => pair.earlier === id || pair.later === id,
    );
    const feedback = swap
      ? [
          feedbackText(
            this.services.i18n,
            swapMessage(this.truthItem(swap.earlier), this.truthItem(swap.later)),
          ),
        ]
      : [];
    let card: FactCard | null = null;
    // A long fact in a narrow space is set smaller rather than run off the screen.
    for (const scale of [1, 0.9, 0.8, 0.7, 0.6]) {
      card?.destroy();
      card = new FactCard(
        this,
        this.services.i18n,
        {
          verdict: this.isRight(id) ? 'right' : 'wrong',
          heading: this.t(`content:${item.place}`),
          detail,
          feedback,
          fact: item.fact,
          ...(item.note ? { note: item.note } : {}),
          sources: item.source,
          articleTitles,
        },
        { x, y: area.y, width, unit: this.unit * scale },
        () => this.nextFact(),
      );
      if (card.cardHeight <= area.height) break;
    }
    if (!card) return;
    const y = area.y + Math.max(0, (area.height - card.cardHeight) / 2);
    card.setPosition(x, y).setDepth(FACT_DEPTH);
    const shadow = this.add.graphics().setDepth(FACT_DEPTH - 1);
    shadow.fillStyle(0x000000, 0.4);
    shadow.fillRoundedRect(x + 8 * this.unit, y + 10 * this.unit, width, card.cardHeight, 14);
    const blocker = this.add
      .zone(x, y, width, card.cardHeight)
      .setOrigin(0, 0)
      .setDepth(FACT_DEPTH - 1)
      .setInteractive();
    const closeSize = Math.round(40 * this.unit);
    const close = new Button(this, {
      x: x + width - closeSize * 0.25,
      y: y + closeSize * 0.25,
      width: closeSize,
      height: closeSize,
      label: '×',
      fontSize: fontSize('heading', this.unit),
      onPress: () => this.closeFact(),
    }).setDepth(FACT_DEPTH + 1);
    this.fact = [shadow, blocker, card, close];
    this.factFeedback = card.feedbackText;
    this.continueButton = card.continueButton;
    this.closeButton = close;
    this.buttonIds.set(close, 'timeline.closeFact');
    this.services.probe?.register(this, 'timeline.closeFact', close, () => close.label);
    this.buttonIds.set(card.continueButton, 'timeline.continue');
    this.services.probe?.register(
      this,
      'timeline.continue',
      card.continueButton,
      () => card.continueButton.label,
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
      const hint = this.t(this.score ? 'timeline:reviewHint' : 'timeline:hint');
      return [{ text: hint, colour: colours.mutedText, scale: 0.9 }];
    }
    const lines: DetailLine[] = [];
    if (this.score && this.open) {
      const right = this.isRight(item.id);
      const date = formatEventDate(eventDateOf(this.truthItem(item.id)), this.services.i18n.language, 'long');
      lines.push({
        text: this.verdictText(right),
        colour: right ? colours.rightText : colours.wrongText,
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

  private probeInfo() {
    const score = this.score;
    return {
      order: [...this.order],
      displayed: this.displayOrder(),
      checked: score !== null,
      held: this.held?.id ?? null,
      chosen: this.chosenId,
      explaining: this.explaining,
      marks: score
        ? Object.fromEntries(score.items.map((result) => [result.itemId, result.correct ? 'right' : 'wrong']))
        : null,
      points: score?.points ?? null,
      maxPoints: score?.maxPoints ?? null,
      animating: this.tweens.getTweens().length > 0,
      textPx: this.layout?.textPx ?? null,
      swaps: this.swapsShown,
      factFeedback: this.factFeedback,
    };
  }
}
