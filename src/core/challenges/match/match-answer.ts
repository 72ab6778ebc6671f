import type { ActorKind, MatchChallenge, MatchMode, TextKey } from '../../level/level-types';
import type { ChallengeResult } from '../../run/level-run';
import { isRecord, ownField } from '../answer-input';
import type { ChallengeModule, ParsedAnswer } from '../challenge-module';
import { matchOrder } from './match-order';
import {
  initialMatchState,
  linkOf,
  MATCH_POINTS_PER_ITEM,
  type MatchRules,
  type MatchState,
  matchReducer,
  scoreMatch,
} from './match-rules';

export interface MatchLink {
  readonly itemId: string;
  readonly targetId: string;
}

/**
 * What a player did in a match: the links as they left them. Items not listed were left unlinked.
 * `checks` counts the checks made, Finish's own included, when the player could check and see the
 * marks before finishing (a level played alone, a relay turn); each check after the first costs
 * EXTRA_CHECK_PENALTY. Absent, the links were checked once: a blind play (a Live pupil, an
 * "everyone answers" turn) never sees a mark before the reveal.
 */
export interface MatchAnswer {
  readonly kind: 'match';
  readonly links: readonly MatchLink[];
  readonly checks?: number;
  /** The player said "I don't know" for the items left unlinked: only `true`, or absent. */
  readonly dontKnow?: true;
}

/** More checks than this cannot be made by hand; a larger count is refused as no possible answer. */
export const MAX_MATCH_CHECKS = 1000;

/** An item card as a player sees it before the reveal: never its answer. */
export interface MatchPlayerItem {
  readonly id: string;
  readonly text: TextKey;
  readonly actor?: ActorKind;
  readonly initials?: string;
  readonly country?: string;
}

export interface MatchPlayerView {
  readonly kind: 'match';
  readonly id: string;
  readonly prompt: TextKey;
  readonly mode: MatchMode;
  readonly onMap?: boolean;
  /** In the order they are laid out (match-order.ts), which never follows the author's pairs. */
  readonly targets: readonly { readonly id: string; readonly text: TextKey }[];
  readonly items: readonly MatchPlayerItem[];
}

export const matchModule: ChallengeModule<'match', MatchChallenge, MatchAnswer, MatchPlayerView> = {
  kind: 'match',
  pointsPerItem: MATCH_POINTS_PER_ITEM,
  playerView: (challenge) => {
    const order = matchOrder(challenge);
    const items = new Map(challenge.items.map((item) => [item.id, item]));
    const targets = new Map(challenge.targets.map((target) => [target.id, target]));
    return {
      kind: 'match',
      id: challenge.id,
      prompt: challenge.prompt,
      mode: challenge.mode,
      ...(challenge.onMap === undefined ? {} : { onMap: challenge.onMap }),
      targets: order.targets.flatMap((id) => {
        const target = targets.get(id);
        return target ? [{ id: target.id, text: target.text }] : [];
      }),
      items: order.items.flatMap((id) => {
        const item = items.get(id);
        if (!item) return [];
        return [
          {
            id: item.id,
            text: item.text,
            ...(item.actor === undefined ? {} : { actor: item.actor }),
            ...(item.initials === undefined ? {} : { initials: item.initials }),
            ...(item.country === undefined ? {} : { country: item.country }),
          },
        ];
      }),
    };
  },
  emptyAnswer: () => ({ kind: 'match', links: [] }),
  parseAnswer: parseMatchAnswer,
  score: scoreMatchAnswer,
  viewTextKeys: (view) => [
    view.prompt,
    ...view.targets.map((target) => target.text),
    ...view.items.map((item) => item.text),
  ],
};

/**
 * The raw answer a match state stands for: its links in the cards' order and, when the rules know
 * the answers (the player could check), the checks made counting the one Finish would make now.
 * Played from a view, no check was possible, and the answer says none.
 */
export function matchAnswerOf(rules: MatchRules, state: MatchState): MatchAnswer {
  const links = rules.items.flatMap((item) => {
    const targetId = linkOf(state, item.id);
    return targetId === undefined ? [] : [{ itemId: item.id, targetId }];
  });
  const checkable = rules.items.every((item) => item.answer !== undefined);
  const dontKnow = state.dontKnow === true ? { dontKnow: true as const } : {};
  if (!checkable) return { kind: 'match', links, ...dontKnow };
  return { kind: 'match', links, checks: matchReducer(rules)(state, { type: 'finish' }).checks, ...dontKnow };
}

/**
 * Scores the links as Finish does: one check of the final links, and the penalty for the checks
 * beyond the first (none when `checks` is absent). Each result names the target the item was
 * linked to.
 */
export function scoreMatchAnswer(challenge: MatchChallenge, answer: MatchAnswer): ChallengeResult {
  const reduce = matchReducer(challenge);
  let state = initialMatchState();
  for (const link of answer.links) state = reduce(state, { type: 'link', ...link });
  const finished = reduce(state, { type: answer.dontKnow === true ? 'dontKnow' : 'finish' });
  const result = scoreMatch(challenge, { ...finished, checks: answer.checks ?? finished.checks });
  return {
    ...result,
    items: result.items.map((item) => {
      const target = linkOf(finished, item.itemId);
      return target === undefined ? item : { ...item, answer: target };
    }),
  };
}

function parseMatchAnswer(view: MatchPlayerView, raw: unknown): ParsedAnswer<MatchAnswer> {
  if (!isRecord(raw)) return { ok: false, problem: 'notAnObject' };
  if (ownField(raw, 'kind') !== 'match') return { ok: false, problem: 'wrongKind' };
  const rawLinks = ownField(raw, 'links');
  if (!Array.isArray(rawLinks)) return { ok: false, problem: 'badValue' };
  if (rawLinks.length > view.items.length) return { ok: false, problem: 'tooLarge' };
  const checks = ownField(raw, 'checks');
  if (
    checks !== undefined &&
    !(Number.isInteger(checks) && (checks as number) >= 1 && (checks as number) <= MAX_MATCH_CHECKS)
  )
    return { ok: false, problem: 'badValue' };
  const dontKnow = ownField(raw, 'dontKnow');
  if (dontKnow !== undefined && dontKnow !== true) return { ok: false, problem: 'badValue' };
  const itemIds = new Set(view.items.map((item) => item.id));
  const targetIds = new Set(view.targets.map((target) => target.id));
  const linked = new Set<string>();
  const taken = new Set<string>();
  const links: MatchLink[] = [];
  for (const link of rawLinks) {
    if (!isRecord(link)) return { ok: false, problem: 'badValue' };
    const itemId = ownField(link, 'itemId');
    const targetId = ownField(link, 'targetId');
    if (typeof itemId !== 'string' || typeof targetId !== 'string') return { ok: false, problem: 'badValue' };
    if (!itemIds.has(itemId)) return { ok: false, problem: 'unknownItem' };
    if (!targetIds.has(targetId)) return { ok: false, problem: 'unknownTarget' };
    // An item links to one target; in pairs mode a target takes one item.
    if (linked.has(itemId) || (view.mode === 'pairs' && taken.has(targetId)))
      return { ok: false, problem: 'badValue' };
    linked.add(itemId);
    taken.add(targetId);
    links.push({ itemId, targetId });
  }
  const answer: MatchAnswer = {
    kind: 'match',
    links,
    ...(checks === undefined ? {} : { checks: checks as number }),
    ...(dontKnow === true ? { dontKnow: true as const } : {}),
  };
  return { ok: true, answer };
}
