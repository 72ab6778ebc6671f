import Phaser from 'phaser';
import {
  type PlaceAnswer,
  type PlacePlayerItem,
  type PlacePlayerView,
  placeModule,
} from '../../core/challenges/place/place-answer';
import {
  initialPlacePlay,
  type PlacePlayReducer,
  type PlacePlayState,
  placeAnswerOf,
  placePlayReducer,
  placesLeft,
} from '../../core/challenges/place/place-play';
import { placeVerdict } from '../../core/challenges/place/place-round';
import { type PlaceItemScore, scorePlaceGuess } from '../../core/challenges/place/place-scoring';
import {
  clampToViewport,
  dontKnowTarget,
  placePointsSoFar,
  steerCrosshair,
} from '../../core/challenges/place/place-steering';
import { placeFeedback } from '../../core/feedback/place-feedback';
import type { CountryAtlas } from '../../core/geo/country-atlas';
import type { CountryShape } from '../../core/geo/country-shapes';
import {
  fromTuple,
  type LonLat,
  type ScreenPoint,
  type ScreenRect,
  screenPoint,
  toPosition,
} from '../../core/geo/lon-lat';
import type { Difficulty } from '../../core/level/difficulty';
import type { Level, PlaceChallenge, PlaceItem } from '../../core/level/level-types';
import { currentChallenge } from '../../core/run/level-run';
import { countryName, loadCountryNames } from '../../services/country-names';
import { loadCountryAtlas } from '../../services/geometry-source';
import { feedbackText } from '../feedback-text';
import { type GameServices, servicesOf } from '../game-services';
import {
  type AnswerSoFar,
  answerChanged,
  type ChallengeSceneData,
  finishChallenge,
  isBlind,
  leaveChallenge,
} from '../level-flow';
import { navigatorOf } from '../navigator';
import { markNextFrame } from '../perf-marks';
import { colours, FONT_FAMILY, fontSize, prefersReducedMotion, uiUnit } from '../theme';
import type { Button, ButtonOptions } from '../ui/button';
import { addControlButton } from '../ui/control-button';
import { FactCard, type Verdict } from '../ui/fact-card';
import { FocusGroup } from '../ui/focus-group';
import type { MapMarker } from '../ui/map-markers';
import { MapView } from '../ui/map-view';
import { oncePerKeyEvent } from '../ui/once-per-key-event';
import { PlaceCard } from '../ui/place-card';

/** The fact card's two buttons (2 × 220 units) side by side, with its padding. */
const FACT_CARD_MIN_WIDTH = 500;
/** How long the line from the guess to the truth takes to draw. */
const LINE_DRAW_MS = 450;

interface Layout {
  /** Two rows on a narrow screen: the Back button and the score, then the prompt. */
  readonly header: ScreenRect & { readonly rows: 1 | 2 };
  readonly map: ScreenRect;
  readonly tray: ScreenRect;
}

/** A place challenge played with its answers: each drop is scored and shown at once. */
interface OpenPlay {
  readonly level: Level;
  readonly challenge: PlaceChallenge;
}

interface Reveal {
  readonly item: PlaceItem;
  readonly guess: LonLat | null;
  readonly score: PlaceItemScore;
}

const VERDICT: Record<ReturnType<typeof placeVerdict>, Verdict> = {
  right: 'right',
  partial: 'partial',
  wrong: 'wrong',
  skipped: 'revealed',
};

/**
 * "Place the cities": drag each place card onto the map, or pick it with Enter (or a tap) and
 * steer a crosshair with the arrows, then see where it really is, how far off the guess was, the
 * points, and the fact with its source. The rules live in core/challenges/place; this scene draws
 * them and passes the player's drops on.
 *
 * Play reads only the player view (names and kinds, never where a place is); only a challenge
 * played with its answers (`open`) scores a drop and reveals the truth. Blind, every drop simply
 * stays on the map as the player's own pin.
 */
