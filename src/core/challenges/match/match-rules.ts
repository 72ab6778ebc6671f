import type { MatchChallenge, MatchMode } from '../../level/level-types';
import type { ChallengeResult, ItemResult } from '../../run/level-run';

/**
 * The one engine behind both match kinds, as a reducer over the player's actions:
 * - "pairs": each target takes at most one item; linking a taken target moves it to the new item.
 *   Targets that are no item's answer are distractors, so the last pair is never won by elimination.
 * - "categories": targets are bins that take any number of items.
 *
 * Scoring rule: an item earns its points when its link is right at the last check; a wrong or
 * missing link earns nothing. The first check is free; each further check (including the one
 * Finish makes when links changed since the last check) takes EXTRA_CHECK_PENALTY off the
 * challenge, but never more than it earned. Finishing after a check is what makes the feedback
 * cost something: a wrong link is marked wrong, and the player pays a little to try again.
 */

/** What a right link is worth. */
export const MATCH_POINTS_PER_ITEM = 100;

/** What each check after the first costs: a tenth of one right link. */
export const EXTRA_CHECK_PENALTY = MATCH_POINTS_PER_ITEM / 10;

/** How an item's link stood at the last check; "unanswered" only when the player finished without linking it. */
export type ItemMark = 'right' | 'wrong' | 'unanswered';

/** "linking" while the player works; over once a check finds everything right ("solved") or the player finishes ("revealed"). */
export type MatchPhase = 'linking' | 'solved' | 'revealed';

/** Plain JSON, so a challenge in progress can be saved, resumed or replayed. */
export interface MatchState {
  /** Item id → target id. */
  readonly links: Readonly<Record<string, string>>;
  /** Item id → mark at the last check. A link that changes loses its mark until the next check. */
  readonly marks: Readonly<Record<string, ItemMark>>;
  readonly checks: number;
  readonly phase: MatchPhase;
  /** The player said "I don't know" for the items still unlinked (they score nothing, marked "unanswered"). */
  readonly dontKnow?: true;
}

export type MatchAction =
  | { readonly type: 'link'; readonly itemId: string; readonly targetId: string }
  | { readonly type: 'unlink'; readonly itemId: string }
  | { readonly type: 'check' }
  /** The player is done: the links are checked once more if they changed, and the answers are revealed. */
  | { readonly type: 'finish' }
  /**
   * "I don't know" for the items left: offered at any time, it finishes as Finish does, the items
   * still unlinked marked "unanswered" (worth nothing, counted as skipped). Without the answers it
   * only records the wish, and the caller hands the links over.
   */
  | { readonly type: 'dontKnow' };

export type MatchReducer = (state: MatchState, action: MatchAction) => MatchState;

/**
 * What the rules need of a challenge: its ids, and each item's answer when they are known. A
 * player view (match-answer.ts) has no answers: its links can be made and undone, never checked,
 * so a blind play cannot learn an answer from a mark.
 */
export interface MatchRules {
  readonly mode: MatchMode;
  readonly items: readonly { readonly id: string; readonly answer?: string }[];
  readonly targets: readonly { readonly id: string }[];
}

export function initialMatchState(): MatchState {
  return { links: {}, marks: {}, checks: 0, phase: 'linking' };
}

/**
 * The rules of one challenge as `(state, action) → state`. An action the rules refuse (an unknown
 * id, a link marked right, a check with nothing new to check) returns the very same state, so a
 * caller can tell by identity that nothing happened.
 */
export function matchReducer(challenge: MatchRules): MatchReducer {
  const checkable = challenge.items.every((item) => item.answer !== undefined);
  const itemIds = new Set(challenge.items.map((item) => item.id));
  const targetIds = new Set(challenge.targets.map((target) => target.id));

  return (state, action) => {
    if (isOver(state)) return state;
    switch (action.type) {
      case 'link': {
        const { itemId, targetId } = action;
        if (!itemIds.has(itemId) || !targetIds.has(targetId)) return state;
        if (isLocked(state, itemId) || linkOf(state, itemId) === targetId) return state;
        const holder = challenge.mode === 'pairs' ? holderOf(state, targetId) : undefined;
        if (holder !== undefined && isLocked(state, holder)) return state;
        const links = { ...withoutKey(state.links, holder), [itemId]: targetId };
        return { ...state, links, marks: withoutKey(withoutKey(state.marks, holder), itemId) };
      }
      case 'unlink': {
        const { itemId } = action;
        if (linkOf(state, itemId) === undefined || isLocked(state, itemId)) return state;
        return { ...state, links: withoutKey(state.links, itemId), marks: withoutKey(state.marks, itemId) };
      }
      case 'check':
        return checkable && canCheck(challenge, state) ? evaluate(challenge, state) : state;
      case 'finish':
        return checkable ? finished(challenge, state) : state;
      case 'dontKnow':
        return checkable ? { ...finished(challenge, state), dontKnow: true } : { ...state, dontKnow: true };
    }
  };
}

