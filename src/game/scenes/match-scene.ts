import Phaser from 'phaser';
import {
  type MatchAnswer,
  type MatchPlayerItem,
  type MatchPlayerView,
  matchAnswerOf,
  matchModule,
} from '../../core/challenges/match/match-answer';
import type { MatchOrder } from '../../core/challenges/match/match-order';
import {
  canCheck,
  canFinish,
  EXTRA_CHECK_PENALTY,
  type ItemMark,
  initialMatchState,
  isLocked,
  isOver,
  itemsLinkedTo,
  linkOf,
  type MatchAction,
  type MatchReducer,
  type MatchState,
  markOf,
  matchReducer,
  scoreMatch,
} from '../../core/challenges/match/match-rules';
import { matchFeedback } from '../../core/feedback/match-feedback';
import type { CountryAtlas } from '../../core/geo/country-atlas';
import type { LonLat, ScreenRect } from '../../core/geo/lon-lat';
import type { Level, MapView as LevelMap, MatchChallenge, MatchItem } from '../../core/level/level-types';
import { challengePoints, currentChallenge } from '../../core/run/level-run';
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
import { colours, FONT_FAMILY, fontSize, uiUnit } from '../theme';
import { ActorEmblem } from '../ui/actor-emblem';
import { BinSymbol, binLetter } from '../ui/bin-symbol';
import { Button } from '../ui/button';
import { FactCard, type FactCardContent, formatSources } from '../ui/fact-card';
import { type Focusable, FocusGroup } from '../ui/focus-group';
import { MapView } from '../ui/map-view';
import { MarkPill } from '../ui/mark-pill';
import { type BoardSide, MatchBoard } from '../ui/match-board';
import { MatchCard } from '../ui/match-card';
import { layoutMatch, type MatchLayout } from '../ui/match-layout';
import { countryAnchors, MatchMapMarks } from '../ui/match-map-marks';

/** A match played with its answers: checks mark the links, and the facts open at the end. */
interface OpenPlay {
  readonly level: Level;
  readonly challenge: MatchChallenge;
}

interface Selection {
  readonly side: BoardSide;
  readonly id: string;
}

/** A one-off line above the status, e.g. after a click the rules refused. */
interface Notice {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}

/**
 * One match challenge, both kinds: link actors to roles ("pairs"), or sort items into bins
 * ("categories"), on cards or by clicking countries on the map. The rules live in
 * core/challenges/match; this scene draws the state, turns clicks, drags and keys into actions,
 * and reports the result to the level flow.
 *
 * The whole board is drawn again after every action, the way the menus are after a resize: the
 * state is small and the rebuild is cheap, and nothing on screen can drift from the rules. Only
 * the map persists, because projecting the countries is the one expensive step.
 *
 * After a check, a right link shows its fact card on click; a wrong one only says where to reread,
 * so the fact does not hand over the answer the next check would be paid for. Every fact card is
 * open once the challenge is over.
 *
 * Play reads only the player view (the cards, never the right links); only a match played with
 * its answers (`open`) can be checked. Blind, Check and Finish hand the links over as they are.
 */
export class MatchScene extends Phaser.Scene implements AnswerSoFar {
  private services!: GameServices;
  private sceneData!: ChallengeSceneData;
  private view!: MatchPlayerView;
  /** The challenge itself, only when played with its answers shown. */
  private open: OpenPlay | null = null;
  private levelMap!: LevelMap;
  private reduce!: MatchReducer;
  private order!: MatchOrder;
  private state: MatchState = initialMatchState();
  private selection: Selection | null = null;
  private notice: Notice | null = null;
  private openFact: string | null = null;
  /** The link just made, drawn with a short animation. */
  private freshLink: string | undefined;
  /** Where keyboard focus goes after the next rebuild, by key ("item:<id>", "check"…). */
  private nextFocus: string | null = null;
  private focus!: FocusGroup;
  private focusKeys = new Map<Focusable, string>();
  private layer!: Phaser.GameObjects.Container;
  private board: MatchBoard | null = null;
  private map: MapView | null = null;
  private marks: MatchMapMarks | null = null;
  private atlas: CountryAtlas | null = null;
  private anchors = new Map<string, LonLat>();
  private unit = 1;

  constructor() {
    super('match');
  }