export class PlaceScene extends Phaser.Scene implements AnswerSoFar {
  private services!: GameServices;
  private sceneData!: ChallengeSceneData;
  private view!: PlacePlayerView;
  /** The challenge itself, only when played with its answers shown. */
  private open: OpenPlay | null = null;
  private difficulty: Difficulty = 'easy';
  /** What the player did (the drops, the card picked up), by the rules of core/challenges/place. */
  private play: PlacePlayState = initialPlacePlay();
  private reducePlay!: PlacePlayReducer;
  /** Each drop's score, only when played with its answers shown. */
  private scores = new Map<string, PlaceItemScore>();
  private focus!: FocusGroup;
  private unit = 1;
  private layout!: Layout;
  private map: MapView | null = null;
  /** The map's country shapes: the feedback names the country a card was dropped in. */
  private shapes: readonly CountryShape[] = [];
  /** Everything but the map: drawn again on resize or a language change. */
  private chrome: Phaser.GameObjects.GameObject[] = [];
  private cards = new Map<string, PlaceCard>();
  /** The card "I don't know" applies to: the one picked, else the last focused. */
  private currentId: string | null = null;
  private crosshair: LonLat | null = null;
  private dragPoint: ScreenPoint | null = null;
  private reveal: Reveal | null = null;
  private lineProgress = 1;
  private lineTween: Phaser.Tweens.Tween | null = null;

  constructor() {
    super('place');
  }

  create(data: ChallengeSceneData): void {
    this.sceneData = data;
    this.services = servicesOf(this);
    this.chrome = [];
    this.cards = new Map();
    this.map = null;
    this.reveal = null;
    this.play = initialPlacePlay();
    this.scores = new Map();
    this.currentId = null;
    this.crosshair = null;
    this.dragPoint = null;
    if (isBlind(data)) {
      const { view } = data.blind;
      if (view.kind !== 'place') throw new Error(`The place scene was started on a ${view.kind} view`);
      this.view = view;
      this.open = null;
      this.difficulty = data.blind.difficulty;
    } else {
      const challenge = currentChallenge(data.level, data.run);
      if (challenge?.kind !== 'place') {
        navigatorOf(this).go('level-select');
        return;
      }
      this.view = placeModule.playerView(challenge);
      this.open = { level: data.level, challenge };
      this.difficulty = data.run.difficulty;
    }
    this.reducePlay = placePlayReducer(this.view);
    this.cameras.main.setBackgroundColor(colours.background);
    // Registered before the focus group: in crosshair mode these keys stop there (see onKey).
    this.listenToKeys();
    this.focus = new FocusGroup(this);

    const onResize = () => this.relayout();
    this.scale.on('resize', onResize);
    const offLanguage = this.services.i18n.onLanguageChanged((language) => {
      void loadCountryNames(language).then(() => {
        this.map?.refreshText();
        this.relayout();
      });
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off('resize', onResize);
      offLanguage();
      this.lineTween?.remove();
    });
    this.registerProbeInfo();
    this.loadMap();
  }

  private loadMap(): void {
    const loading = this.add
      .text(
        this.scale.width / 2,
        this.scale.height / 2,
        this.t('place:loading'),
        this.textStyle('body', colours.text),
      )
      .setOrigin(0.5);
    Promise.all([loadCountryAtlas(), loadCountryNames(this.services.i18n.language)])
      .then(([atlas]) => {
        if (!this.sys.isActive()) return;
        loading.destroy();
        this.start(atlas);
      })
      .catch((error: unknown) => {
        console.error('Qantar: the map could not be loaded', error);
        if (!this.sys.isActive()) return;
        loading.setText(this.t('place:loadFailed'));
        this.addButton('place.retry', {
          x: this.scale.width / 2,
          y: this.scale.height / 2 + 70 * this.unit,
          width: 240 * this.unit,
          height: 52 * this.unit,
          label: this.t('place:retry'),
          fontSize: fontSize('body', this.unit),
          variant: 'primary',
          onPress: () => this.scene.restart(this.sceneData),
        });
      });
  }

