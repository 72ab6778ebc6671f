import type Phaser from 'phaser';
import { type MatchAnswer, matchAnswerOf } from '../../../core/challenges/match/match-answer';
import {
  canCheck,
  canFinish,
  initialMatchState,
  isLocked,
  isOver,
  linkOf,
  type MatchAction,
  type MatchReducer,
  type MatchState,
  markOf,
  matchReducer,
} from '../../../core/challenges/match/match-rules';
import {
  type BoardSide,
  checkSummary,
  type MatchSelection,
  nextUnlinkedItem,
  pressOutcome,
  REFUSED_LINK_NOTICE,
} from '../../../core/challenges/match/match-selection';
import type { CountryAtlas } from '../../../core/geo/country-atlas';
import { countryName } from '../../../services/country-names';
import { touchFirst } from '../../input-kind';
import { answerChanged, finishChallenge } from '../../level-flow';
import { MIN_TOUCH_TARGET } from '../../ui/button';
import type { Focusable } from '../../ui/focus-group';
import { ChallengeScene } from '../challenge-scene';
import { MatchBoard } from './match-board';
import { drawItems, drawTargets } from './match-cards';
import { drawButtons, drawHeader } from './match-controls';
import type { MatchDrawContext } from './match-draw-context';
import { drawFactCard } from './match-fact';
import { layoutMatch } from './match-layout';
import { MatchMap } from './match-map';
import { matchProbeInfo } from './match-probe';
import { drawStatus, type Notice, statusLines } from './match-status';

/**
 * One match challenge, both kinds: link actors to roles ("pairs"), or sort items into bins
 * ("categories"), on cards or by clicking countries on the map. The rules live in
 * core/challenges/match (the links, checks and "I don't know" in match-rules, what a press means
 * in match-selection); this scene keeps the state, turns presses, drags and keys into actions,
 * and draws the board again after each one (the state is small and the rebuild cheap, so nothing
 * on screen can drift from the rules). Only the map persists (match-map.ts).
 *
 * After a check, a right link shows its fact card on press; a wrong one only says where to
 * reread, so the fact does not hand over the answer the next check would be paid for. Every fact
 * card is open once the challenge is over. Played blind (no answers), Check, Finish and
 * "I don't know" hand the links over as they are.
 */
export class MatchScene extends ChallengeScene<'match'> {
  private reduce!: MatchReducer;
  private state: MatchState = initialMatchState();
  private selection: MatchSelection | null = null;
  private notice: Notice | null = null;
  private openFact: string | null = null;
  /** The link just made, drawn with a short animation. */
  private freshLink: string | undefined;
  /** Where keyboard focus goes after the next rebuild, by key ("item:<id>", "check"…). */
  private nextFocus: string | null = null;
  private focusKeys = new Map<Focusable, string>();
  private layer!: Phaser.GameObjects.Container;
  private board: MatchBoard | null = null;
  private map!: MatchMap;
  private atlas: CountryAtlas | null = null;

  constructor() {
    super('match');
  }

  protected begin(): void {
    // Without the answers the rules link and unlink, and never check.
    this.reduce = matchReducer(this.open?.challenge ?? this.view);
    this.state = initialMatchState();
    this.selection = null;
    this.notice = null;
    this.openFact = null;
    this.freshLink = undefined;
    this.nextFocus = null;
    this.board = null;
    this.atlas = null;
    this.map = new MatchMap(this.view, this.levelMap, (iso3) => {
      if (!this.openFact) this.pickCountry(iso3);
    });
    this.layer = this.add.container(0, 0).setDepth(1);
    this.whenShutDown(() => {
      this.board?.destroy();
      this.board = null;
    });
    const needsMap =
      this.view.mode === 'pairs' ? this.view.items.some((item) => item.country) : this.view.onMap === true;
    if (needsMap)
      this.loadMapData()
        .then((atlas) => {
          if (!atlas) return;
          this.atlas = atlas;
          this.relayout();
        })
        .catch((error: unknown) => console.error('Qantar: the map could not be loaded', error));
    this.relayout();
  }