export function isOver(state: MatchState): boolean {
  return state.phase !== 'linking';
}

/** Check needs every item linked and something new since the last check. */
export function canCheck(challenge: MatchRules, state: MatchState): boolean {
  return (
    !isOver(state) &&
    challenge.items.every((item) => linkOf(state, item.id) !== undefined) &&
    needsCheck(challenge, state)
  );
}

/** Finishing is offered once every item is linked, or after a first check (the player may give up on the rest). */
export function canFinish(challenge: MatchRules, state: MatchState): boolean {
  return (
    !isOver(state) &&
    (state.checks > 0 || challenge.items.every((item) => linkOf(state, item.id) !== undefined))
  );
}

export function linkOf(state: MatchState, itemId: string): string | undefined {
  return Object.hasOwn(state.links, itemId) ? state.links[itemId] : undefined;
}

export function markOf(state: MatchState, itemId: string): ItemMark | undefined {
  return Object.hasOwn(state.marks, itemId) ? state.marks[itemId] : undefined;
}

/** A link found right stays put: the player only fixes what is wrong. */
export function isLocked(state: MatchState, itemId: string): boolean {
  return markOf(state, itemId) === 'right';
}

/** The items linked to a target, in the challenge's order (at most one in pairs mode). */
export function itemsLinkedTo(challenge: MatchRules, state: MatchState, targetId: string): string[] {
  return challenge.items.filter((item) => linkOf(state, item.id) === targetId).map((item) => item.id);
}

/**
 * The challenge's result. Items right at the last check earn MATCH_POINTS_PER_ITEM; the penalty
 * for extra checks is capped at what was earned, so the challenge never scores below zero.
 */
export function scoreMatch(challenge: MatchChallenge, state: MatchState): ChallengeResult {
  const items: ItemResult[] = challenge.items.map((item) => {
    const mark = markOf(state, item.id);
    const correct = mark === 'right';
    return {
      itemId: item.id,
      points: correct ? MATCH_POINTS_PER_ITEM : 0,
      maxPoints: MATCH_POINTS_PER_ITEM,
      correct,
      ...(mark === 'unanswered' ? { skipped: true } : {}),
    };
  });
  const earned = items.reduce((sum, item) => sum + item.points, 0);
  const penalty = Math.min(earned, EXTRA_CHECK_PENALTY * Math.max(0, state.checks - 1));
  return { challengeId: challenge.id, kind: 'match', items, penalty };
}

/** Nothing was checked yet, or some link changed since (a changed link has no mark). */
function needsCheck(challenge: MatchRules, state: MatchState): boolean {
  return state.checks === 0 || challenge.items.some((item) => markOf(state, item.id) === undefined);
}

function evaluate(challenge: MatchRules, state: MatchState): MatchState {
  const marks: Record<string, ItemMark> = {};
  for (const item of challenge.items) {
    const link = linkOf(state, item.id);
    marks[item.id] = link === undefined ? 'unanswered' : link === item.answer ? 'right' : 'wrong';
  }
  const checked: MatchState = { ...state, marks, checks: state.checks + 1 };
  return { ...checked, phase: allRight(challenge, checked) ? 'solved' : state.phase };
}

function finished(challenge: MatchRules, state: MatchState): MatchState {
  const checked = needsCheck(challenge, state) ? evaluate(challenge, state) : state;
  return { ...checked, phase: allRight(challenge, checked) ? 'solved' : 'revealed' };
}

function allRight(challenge: MatchRules, state: MatchState): boolean {
  return challenge.items.every((item) => markOf(state, item.id) === 'right');
}

function holderOf(state: MatchState, targetId: string): string | undefined {
  return Object.keys(state.links).find((itemId) => state.links[itemId] === targetId);
}

function withoutKey<T>(record: Readonly<Record<string, T>>, key: string | undefined): Record<string, T> {
  const copy = { ...record };
  if (key !== undefined) delete copy[key];
  return copy;
}