  private start(atlas: CountryAtlas): void {
    const { width, height } = this.scale;
    this.unit = uiUnit(width, height);
    this.layout = computeLayout(width, height, this.unit);
    this.shapes = atlas.shapes;
    this.map = new MapView(this, {
      map: isBlind(this.sceneData) ? this.sceneData.blind.map : this.sceneData.level.map,
      atlas,
      viewport: this.layout.map,
      interactive: true,
      countryName: (iso3) => countryName(iso3, this.services.i18n.language),
      keyboardPan: false,
      unit: this.unit,
    });
    this.map.onTap((point) => this.onMapTap(point));
    this.map.onCameraChange(() => this.refreshMarkers());
    this.buildChrome();
    // The map paints before the next frame renders: from then on a card can be dropped on it.
    markNextFrame(this.game, 'qantar:challenge-map-drawn');
  }

  private relayout(): void {
    if (!this.map) return;
    const { width, height } = this.scale;
    this.unit = uiUnit(width, height);
    this.layout = computeLayout(width, height, this.unit);
    this.map.setViewport(this.layout.map);
    this.buildChrome();
  }

  // ─── Drawing ────────────────────────────────────────────────────────────────

  private buildChrome(): void {
    const focusedId = this.currentId;
    for (const object of this.chrome.splice(0)) object.destroy();
    this.cards.clear();
    this.focus.clear();
    this.buildHeader();
    const panel = this.add.graphics();
    const { tray } = this.layout;
    panel.fillStyle(colours.panel, 1);
    panel.fillRect(tray.x, tray.y, tray.width, tray.height);
    panel.lineStyle(2, colours.panelBorder, 1);
    panel.lineBetween(tray.x, tray.y, tray.x, tray.y + tray.height);
    this.chrome.push(panel);
    if (this.reveal && this.open) this.buildFactCard(this.reveal, this.open.level, this.open.challenge);
    else this.buildTray(focusedId);
    for (const [index, button] of (this.map?.zoomButtons ?? []).entries()) {
      this.focus.add(button);
      this.services.probe?.register(
        this,
        index === 0 ? 'place.zoomIn' : 'place.zoomOut',
        button,
        () => button.label,
      );
    }
    this.refreshMarkers();
  }

  private buildHeader(): void {
    const { header } = this.layout;
    const u = this.unit;
    const backWidth = 150 * u;
    const rowHeight = header.height / header.rows;
    this.addButton('place.back', {
      x: header.x + 16 * u + backWidth / 2,
      y: header.y + rowHeight / 2,
      width: backWidth,
      height: Math.min(48 * u, rowHeight - 12 * u),
      label: this.t('ui:common.back'),
      fontSize: fontSize('small', u),
      onPress: () => leaveChallenge(this, this.sceneData),
    });
    const { points, maxPoints } = this.points();
    const number = this.numberFormat();
    const score = this.add
      .text(
        header.x + header.width - 16 * u,
        header.y + rowHeight / 2,
        this.open === null
          ? ''
          : this.t('place:score', { points: number.format(points), max: number.format(maxPoints) }),
        { ...this.textStyle('body', colours.accentText), fontStyle: 'bold' },
      )
      .setOrigin(1, 0.5);
    // Beside the Back button on a wide screen, on a row of its own under it on a narrow one.
    const promptLeft = header.rows === 2 ? header.x + 16 * u : header.x + 32 * u + backWidth;
    const promptRight = header.rows === 2 ? header.x + header.width - 16 * u : score.x - score.width - 24 * u;
    const prompt = this.add
      .text(promptLeft, header.y + header.height - rowHeight / 2, this.t(`content:${this.view.prompt}`), {
        ...this.textStyle(header.rows === 2 ? 'small' : 'body', colours.text),
        wordWrap: { width: Math.max(100, promptRight - promptLeft), useAdvancedWrap: true },
      })
      .setOrigin(0, 0.5);
    if (prompt.height > rowHeight) prompt.setScale(rowHeight / prompt.height);
    this.chrome.push(score, prompt);
  }