  protected override languageChanged(): void {
    this.map.refreshText();
    this.relayout();
  }

  private dispatch(action: MatchAction): boolean {
    const next = this.reduce(this.state, action);
    if (next === this.state) return false;
    this.state = next;
    return true;
  }

  /** A card was pressed (click, tap or Enter/Space): core/match-selection says what it means. */
  private press(side: BoardSide, id: string, byKeyboard: boolean): void {
    this.notice = null;
    const outcome = pressOutcome(this.view.mode, this.state, this.selection, side, id);
    switch (outcome.kind) {
      case 'ignored':
        return;
      case 'fact':
        this.openFact = outcome.itemId;
        this.nextFocus = 'fact';
        break;
      case 'link':
        this.link(outcome.action, byKeyboard, outcome.keepSelection);
        break;
      case 'deselect':
        this.selection = null;
        break;
      case 'select':
        this.selection = outcome.selection;
        this.services.audio.play('pickUp');
        if (byKeyboard)
          this.nextFocus =
            side === 'item'
              ? `target:${linkOf(this.state, id) ?? this.view.targets[0]?.id}`
              : this.focusAfter(null);
    }
    this.relayout();
  }

  private link(action: MatchAction, byKeyboard: boolean, keepSelection = false): void {
    if (action.type !== 'link' && action.type !== 'unlink') return;
    if (!this.dispatch(action)) {
      this.notice = { key: REFUSED_LINK_NOTICE };
      return;
    }
    answerChanged(this.sceneData, () => this.answerSoFar());
    this.services.audio.play('drop');
    this.freshLink = action.type === 'link' ? action.itemId : undefined;
    if (!keepSelection) this.selection = null;
    if (byKeyboard) this.nextFocus = this.focusAfter(action.itemId);
  }

  /** The next item still to link, or the Check button once all are linked. */
  private focusAfter(itemId: string | null): string {
    const next = nextUnlinkedItem(
      this.view.items.map((item) => item.id),
      this.state,
      itemId,
    );
    return next === null ? 'check' : `item:${next}`;
  }

  private pickCountry(iso3: string): void {
    const item = this.view.items.find((candidate) => candidate.country === iso3);
    if (item) {
      this.press('item', item.id, false);
      return;
    }
    const country = countryName(iso3, this.services.i18n.language) ?? iso3;
    this.notice = { key: 'match:status.notInChallenge', params: { country } };
    this.relayout();
  }

  /** Check, Finish or "I don't know"; played blind, each hands the links over when the rules allow it. */
  private verdict(type: 'check' | 'finish' | 'dontKnow'): void {
    if (!this.open) {
      const allowed =
        type === 'dontKnow' ||
        (type === 'check' ? canCheck(this.view, this.state) : canFinish(this.view, this.state));
      if (allowed) {
        if (type === 'dontKnow') this.dispatch({ type });
        this.next();
      }
      return;
    }
    if (!this.dispatch({ type })) return;
    this.selection = null;
    this.notice = null;
    const summary = checkSummary(
      this.view.items.map((item) => item.id),
      this.state,
    );
    this.services.audio.play(summary.right === summary.total ? 'right' : 'wrong');
    this.nextFocus =
      isOver(this.state) || summary.firstToFix === null ? 'continue' : `item:${summary.firstToFix}`;
    this.relayout();
  }

  private next(): void {
    finishChallenge(this, this.sceneData, this.answerSoFar());
  }

  /** The links as they stand; with the answers shown, also the checks made, Finish's own included. */
  answerSoFar(): MatchAnswer {
    return matchAnswerOf(this.open?.challenge ?? this.view, this.state);
  }

  protected override escape(): void {
    if (this.openFact) this.closeFact();
    else if (this.selection) {
      this.selection = null;
      this.relayout();
    } else this.leave();
  }

