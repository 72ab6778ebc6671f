import {
  EXTRA_CHECK_PENALTY,
  isLocked,
  isOver,
  linkOf,
  type MatchAction,
  type MatchState,
  markOf,
} from './match-rules';

/** The two sides of a match board: the cards the player moves, and the roles or bins they go to. */
export type BoardSide = 'item' | 'target';

export interface MatchSelection {
  readonly side: BoardSide;
  readonly id: string;
}

/**
 * What a press on a card means, given the rules' state and the card already chosen. The scene
 * turns it into a reducer action, a sound and a redraw; it decides nothing itself.
 * - `fact`: a card whose link is settled (right, or the challenge is over) opens its fact card;
 * - `link`: the press completes a pair with the chosen card of the other side (`action` links, or
 *   unlinks when the item already goes there, so a link is undone the way it was made);
 * - `select` / `deselect`: the press chooses a card, or chooses the chosen card again.
 */
export type PressOutcome =
  | { readonly kind: 'fact'; readonly itemId: string }
  | { readonly kind: 'ignored' }
  | {
      readonly kind: 'link';
      readonly itemId: string;
      readonly action: MatchAction;
      /** A bin chosen first stays chosen, so a whole category can be sorted in a row. */
      readonly keepSelection: boolean;
    }
  | { readonly kind: 'deselect' }
  | { readonly kind: 'select'; readonly selection: MatchSelection };

export function pressOutcome(
  mode: 'pairs' | 'categories',
  state: MatchState,
  selection: MatchSelection | null,
  side: BoardSide,
  id: string,
): PressOutcome {
  if (side === 'item' && (isOver(state) || isLocked(state, id))) return { kind: 'fact', itemId: id };
  if (isOver(state)) return { kind: 'ignored' };
  if (selection && selection.side !== side) {
    const [itemId, targetId] = side === 'item' ? [id, selection.id] : [selection.id, id];
    const action: MatchAction =
      linkOf(state, itemId) === targetId ? { type: 'unlink', itemId } : { type: 'link', itemId, targetId };
    return {
      kind: 'link',
      itemId,
      action,
      keepSelection: mode === 'categories' && selection.side === 'target',
    };
  }
  if (selection?.side === side && selection.id === id) return { kind: 'deselect' };
  return { kind: 'select', selection: { side, id } };
}

/** The one-off line shown after a press the rules refused: a link found right stays put. */
export const REFUSED_LINK_NOTICE = 'match:status.locked';

/** The next item still to link after `afterId`, in display order, or null once every item is linked. */
export function nextUnlinkedItem(
  order: readonly string[],
  state: MatchState,
  afterId: string | null,
): string | null {
  const start = afterId === null ? 0 : order.indexOf(afterId) + 1;
  for (let step = 0; step < order.length; step++) {
    const id = order[(start + step) % order.length];
    if (id !== undefined && linkOf(state, id) === undefined) return id;
  }
  return null;
}

/** What a check has revealed so far: how many items are right, how many are linked, and what a further check costs. */
export interface CheckSummary {
  readonly right: number;
  readonly linked: number;
  readonly total: number;
  readonly checkCost: number;
  /** The first item not marked right, in display order: where the player goes on fixing. */
  readonly firstToFix: string | null;
}

export function checkSummary(order: readonly string[], state: MatchState): CheckSummary {
  return {
    right: order.filter((id) => markOf(state, id) === 'right').length,
    linked: order.filter((id) => linkOf(state, id) !== undefined).length,
    total: order.length,
    checkCost: EXTRA_CHECK_PENALTY,
    firstToFix: order.find((id) => markOf(state, id) !== 'right') ?? null,
  };
}