  private buildTray(focusedId: string | null): void {
    const { tray } = this.layout;
    const u = this.unit;
    const pad = 14 * u;
    const gap = 10 * u;
    const remaining = this.remaining();
    const hint = this.add.text(
      tray.x + pad,
      tray.y + pad,
      this.t(this.play.picked ? 'place:pickedHint' : 'place:hint', { count: remaining.length }),
      {
        ...this.textStyle('small', colours.mutedText),
        wordWrap: { width: tray.width - pad * 2, useAdvancedWrap: true },
      },
    );
    this.chrome.push(hint);
    const buttonHeight = 52 * u;
    const bottom = tray.y + tray.height - pad - buttonHeight - gap;
    // Unless the last row fits, room is kept under the cards for the "and N more cards" line.
    const moreLine = 26 * u;
    const columns = Math.max(1, Math.floor((tray.width - pad) / (260 * u)));
    const cardWidth = (tray.width - pad * 2 - gap * (columns - 1)) / columns;
    let y = hint.y + hint.height + gap;
    let shown = 0;
    for (let start = 0; start < remaining.length; start += columns) {
      const row = remaining
        .slice(start, start + columns)
        .map((item) => ({ item, card: this.createCard(item, cardWidth) }));
      const rowHeight = Math.max(...row.map(({ card }) => card.cardHeight));
      const lastRow = start + columns >= remaining.length;
      if (y + rowHeight > bottom - (lastRow ? 0 : moreLine)) {
        for (const { card } of row) card.destroy();
        break;
      }
      row.forEach(({ item, card }, column) => {
        card.setPosition(tray.x + pad + column * (cardWidth + gap), y);
        this.cards.set(item.id, card);
        this.focus.add(card);
        this.services.probe?.register(
          this,
          `place.card.${item.id}`,
          card,
          () => card.label,
          () => card.isEnabled(),
          'topLeft',
        );
      });
      shown += row.length;
      y += rowHeight + gap;
    }
    if (shown < remaining.length) {
      const more = this.add.text(
        tray.x + pad,
        y,
        this.t('place:more', { count: remaining.length - shown }),
        this.textStyle('small', colours.mutedText),
      );
      this.chrome.push(more);
    }
    const dontKnow = this.addButton('place.dontKnow', {
      x: tray.x + tray.width / 2,
      y: tray.y + tray.height - pad - buttonHeight / 2,
      width: tray.width - pad * 2,
      height: buttonHeight,
      label: this.t('place:dontKnow'),
      fontSize: fontSize('small', u),
      onPress: () => this.skipCurrent(),
    });
    dontKnow.setEnabled(remaining.length > 0);
    const toFocus = (focusedId ? this.cards.get(focusedId) : undefined) ?? [...this.cards.values()][0];
    if (toFocus) this.focus.focus(toFocus);
    if (this.play.picked) this.cards.get(this.play.picked)?.setPicked(true);
  }