  private closeFact(): void {
    this.nextFocus = this.openFact ? `item:${this.openFact}` : null;
    this.openFact = null;
    this.relayout();
  }

  private drawContext(): MatchDrawContext {
    return {
      scene: this,
      services: this.services,
      layer: this.layer,
      view: this.view,
      open: this.open,
      state: this.state,
      selection: this.selection,
      unit: this.unit,
      t: (key, params) => this.t(key, params),
      addFocusable: (key, focusable) => {
        // Behind an open fact card only the card's own buttons take the keyboard.
        if (this.openFact && !key.startsWith('fact')) return;
        this.focus.add(focusable);
        this.focusKeys.set(focusable, key);
      },
    };
  }

  protected relayout(): void {
    const previous = this.focus.focused;
    const keep = this.nextFocus ?? (previous ? this.focusKeys.get(previous) : undefined) ?? null;
    this.nextFocus = null;
    this.board?.destroy();
    this.layer.removeAll(true);
    this.focus.clear();
    this.focusKeys = new Map();
    const { width, height } = this.scale;
    const context = this.drawContext();
    const selected = this.selection?.side === 'item' ? this.selection.id : null;
    const layout = layoutMatch({
      width,
      height,
      unit: this.unit,
      top: drawHeader(context, width, () => this.leave()),
      mode: this.view.mode,
      onMap: this.view.onMap === true,
      items: this.view.items.length,
      targets: this.view.targets.length,
      minTarget: touchFirst() ? MIN_TOUCH_TARGET : 0,
      selectedItem: selected === null ? null : this.view.items.findIndex((item) => item.id === selected),
    });
    this.map.place(context, this.atlas, layout.map);
    const board = new MatchBoard(this, this.layer, {
      drawsLinks: this.view.mode === 'pairs' && !layout.stacked,
      unit: this.unit,
      onPress: (side, id) => this.press(side, id, false),
      onLink: (itemId, targetId) => {
        this.notice = null;
        const undo = linkOf(this.state, itemId) === targetId;
        this.link(undo ? { type: 'unlink', itemId } : { type: 'link', itemId, targetId }, false);
        this.relayout();
      },
      canDrag: (side, id) => !isOver(this.state) && !(side === 'item' && isLocked(this.state, id)),
      onDragStart: () => this.services.audio.play('pickUp'),
    });
    this.board = board;
    const press = (side: BoardSide, id: string) => this.press(side, id, true);
    drawItems(context, layout, board, press);
    drawTargets(context, layout, board, press);
    drawStatus(
      context,
      layout.status,
      statusLines(context, this.notice, { shown: layout.map !== null, ready: this.map.ready }),
    );
    drawButtons(context, layout, {
      over: isOver(this.state),
      canCheck: canCheck(this.view, this.state),
      canFinish: canFinish(this.view, this.state),
      check: () => this.verdict('check'),
      finish: () => this.verdict('finish'),
      dontKnow: () => this.verdict('dontKnow'),
      next: () => this.next(),
    });
    this.map.update(context);
    board.setLinks(
      this.view.items.flatMap((item) => {
        const targetId = linkOf(this.state, item.id);
        const mark = markOf(this.state, item.id);
        return targetId === undefined ? [] : [{ itemId: item.id, targetId, ...(mark ? { mark } : {}) }];
      }),
      this.freshLink,
    );
    this.freshLink = undefined;
    if (this.openFact) drawFactCard(context, this.openFact, width, height, () => this.closeFact());
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

  /** Read-only facts for the browser tests, in page coordinates like the probe's targets. */
  protected probeInfo(): unknown {
    const focused = this.focus.focused ? (this.focusKeys.get(this.focus.focused) ?? null) : null;
    return matchProbeInfo(this, this.view, this.open, this.state, this.map, {
      selection: this.selection,
      openFact: this.openFact,
      focused,
    });
  }
}