  create(data: ChallengeSceneData): void {
    this.sceneData = data;
    if (isBlind(data)) {
      const { view } = data.blind;
      if (view.kind !== 'match') throw new Error(`The match scene was started on a ${view.kind} view`);
      this.view = view;
      this.open = null;
      this.levelMap = data.blind.map;
    } else {
      const challenge = currentChallenge(data.level, data.run);
      if (challenge?.kind !== 'match')
        throw new Error(`The match scene was started on a ${challenge?.kind ?? 'missing'} challenge`);
      this.view = matchModule.playerView(challenge);
      this.open = { level: data.level, challenge };
      this.levelMap = data.level.map;
    }
    this.services = servicesOf(this);
    // Without the answers the rules link and unlink, and never check.
    this.reduce = matchReducer(this.open?.challenge ?? this.view);
    this.order = {
      items: this.view.items.map((item) => item.id),
      targets: this.view.targets.map((target) => target.id),
    };
    this.state = initialMatchState();
    this.selection = null;
    this.notice = null;
    this.openFact = null;
    this.freshLink = undefined;
    this.nextFocus = null;
    this.board = null;
    this.map = null;
    this.marks = null;
    this.atlas = null;
    this.anchors = new Map();
    this.cameras.main.setBackgroundColor(colours.background);
    this.focus = new FocusGroup(this);
    this.layer = this.add.container(0, 0).setDepth(1);

    const onResize = () => this.rebuild();
    this.scale.on('resize', onResize);
    const offLanguage = this.services.i18n.onLanguageChanged((language) => {
      void loadCountryNames(language).then(() => this.map?.refreshText());
      this.rebuild();
    });
    const keyboard = this.input.keyboard;
    const onEscape = () => this.escape();
    keyboard?.on('keydown-ESC', onEscape);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off('resize', onResize);
      offLanguage();
      keyboard?.off('keydown-ESC', onEscape);
      this.board?.destroy();
      this.board = null;
      this.map = null;
      this.marks = null;
    });
    this.services.probe?.setInfo(this, 'match', () => this.probeInfo());

    if (this.needsMap()) this.loadMap();
    this.rebuild();
  }

  private needsMap(): boolean {
    return this.view.mode === 'pairs'
      ? this.view.items.some((item) => item.country)
      : this.view.onMap === true;
  }

  private loadMap(): void {
    const language = this.services.i18n.language;
    const started = this.sceneData;
    Promise.all([loadCountryAtlas(), loadCountryNames(language)])
      .then(([atlas]) => {
        // The player may have left, or started the level again, while the map was loading.
        if (!this.scene.isActive() || this.sceneData !== started) return;
        this.atlas = atlas;
        this.rebuild();
      })
      .catch((error: unknown) => console.error('Qantar: the map could not be loaded', error));
  }

  // ---------------------------------------------------------------- actions

  private dispatch(action: MatchAction): boolean {
    const next = this.reduce(this.state, action);
    if (next === this.state) return false;
    this.state = next;
    return true;
  }

  /** A card was clicked or activated by keyboard: select it, or complete a link with the selection. */
  private press(side: BoardSide, id: string, byKeyboard: boolean): void {
    this.notice = null;
    const selection = this.selection;
    if (side === 'item' && (isOver(this.state) || isLocked(this.state, id))) {
      this.openFact = id;
      this.nextFocus = 'fact';
    } else if (isOver(this.state)) {
      return;
    } else if (selection && selection.side !== side) {
      const [itemId, targetId] = side === 'item' ? [id, selection.id] : [selection.id, id];
      // A bin chosen first stays chosen, so a whole category can be sorted in a row.
      const keepBin = this.view.mode === 'categories' && selection.side === 'target';
      this.link(itemId, targetId, byKeyboard, keepBin);
    } else if (selection?.side === side && selection.id === id) {
      this.selection = null;
    } else {
      this.selection = { side, id };
      this.services.audio.play('pickUp');
      if (byKeyboard)
        this.nextFocus =
          side === 'item'
            ? `target:${linkOf(this.state, id) ?? this.order.targets[0]}`
            : this.nextUnlinkedItem(null);
    }
    this.rebuild();
  }

  /** Links, or unlinks when the item already goes there (so a link can be undone the way it was made). */
  private link(itemId: string, targetId: string, byKeyboard: boolean, keepSelection = false): void {
    const undo = linkOf(this.state, itemId) === targetId;
    const changed = this.dispatch(undo ? { type: 'unlink', itemId } : { type: 'link', itemId, targetId });
    if (!changed) {
      this.notice = { key: 'match:status.locked' };
      return;
    }
    answerChanged(this.sceneData, () => this.answerSoFar());
    this.services.audio.play('drop');
    this.freshLink = undo ? undefined : itemId;
    if (!keepSelection) this.selection = null;
    if (byKeyboard) this.nextFocus = this.nextUnlinkedItem(itemId);
  }

  /** The next item still to link after `afterId`, in display order; the Check button once all are linked. */
  private nextUnlinkedItem(afterId: string | null): string {
    const ids = this.order.items;
    const start = afterId === null ? 0 : ids.indexOf(afterId) + 1;
    for (let step = 0; step < ids.length; step++) {
      const id = ids[(start + step) % ids.length];
      if (id !== undefined && linkOf(this.state, id) === undefined) return `item:${id}`;
    }
    return 'check';
  }

  private pickCountry(iso3: string): void {
    const item = this.view.items.find((candidate) => candidate.country === iso3);
    if (item) {
      this.press('item', item.id, false);
      return;
    }
    this.notice = {
      key: 'match:status.notInChallenge',
      params: { country: countryName(iso3, this.services.i18n.language) ?? iso3 },
    };
    this.rebuild();
  }

  /** Blind, Check and Finish both hand the links over, once every item is linked. */
  private check(): void {
    if (!this.open) {
      if (canCheck(this.view, this.state)) this.leave();
      return;
    }
    if (!this.dispatch({ type: 'check' })) return;
    this.afterVerdict();
  }

  private finish(): void {
    if (!this.open) {
      if (canFinish(this.view, this.state)) this.leave();
      return;
    }
    if (!this.dispatch({ type: 'finish' })) return;
    this.afterVerdict();
  }

  private afterVerdict(): void {
    this.selection = null;
    this.notice = null;
    const allRight = this.view.items.every((item) => markOf(this.state, item.id) === 'right');
    this.services.audio.play(allRight ? 'right' : 'wrong');
    const firstWrong = this.order.items.find((id) => markOf(this.state, id) !== 'right');
    this.nextFocus = isOver(this.state) || firstWrong === undefined ? 'continue' : `item:${firstWrong}`;
    this.rebuild();
  }

  private leave(): void {
    finishChallenge(this, this.sceneData, this.answerSoFar());
  }

  /** The links as they stand; with the answers shown, also the checks made, Finish's own included. */
  answerSoFar(): MatchAnswer {
    return matchAnswerOf(this.open?.challenge ?? this.view, this.state);
  }

  private escape(): void {
    if (this.openFact) this.closeFact();
    else if (this.selection) {
      this.selection = null;
      this.rebuild();
    } else leaveChallenge(this, this.sceneData);
  }

  private closeFact(): void {
    this.nextFocus = this.openFact ? `item:${this.openFact}` : null;
    this.openFact = null;
    this.rebuild();
  }

  // ---------------------------------------------------------------- drawing

  private t(key: string, params?: Record<string, string | number>): string {
    return this.services.i18n.t(key, params);
  }

  private rebuild(): void {
    const previous = this.focus.focused;
    const keep = this.nextFocus ?? (previous ? this.focusKeys.get(previous) : undefined) ?? null;
    this.nextFocus = null;
    this.board?.destroy();
    this.layer.removeAll(true);
    this.focus.clear();
    this.focusKeys = new Map();
    const { width, height } = this.scale;
    const u = uiUnit(width, height);
    this.unit = u;

    const top = this.buildHeader(width, u);
    const layout = layoutMatch({
      width,
      height,
      unit: u,
      top,
      mode: this.view.mode,
      onMap: this.view.onMap === true,
      items: this.order.items.length,
      targets: this.order.targets.length,
    });
    this.placeMap(layout.map);
    this.board = new MatchBoard(this, this.layer, {
      drawsLinks: this.view.mode === 'pairs',
      unit: u,
      onPress: (side, id) => this.press(side, id, false),
      onLink: (itemId, targetId) => {
        this.notice = null;
        this.link(itemId, targetId, false);
        this.rebuild();
      },
      canDrag: (side, id) => !isOver(this.state) && !(side === 'item' && isLocked(this.state, id)),
      onDragStart: () => this.services.audio.play('pickUp'),
    });
    this.buildItems(layout);
    this.buildTargets(layout);
    this.buildStatus(layout.status);
    this.buildButtons(layout);
    this.updateMap();
    this.board.setLinks(
      this.view.items.flatMap((item) => {
        const targetId = linkOf(this.state, item.id);
        const mark = markOf(this.state, item.id);
        return targetId === undefined ? [] : [{ itemId: item.id, targetId, ...(mark ? { mark } : {}) }];
      }),
      this.freshLink,
    );
    this.freshLink = undefined;
    if (this.openFact) this.buildFactCard(width, height);
    this.restoreFocus(keep);
  }

  private restoreFocus(key: string | null): void {
    if (key === null) return;
    for (const [focusable, candidate] of this.focusKeys) {
      if (candidate === key && focusable.isEnabled()) {
        this.focus.focus(focusable);
        return;
      }
    }
  }

  private addFocusable(key: string, focusable: Focusable): void {
    // Behind an open fact card only the card's own button takes the keyboard.
    if (this.openFact && !key.startsWith('fact')) return;
    this.focus.add(focusable);
    this.focusKeys.set(focusable, key);
  }

  private buildHeader(width: number, u: number): number {
    const margin = Math.max(10, Math.round(16 * u));
    const backWidth = Math.round(130 * u);
    const backHeight = Math.round(44 * u);
    const back = new Button(this, {
      x: margin + backWidth / 2,
      y: margin + backHeight / 2,
      width: backWidth,
      height: backHeight,
      label: `← ${this.t('match:back')}`,
      fontSize: fontSize('small', u),
      onPress: () => leaveChallenge(this, this.sceneData),
    });
    this.layer.add(back);
    this.addFocusable('back', back);
    this.services.probe?.register(this, 'match.back', back, () => back.label);
    const promptX = margin + backWidth + Math.round(16 * u);
    const prompt = this.add.text(promptX, margin, this.t(`content:${this.view.prompt}`), {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('small', u),
      fontStyle: 'bold',
      color: colours.text,
      wordWrap: { width: width - promptX - margin, useAdvancedWrap: true },
      lineSpacing: Math.round(4 * u),
      resolution: window.devicePixelRatio || 1,
    });
    this.layer.add(prompt);
    return Math.round(margin + Math.max(backHeight, prompt.height) + 12 * u);
  }

  private buildItems(layout: MatchLayout): void {
    const u = this.unit;
    const onMap = this.view.onMap === true;
    this.order.items.forEach((id, index) => {
      const item = this.itemById(id);
      const cell = layout.items[index];
      if (!item || !cell) return;
      const mark = markOf(this.state, id);
      const binIndex = this.binIndexOf(linkOf(this.state, id));
      const pad = Math.round(8 * u);
      const showsEmblem =
        this.view.mode === 'pairs' || (!onMap && item.actor !== undefined && item.actor !== 'statement');
      const emblemSize = Math.min(cell.height - pad, Math.round(40 * u));
      const trailing: Phaser.GameObjects.Container[] = [];
      const pillFont = Math.max(11, Math.round(14 * u));
      if (binIndex !== null)
        trailing.push(new BinSymbol(this, binIndex, 0, 0, Math.min(cell.height - pad, Math.round(28 * u))));
      if (mark)
        trailing.push(new MarkPill(this, mark, onMap ? '' : this.t(`match:mark.${mark}`), 0, 0, pillFont));
      // Side by side when the card is short, stacked when it is tall enough.
      const stacked =
        trailing.length === 2 &&
        cell.height >= trailing.reduce((sum, part) => sum + part.height, 0) + pad * 2;
      const trailingWidth = stacked
        ? Math.max(...trailing.map((part) => part.width))
        : trailing.reduce((sum, part) => sum + part.width + Math.round(4 * u), 0);
      const card = new MatchCard(this, {
        ...cell,
        unit: u,
        text: this.t(`content:${item.text}`),
        look: 'paper',
        maxFontPx: Math.round((this.view.mode === 'pairs' ? 18 : 19) * u),
        insetLeft: showsEmblem ? emblemSize + pad : 0,
        insetRight: trailingWidth > 0 ? trailingWidth + pad : 0,
        ...(mark ? { mark } : {}),
        selected: this.selection?.side === 'item' && this.selection.id === id,
        onActivate: () => this.press('item', id, true),
      });
      if (showsEmblem)
        card.add(new ActorEmblem(this, item, pad + emblemSize / 2, cell.height / 2, emblemSize));
      let right = cell.width - pad;
      let stackY = (cell.height - trailing.reduce((sum, part) => sum + part.height + pad / 2, -pad / 2)) / 2;
      for (const part of trailing) {
        if (stacked) {
          part.setPosition(cell.width - pad - trailingWidth / 2, stackY + part.height / 2);
          stackY += part.height + pad / 2;
        } else {
          part.setPosition(right - part.width / 2, cell.height / 2);
          right -= part.width + Math.round(4 * u);
        }
        card.add(part);
      }
      this.layer.add(card);
      this.board?.addCard('item', id, card);
      this.addFocusable(`item:${id}`, card);
      this.services.probe?.register(
        this,
        `match.item.${id}`,
        card,
        // What the player reads on the card, its verdict included.
        () => (mark ? `${card.text} · ${this.t(`match:mark.${mark}`)}` : card.text),
        () => true,
        'topLeft',
      );
    });
  }

  private buildTargets(layout: MatchLayout): void {
    const u = this.unit;
    const pairs = this.view.mode === 'pairs';
    const itemsCentre = layout.items[0] ? layout.items[0].x + layout.items[0].width / 2 : 0;
    this.order.targets.forEach((id, index) => {
      const target = this.view.targets.find((candidate) => candidate.id === id);
      const cell = layout.targets[index];
      if (!target || !cell) return;
      const pad = Math.round(8 * u);
      const name = this.t(`content:${target.text}`);
      const linked = itemsLinkedTo(this.view, this.state, id);
      const selected = this.selection?.side === 'target' && this.selection.id === id;
      if (pairs) {
        // The slot faces the actors, so a link ends right beside the emblem it shows.
        const slotOnRight = cell.x + cell.width / 2 < itemsCentre;
        const slot = Math.min(cell.height - pad * 2, Math.round(34 * u));
        const card = new MatchCard(this, {
          ...cell,
          unit: u,
          text: name,
          look: 'slate',
          maxFontPx: Math.round(18 * u),
          insetLeft: slotOnRight ? 0 : slot + pad,
          insetRight: slotOnRight ? slot + pad : 0,
          selected,
          onActivate: () => this.press('target', id, true),
        });
        const slotX = slotOnRight ? cell.width - pad - slot / 2 : pad + slot / 2;
        const holder = linked[0] ? this.itemById(linked[0]) : undefined;
        if (holder) card.add(new ActorEmblem(this, holder, slotX, cell.height / 2, slot));
        else card.add(this.emptySlot(slotX, cell.height / 2, slot));
        this.addTarget(id, card, () => (holder ? `${name} ← ${this.t(`content:${holder.text}`)}` : name));
        return;
      }
      const symbolSize = Math.min(cell.height - pad * 2, Math.round(36 * u));
      const card = new MatchCard(this, {
        ...cell,
        unit: u,
        text: `${name}\n${this.t('match:binCount', { count: linked.length })}`,
        look: 'bin',
        maxFontPx: Math.round(19 * u),
        insetLeft: symbolSize + pad,
        selected,
        onActivate: () => this.press('target', id, true),
      });
      card.add(new BinSymbol(this, index, pad + symbolSize / 2, cell.height / 2, symbolSize));
      this.addTarget(id, card, () => name);
    });
  }

  private addTarget(id: string, card: MatchCard, label: () => string): void {
    this.layer.add(card);
    this.board?.addCard('target', id, card);
    this.addFocusable(`target:${id}`, card);
    this.services.probe?.register(this, `match.target.${id}`, card, label, () => true, 'topLeft');
  }

  private emptySlot(x: number, y: number, size: number): Phaser.GameObjects.Graphics {
    const g = this.add.graphics({ x, y });
    g.lineStyle(2, colours.panelBorder, 1);
    g.strokeCircle(0, 0, size / 2 - 1);
    g.fillStyle(colours.background, 1);
    g.fillCircle(0, 0, size / 2 - 3);
    return g;
  }

  private buildStatus(rect: ScreenRect): void {
    const u = this.unit;
    const text = this.add.text(rect.x, rect.y, this.statusLines().join('\n\n'), {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('small', u),
      color: colours.text,
      wordWrap: { width: rect.width, useAdvancedWrap: true },
      lineSpacing: Math.round(3 * u),
      resolution: window.devicePixelRatio || 1,
    });
    let size = Math.round(20 * u);
    while (text.height > rect.height && size > 12) {
      size -= 1;
      text.setFontSize(size);
    }
    this.layer.add(text);
  }

  private statusLines(): string[] {
    const lines: string[] = [];
    const items = this.view.items;
    const total = items.length;
    const right = items.filter((item) => markOf(this.state, item.id) === 'right').length;
    if (this.view.mode === 'pairs') lines.push(this.mapCaption());
    if (this.notice) lines.push(this.t(this.notice.key, this.notice.params));
    if (this.state.phase === 'solved') lines.push(this.t('match:status.solved'));
    else if (this.state.phase === 'revealed') lines.push(this.t('match:status.revealed', { right, total }));
    else {
      const selected = this.selection;
      if (selected?.side === 'item') {
        const item = this.itemById(selected.id);
        const truth = this.truthItem(selected.id);
        if (truth && markOf(this.state, truth.id) === 'wrong') {
          const confusion = this.confusionText(truth);
          if (confusion) lines.push(`→ ${confusion}`);
          lines.push(
            this.t('match:status.reread', { sources: formatSources(this.services.i18n, truth.source) }),
          );
        } else if (item)
          lines.push(this.t('match:status.itemSelected', { name: this.t(`content:${item.text}`) }));
      } else if (selected?.side === 'target') {
        const index = this.view.targets.findIndex((target) => target.id === selected.id);
        const bin = this.view.targets[index];
        lines.push(
          this.view.mode === 'pairs' || !bin
            ? this.t('match:status.targetSelected')
            : this.t('match:status.binArmed', {
                letter: binLetter(index),
                bin: this.t(`content:${bin.text}`),
              }),
        );
      } else if (this.state.checks > 0) {
        lines.push(this.t('match:status.checked', { right, total, penalty: EXTRA_CHECK_PENALTY }));
      } else {
        lines.push(
          this.t(
            `match:hint.${this.view.mode === 'pairs' ? 'pairs' : this.view.onMap ? 'map' : 'categories'}`,
          ),
        );
      }
      const linked = items.filter((item) => linkOf(this.state, item.id) !== undefined).length;
      if (linked < total) lines.push(this.t('match:status.progress', { linked, total }));
    }
    const penalty = this.open ? (scoreMatch(this.open.challenge, this.state).penalty ?? 0) : 0;
    if (penalty > 0) lines.push(this.t('match:status.penalty', { points: penalty }));
    if (this.view.onMap && this.state.checks > 0) lines.push(this.t('match:status.legend'));
    return lines;
  }

  private mapCaption(): string {
    const selected = this.selection?.side === 'item' ? this.itemById(this.selection.id) : undefined;
    if (!this.atlas) return this.t('match:map.loading');
    if (!selected) return this.t('match:map.idle');
    if (!selected.country) return this.t('match:map.noCountry', { name: this.t(`content:${selected.text}`) });
    return this.t('match:map.shows', {
      country: countryName(selected.country, this.services.i18n.language) ?? selected.country,
    });
  }

  private buildButtons(layout: MatchLayout): void {
    const u = this.unit;
    const [first, second] = layout.buttons;
    const make = (
      key: string,
      rect: ScreenRect,
      label: string,
      primary: boolean,
      enabled: boolean,
      onPress: () => void,
    ) => {
      const button = new Button(this, {
        x: rect.x + rect.width / 2,
        y: rect.y + rect.height / 2,
        width: rect.width,
        height: rect.height,
        label,
        fontSize: fontSize('body', u),
        variant: primary ? 'primary' : 'secondary',
        enabled,
        onPress,
      });
      this.layer.add(button);
      this.addFocusable(key, button);
      this.services.probe?.register(
        this,
        `match.${key}`,
        button,
        () => button.label,
        () => button.isEnabled(),
      );
    };
    if (isOver(this.state)) {
      const whole = {
        x: first.x,
        y: first.y,
        width: second.x + second.width - first.x,
        height: first.height,
      };
      make('continue', whole, this.t('match:continue'), true, true, () => this.leave());
      return;
    }
    const checkable = canCheck(this.view, this.state);
    make('check', first, this.t('match:check'), checkable, checkable, () => this.check());
    make('finish', second, this.t('match:finish'), false, canFinish(this.view, this.state), () =>
      this.finish(),
    );
  }

  private buildFactCard(width: number, height: number): void {
    const item = this.openFact ? this.truthItem(this.openFact) : undefined;
    if (!item || !this.open) return;
    const u = this.unit;
    const dimmer = this.add.rectangle(0, 0, width, height, colours.background, 0.75).setOrigin(0, 0);
    // The dimmer catches clicks meant for the board underneath; a click on it closes the card.
    dimmer.setInteractive();
    dimmer.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, () => this.closeFact());
    this.layer.add(dimmer);
    const cardWidth = Math.min(width - 32, Math.round(760 * u));
    const card = new FactCard(
      this,
      this.services.i18n,
      this.factContent(item, this.open.level),
      { x: (width - cardWidth) / 2, y: 0, width: cardWidth, unit: u },
      () => this.closeFact(),
    );
    const scale = Math.min(1, (height - 32) / card.cardHeight);
    card.setScale(scale);
    card.setPosition((width - cardWidth * scale) / 2, Math.max(16, (height - card.cardHeight * scale) / 2));
    this.layer.add(card);
    this.addFocusable('fact.glossary', card.glossaryButton);
    this.addFocusable('fact', card.continueButton);
    this.services.probe?.register(
      this,
      'match.fact.glossary',
      card.glossaryButton,
      () => card.glossaryButton.label,
    );
    this.services.probe?.register(
      this,
      'match.fact.continue',
      card.continueButton,
      () => card.continueButton.label,
    );
    this.services.probe?.register(
      this,
      'match.fact',
      card,
      () => item.id,
      () => true,
      'topLeft',
    );
    if (card.feedbackText !== '')
      this.services.probe?.register(
        this,
        'match.feedback',
        card.feedbackBox,
        () => card.feedbackText,
        () => true,
        'topLeft',
      );
  }

  /** What the item's wrong link actually fits (core/feedback), or null for a right or missing link. */
  private confusionText(item: MatchItem): string | null {
    const chosen = linkOf(this.state, item.id);
    if (!this.open || chosen === undefined || markOf(this.state, item.id) !== 'wrong') return null;
    const message = matchFeedback(this.open.challenge, item, chosen);
    return message ? feedbackText(this.services.i18n, message) : null;
  }

  private factContent(item: MatchItem, level: Level): FactCardContent {
    const mark: ItemMark = markOf(this.state, item.id) ?? 'unanswered';
    const targetText = (id: string | undefined) => {
      const target = this.view.targets.find((candidate) => candidate.id === id);
      return target ? this.t(`content:${target.text}`) : '';
    };
    const yours = linkOf(this.state, item.id);
    const detail =
      mark === 'right'
        ? this.t('match:fact.linkedTo', { target: targetText(yours) })
        : [
            ...(yours !== undefined ? [this.t('match:fact.yourAnswer', { target: targetText(yours) })] : []),
            this.t('match:fact.rightAnswer', { target: targetText(item.answer) }),
          ].join('\n');
    const articleTitles: Record<string, string> = {};
    for (const [id, article] of Object.entries(level.articles)) articleTitles[id] = article.title;
    const confusion = this.confusionText(item);
    return {
      verdict: mark === 'right' ? 'right' : mark === 'wrong' ? 'wrong' : 'revealed',
      heading: this.t(`content:${item.text}`),
      detail,
      ...(confusion ? { feedback: [confusion] } : {}),
      fact: item.fact,
      ...(item.note ? { note: item.note } : {}),
      sources: item.source,
      articleTitles,
    };
  }

  // ---------------------------------------------------------------- map

  /** Creates the map once its countries have arrived, or moves it into its new place. */
  private placeMap(rect: ScreenRect | null): void {
    if (!rect) return;
    if (!this.atlas) {
      const frame = this.add.graphics();
      frame.fillStyle(colours.sea, 1);
      frame.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 8);
      this.layer.add(frame);
      this.layer.add(
        this.add
          .text(rect.x + rect.width / 2, rect.y + rect.height / 2, this.t('match:map.loading'), {
            fontFamily: FONT_FAMILY,
            fontSize: fontSize('small', this.unit),
            color: colours.mutedText,
            resolution: window.devicePixelRatio || 1,
          })
          .setOrigin(0.5),
      );
      return;
    }
    if (!this.map) {
      const onMap = this.view.onMap === true;
      this.map = new MapView(this, {
        map: this.levelMap,
        atlas: this.atlas,
        viewport: rect,
        interactive: onMap,
        countryName: (iso3) => countryName(iso3, this.services.i18n.language),
        keyboardPan: false,
        unit: this.unit,
      });
      this.map.setDepth(0);
      if (onMap) {
        this.marks = new MatchMapMarks(this, this.map, this.levelMap.labels ?? true);
        this.map.onCountryPick((iso3) => {
          if (!this.openFact) this.pickCountry(iso3);
        });
      }
    } else if (!sameRect(this.map.viewport, rect)) {
      this.map.setViewport(rect);
    } else {
      return;
    }
    if (this.view.onMap) {
      this.anchors = countryAnchors(this.map, this.atlas, this.levelMap, this.view.items);
    }
  }

  /** The selected item's country in the accent outline; on the map, each sorted country's bin mark. */
  private updateMap(): void {
    const map = this.map;
    if (!map) return;
    const selected = this.selection?.side === 'item' ? this.itemById(this.selection.id) : undefined;
    map.highlight(selected?.country ?? null);
    this.marks?.show(
      this.view.items.flatMap((item) => {
        const at = this.anchors.get(item.id);
        const bin = this.binIndexOf(linkOf(this.state, item.id));
        if (!at || bin === null) return [];
        const mark = markOf(this.state, item.id);
        return [{ at, bin, ...(mark ? { mark } : {}) }];
      }),
      this.unit,
    );
  }

  // ---------------------------------------------------------------- helpers

  private itemById(id: string): MatchPlayerItem | undefined {
    return this.view.items.find((item) => item.id === id);
  }

  /** An item with its answer and fact: only a match played with its answers shown has them. */
  private truthItem(id: string): MatchItem | undefined {
    return this.open?.challenge.items.find((item) => item.id === id);
  }

  /** In categories, the bin's place in the level (its letter and symbol); null in pairs or when unlinked. */
  private binIndexOf(targetId: string | undefined): number | null {
    if (this.view.mode !== 'categories' || targetId === undefined) return null;
    const index = this.view.targets.findIndex((target) => target.id === targetId);
    return index < 0 ? null : index;
  }

  /** Read-only facts for the browser tests, in page coordinates like the probe's targets. */
  private probeInfo(): unknown {
    const canvas = this.game.canvas.getBoundingClientRect();
    const sx = canvas.width / this.scale.width;
    const sy = canvas.height / this.scale.height;
    const countries: Record<string, { x: number; y: number; visible: boolean }> = {};
    const map = this.map;
    if (map) {
      for (const [itemId, at] of this.anchors) {
        const point = map.toScreen(at);
        countries[itemId] = {
          x: canvas.left + point.x * sx,
          y: canvas.top + point.y * sy,
          visible: map.contains(point),
        };
      }
    }
    const result = this.open ? scoreMatch(this.open.challenge, this.state) : null;
    return {
      challengeId: this.view.id,
      mode: this.view.mode,
      onMap: this.view.onMap === true,
      items: this.order.items,
      targets: this.order.targets,
      phase: this.state.phase,
      checks: this.state.checks,
      selected: this.selection,
      links: { ...this.state.links },
      marks: { ...this.state.marks },
      openFact: this.openFact,
      focused: this.focus.focused ? (this.focusKeys.get(this.focus.focused) ?? null) : null,
      mapReady: map !== null,
      highlighted:
        this.selection?.side === 'item' ? (this.itemById(this.selection.id)?.country ?? null) : null,
      countries,
      points: result ? challengePoints(result) : 0,
      penalty: result?.penalty ?? 0,
    };
  }
}

function sameRect(a: ScreenRect, b: ScreenRect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