  private createCard(item: PlacePlayerItem, width: number): PlaceCard {
    const card = new PlaceCard(this, {
      width,
      unit: this.unit,
      name: this.t(`content:${item.name}`),
      kind: item.kind,
      onPick: () => this.pick(item.id),
      onFocus: () => {
        this.currentId = item.id;
      },
    });
    this.chrome.push(card);
    card.on(Phaser.Input.Events.GAMEOBJECT_DRAG_START, () => this.onDragStart(item.id, card));
    card.on(Phaser.Input.Events.GAMEOBJECT_DRAG, (pointer: Phaser.Input.Pointer) =>
      this.onDrag(card, pointer),
    );
    card.on(Phaser.Input.Events.GAMEOBJECT_DRAG_END, (pointer: Phaser.Input.Pointer) =>
      this.onDragEnd(item.id, pointer),
    );
    card.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, (pointer: Phaser.Input.Pointer) => {
      if (pointer.getDistance() < 8) card.activate();
    });
    return card;
  }

  private buildFactCard({ item, guess, score }: Reveal, level: Level, challenge: PlaceChallenge): void {
    const { tray } = this.layout;
    const u = this.unit;
    const pad = 12 * u;
    const { x, width } = factCardSpan(this.layout, u);
    const number = this.numberFormat();
    const verdict = placeVerdict(score);
    const detail =
      score.distanceKm === null
        ? this.t('place:reveal.skipped', { max: number.format(score.maxPoints) })
        : this.t('place:reveal.detail', {
            distance: number.format(score.distanceKm),
            points: number.format(score.points),
            max: number.format(score.maxPoints),
          });
    // What the player probably confused: the place, or the country, under a drop outside the tolerance.
    const feedback = placeFeedback(challenge, item, guess, {
      shapes: this.shapes,
      ...(challenge.confusions ? { confusions: challenge.confusions } : {}),
    });
    const articleTitles = Object.fromEntries(
      Object.entries(level.articles).map(([id, article]) => [id, article.title]),
    );
    const card = new FactCard(
      this,
      this.services.i18n,
      {
        verdict: VERDICT[verdict],
        heading: this.t(`content:${item.name}`),
        detail,
        ...(feedback
          ? {
              feedback: [feedback.message, ...(feedback.note ? [feedback.note] : [])].map((message) =>
                feedbackText(this.services.i18n, message),
              ),
            }
          : {}),
        fact: item.fact,
        ...(item.note ? { note: item.note } : {}),
        sources: item.source,
        articleTitles,
      },
      { x, y: tray.y + pad, width, unit: u },
      () => this.continueAfterReveal(),
    );
    const available = tray.height - pad * 2;
    if (card.cardHeight > available) card.setScale(available / card.cardHeight);
    this.chrome.push(card);
    this.focus.add(card.continueButton);
    this.focus.focus(card.continueButton);
    this.services.probe?.register(
      this,
      'place.continue',
      card.continueButton,
      () => card.continueButton.label,
    );
    if (feedback)
      this.services.probe?.register(
        this,
        'place.feedback',
        card.feedbackBox,
        () => card.feedbackText,
        () => true,
        'topLeft',
      );
  }

  private refreshMarkers(): void {
    if (!this.map) return;
    const easy = this.difficulty === 'easy';
    const markers: MapMarker[] = [];
    for (const drop of this.play.drops) {
      const item = this.viewItem(drop.itemId);
      if (!item || drop.itemId === this.reveal?.item.id) continue;
      // Blind, the player's own drop stays on the map; with the answers shown, the true place.
      const truth = this.open ? this.truthItem(drop.itemId) : undefined;
      const at = truth ? fromTuple(truth.lonLat) : drop.lonLat && fromTuple(drop.lonLat);
      if (!at) continue;
      markers.push({
        kind: 'pin',
        at,
        tone: truth ? 'placed' : 'guess',
        ...(easy ? { label: this.t(`content:${item.name}`) } : {}),
      });
    }
    if (this.reveal) {
      const truth = fromTuple(this.reveal.item.lonLat);
      markers.push({ kind: 'ring', centre: truth, radiusKm: this.reveal.item.toleranceKm });
      if (this.reveal.guess) {
        markers.push({ kind: 'line', from: this.reveal.guess, to: truth, progress: this.lineProgress });
        markers.push({ kind: 'pin', at: this.reveal.guess, tone: 'guess' });
      }
      markers.push({
        kind: 'pin',
        at: truth,
        tone: 'truth',
        ...(easy ? { label: this.t(`content:${this.reveal.item.name}`) } : {}),
      });
    }
    const dropAt =
      this.dragPoint && this.map.contains(this.dragPoint) ? this.map.toLonLat(this.dragPoint) : null;
    if (dropAt) markers.push({ kind: 'pin', at: dropAt, tone: 'guess' });
    if (this.play.picked && this.crosshair) markers.push({ kind: 'pin', at: this.crosshair, tone: 'cursor' });
    this.map.setMarkers(markers);
  }

  // ─── Playing ────────────────────────────────────────────────────────────────

  /** Picks a card up for the keyboard crosshair or a tap on the map; the crosshair starts mid-map. */
  private pick(itemId: string): void {
    if (!this.map || this.reveal) return;
    this.services.audio.play('pickUp');
    this.play = this.reducePlay(this.play, { type: 'pick', itemId });
    this.currentId = itemId;
    const { x, y, width, height } = this.map.viewport;
    this.crosshair = this.map.toLonLat(screenPoint(x + width / 2, y + height / 2));
    this.buildChrome();
  }

  private cancelPick(): void {
    this.play = this.reducePlay(this.play, { type: 'putBack' });
    this.crosshair = null;
    this.buildChrome();
  }

  private onDragStart(itemId: string, card: PlaceCard): void {
    if (this.reveal) return;
    this.services.audio.play('pickUp');
    this.play = this.reducePlay(this.play, { type: 'putBack' });
    this.crosshair = null;
    this.currentId = itemId;
    for (const other of this.cards.values()) other.setPicked(false);
    card.setPicked(true);
    this.children.bringToTop(card);
  }

  /** The card floats above the pointer, so the pointer's tip (and the pin under it) stays in view. */
  private onDrag(card: PlaceCard, pointer: Phaser.Input.Pointer): void {
    card.setPosition(pointer.x - card.width / 2, pointer.y - card.cardHeight - 18 * this.unit);
    this.dragPoint = screenPoint(pointer.x, pointer.y);
    this.refreshMarkers();
  }

  private onDragEnd(itemId: string, pointer: Phaser.Input.Pointer): void {
    this.dragPoint = null;
    const point = screenPoint(pointer.x, pointer.y);
    const place = this.map?.contains(point) ? this.map.toLonLat(point) : null;
    if (place && pointer.getDistance() >= 8) this.submit(itemId, place);
    else this.buildChrome();
  }

  private onMapTap(point: ScreenPoint): void {
    if (!this.play.picked || !this.map) return;
    const place = this.map.toLonLat(point);
    if (place) this.submit(this.play.picked, place);
  }

  private skipCurrent(): void {
    const itemId = dontKnowTarget(
      this.play,
      this.remaining().map((item) => item.id),
      this.currentId,
    );
    if (itemId) this.submit(itemId, null);
  }

  private submit(itemId: string, guess: LonLat | null): void {
    if (!this.map) return;
    const before = this.play;
    this.play = this.reducePlay(
      before,
      guess ? { type: 'drop', itemId, lonLat: toPosition(guess) } : { type: 'dontKnow', itemId },
    );
    if (this.play === before) return;
    this.crosshair = null;
    if (guess) this.services.audio.play('drop');
    answerChanged(this.sceneData, () => this.answerSoFar());
    const open = this.open;
    const item = open ? this.truthItem(itemId) : undefined;
    if (!open || !item) {
      this.continueAfterReveal();
      return;
    }
    const score = scorePlaceGuess(open.challenge, item, guess);
    this.scores.set(itemId, score);
    this.reveal = { item, guess, score };
    if (score.correct) this.services.audio.play('right');
    else if (guess && score.points === 0) this.services.audio.play('wrong');
    this.showBoth(fromTuple(item.lonLat), guess);
    this.drawLine();
    this.buildChrome();
  }

  /**
   * The truth must be seen: if it (or the guess) is off screen or under the fact card, the map
   * moves it into the open part, or, when that is not enough, comes back to the whole area.
   */
  private showBoth(truth: LonLat, guess: LonLat | null): void {
    const map = this.map;
    if (!map) return;
    const pad = 12 * this.unit;
    const { x, y, width, height } = map.viewport;
    const card = factCardSpan(this.layout, this.unit);
    // Beside the map (landscape) the card may cover its right edge; under it (portrait) it covers nothing.
    const right = (card.x > x && card.x < x + width ? card.x : x + width) - pad;
    const places = guess ? [truth, guess] : [truth];
    const hidden = () =>
      places
        .map((place) => map.toScreen(place))
        .some((p) => p.x < x || p.x > right || p.y < y || p.y > y + height);
    if (!hidden()) return;
    const worst = Math.max(...places.map((place) => map.toScreen(place).x));
    if (worst > right) map.panBy(right - worst - pad, 0);
    if (hidden()) map.zoomBy(1 / map.zoom);
  }

  private drawLine(): void {
    this.lineTween?.remove();
    this.lineTween = null;
    if (prefersReducedMotion() || !this.reveal?.guess) {
      this.lineProgress = 1;
      return;
    }
    this.lineProgress = 0;
    const progress = { value: 0 };
    this.lineTween = this.tweens.add({
      targets: progress,
      value: 1,
      duration: LINE_DRAW_MS,
      ease: 'Cubic.easeOut',
      onUpdate: () => {
        this.lineProgress = progress.value;
        this.refreshMarkers();
      },
      // The last step may come without an update: finish the line whatever the frame rate.
      onComplete: () => {
        this.lineProgress = 1;
        this.refreshMarkers();
      },
    });
  }

  private continueAfterReveal(): void {
    this.reveal = null;
    this.lineProgress = 1;
    if (this.remaining().length === 0) {
      finishChallenge(this, this.sceneData, this.answerSoFar());
      return;
    }
    this.buildChrome();
  }

  /** Every drop so far, each where it was made or "I don't know". */
  answerSoFar(): PlaceAnswer {
    return placeAnswerOf(this.play);
  }

  // ─── Keyboard ───────────────────────────────────────────────────────────────

  /**
   * While a card is picked up, the arrows steer the crosshair and Enter drops. Phaser sends
   * "keydown-<KEY>" before the plain "keydown" the focus group listens to, so stopping the event
   * here keeps the focus group from also moving the focus or pressing a button.
   */
  private listenToKeys(): void {
    const keyboard = this.input.keyboard;
    if (!keyboard) return;
    const handlers: [string, (event: KeyboardEvent) => void][] = [
      ['keydown-LEFT', oncePerKeyEvent((event) => this.steer(event, -1, 0))],
      ['keydown-RIGHT', oncePerKeyEvent((event) => this.steer(event, 1, 0))],
      ['keydown-UP', oncePerKeyEvent((event) => this.steer(event, 0, -1))],
      ['keydown-DOWN', oncePerKeyEvent((event) => this.steer(event, 0, 1))],
      ['keydown-ENTER', oncePerKeyEvent((event) => this.dropWithKey(event))],
      ['keydown-SPACE', oncePerKeyEvent((event) => this.dropWithKey(event))],
      // Tab puts a picked card back, then moves the focus as usual.
      [
        'keydown-TAB',
        oncePerKeyEvent(() => {
          if (this.play.picked) this.cancelPick();
          return false;
        }),
      ],
      [
        'keydown-ESC',
        oncePerKeyEvent(() => {
          if (this.play.picked) this.cancelPick();
          else leaveChallenge(this, this.sceneData);
          return false;
        }),
      ],
    ];
    for (const [name, handler] of handlers) keyboard.on(name, handler);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const [name, handler] of handlers) keyboard.off(name, handler);
    });
  }

  private steer(event: KeyboardEvent, dx: number, dy: number): boolean {
    const map = this.map;
    if (!this.play.picked || !this.crosshair || !map) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    const move = steerCrosshair(
      map.toScreen(this.crosshair),
      { dx, dy, big: event.shiftKey },
      map.viewport,
      this.unit,
    );
    const place = map.toLonLat(move.wanted);
    if (move.panX !== 0 || move.panY !== 0) map.panBy(move.panX, move.panY);
    if (place)
      this.crosshair = map.toLonLat(clampToViewport(map.toScreen(place), map.viewport)) ?? this.crosshair;
    this.refreshMarkers();
    return true;
  }

  private dropWithKey(event: KeyboardEvent): boolean {
    if (!this.play.picked || !this.crosshair) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    this.submit(this.play.picked, this.crosshair);
    return true;
  }

  // ─── Helpers ────────────────────────────────────────────────────────────────

  /** The cards still to place, in the level's order. */
  private remaining(): PlacePlayerItem[] {
    return placesLeft(this.view, this.play);
  }

  private viewItem(itemId: string): PlacePlayerItem | undefined {
    return this.view.items.find((item) => item.id === itemId);
  }

  /** Where a place truly is: only a challenge played with its answers shown has it. */
  private truthItem(itemId: string): PlaceItem | undefined {
    return this.open?.challenge.items.find((item) => item.id === itemId);
  }

  private points(): { readonly points: number; readonly maxPoints: number } {
    return placePointsSoFar(
      [...this.scores.values()].map((score) => score.points),
      this.view.items.length,
    );
  }

  private t(key: string, params?: Record<string, string | number>): string {
    return this.services.i18n.t(key, params);
  }

  private numberFormat(): Intl.NumberFormat {
    return new Intl.NumberFormat(this.services.i18n.language, { maximumFractionDigits: 0 });
  }

  private textStyle(
    size: 'heading' | 'body' | 'small',
    color: string,
  ): Phaser.Types.GameObjects.Text.TextStyle {
    return {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize(size, this.unit),
      color,
      resolution: window.devicePixelRatio || 1,
    };
  }

  private addButton(id: string, options: ButtonOptions): Button {
    const button = addControlButton(this, this.services, this.focus, id, options);
    this.chrome.push(button);
    return button;
  }

  /**
   * For browser tests only, read-only: where the map is, where each place of the challenge is on
   * the page right now (so a test can drop a card exactly there), the crosshair, and the score.
   * Blind, the places are known only where the caller handed the challenge to the probe.
   */
  private registerProbeInfo(): void {
    const probe = this.services.probe;
    if (!probe) return;
    const toPage = (point: { x: number; y: number }) => {
      const rect = this.game.canvas.getBoundingClientRect();
      return {
        x: rect.left + (point.x * rect.width) / this.scale.width,
        y: rect.top + (point.y * rect.height) / this.scale.height,
      };
    };
    const data = this.sceneData;
    const probed = isBlind(data) ? data.blind.probeChallenge : this.open?.challenge;
    const truth = probed?.kind === 'place' ? probed.items : [];
    probe.setInfo(this, 'place', () => {
      const map = this.map;
      if (!map) return { ready: false };
      const { x, y, width, height } = map.viewport;
      const topLeft = toPage({ x, y });
      const bottomRight = toPage({ x: x + width, y: y + height });
      return {
        ready: true,
        map: {
          x: topLeft.x,
          y: topLeft.y,
          width: bottomRight.x - topLeft.x,
          height: bottomRight.y - topLeft.y,
        },
        zoom: map.zoom,
        places: truth.map((item) => {
          const at = map.toScreen(fromTuple(item.lonLat));
          return { id: item.id, ...toPage(at), onMap: map.contains(at) };
        }),
        crosshair: this.crosshair ? toPage(map.toScreen(this.crosshair)) : null,
        picked: this.play.picked,
        revealing: this.reveal?.item.id ?? null,
        remaining: this.remaining().map((item) => item.id),
        ...this.points(),
      };
    });
  }
}

/**
 * Where the fact card goes: over the tray, right-aligned, and wide enough for its two buttons side
 * by side, even if that covers the map's right edge.
 */
function factCardSpan({ tray }: Layout, unit: number): { x: number; width: number } {
  const pad = 12 * unit;
  const right = tray.x + tray.width - pad;
  const width = Math.min(Math.max(tray.width - pad * 2, FACT_CARD_MIN_WIDTH * unit), right - pad);
  return { x: right - width, width };
}

/**
 * The map takes most of the screen; the tray of cards (and the fact card) sits beside it on a
 * landscape screen and under it on a portrait one.
 */
function computeLayout(width: number, height: number, unit: number): Layout {
  const rows = width < 720 * unit ? 2 : 1;
  const headerHeight = Math.round((rows === 2 ? 116 : 64) * unit);
  const header = { x: 0, y: 0, width, height: headerHeight, rows } as const;
  const below = height - headerHeight;
  if (width >= height) {
    // Wide enough for the fact card and its two buttons, so that on most screens it covers no map.
    const trayWidth = Math.round(
      Math.min(Math.max(width * 0.3, FACT_CARD_MIN_WIDTH * unit + 24 * unit), width * 0.45),
    );
    return {
      header,
      map: { x: 0, y: headerHeight, width: width - trayWidth, height: below },
      tray: { x: width - trayWidth, y: headerHeight, width: trayWidth, height: below },
    };
  }
  const trayHeight = Math.round(below * 0.45);
  return {
    header,
    map: { x: 0, y: headerHeight, width, height: below - trayHeight },
    tray: { x: 0, y: height - trayHeight, width, height: trayHeight },
  };
}
