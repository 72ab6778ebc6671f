import type { LonLatTuple, TextKey, TimelineChallenge } from '../../level/level-types';
import { hashString } from '../../random/seeded-random';
import type { ChallengeResult } from '../../run/level-run';
import { distinctIdsAmong, isRecord, ownField } from '../answer-input';
import type { ChallengeModule, ParsedAnswer } from '../challenge-module';
import { dealTimeline } from './shuffle';
import { TIMELINE_POINTS_PER_CARD, timelineResult } from './timeline-rules';

/**
 * What a player did in a timeline: the cards in the order they left them, every card once; or
 * "I don't know" (`dontKnow: true`, with an empty order), which scores every card as skipped.
 */
export interface TimelineAnswer {
  readonly kind: 'timeline';
  readonly order: readonly string[];
  readonly dontKnow?: true;
}

/** An event card as a player sees it before the reveal: what and where, never when. */
export interface TimelinePlayerItem {
  readonly id: string;
  readonly text: TextKey;
  readonly place: TextKey;
  readonly lonLat: LonLatTuple;
}

export interface TimelinePlayerView {
  readonly kind: 'timeline';
  readonly id: string;
  readonly prompt: TextKey;
  /** Dealt in a seeded order that is never the true one: authors tend to write events in order. */
  readonly items: readonly TimelinePlayerItem[];
}

export const timelineModule: ChallengeModule<
  'timeline',
  TimelineChallenge,
  TimelineAnswer,
  TimelinePlayerView
> = {
  kind: 'timeline',
  pointsPerItem: TIMELINE_POINTS_PER_CARD,
  playerView: (challenge) => {
    const byId = new Map(challenge.items.map((item) => [item.id, item]));
    const dealt = dealTimeline(challenge.items, hashString(challenge.id));
    return {
      kind: 'timeline',
      id: challenge.id,
      prompt: challenge.prompt,
      items: dealt.flatMap((id) => {
        const item = byId.get(id);
        return item ? [{ id: item.id, text: item.text, place: item.place, lonLat: item.lonLat }] : [];
      }),
    };
  },
  // A player who never moved a card leaves them as dealt.
  emptyAnswer: (view) => ({ kind: 'timeline', order: view.items.map((item) => item.id) }),
  parseAnswer: (view, raw): ParsedAnswer<TimelineAnswer> => {
    if (!isRecord(raw)) return { ok: false, problem: 'notAnObject' };
    if (ownField(raw, 'kind') !== 'timeline') return { ok: false, problem: 'wrongKind' };
    const dontKnow = ownField(raw, 'dontKnow');
    if (dontKnow === true) return { ok: true, answer: { kind: 'timeline', order: [], dontKnow: true } };
    if (dontKnow !== undefined) return { ok: false, problem: 'badValue' };
    const rawOrder = ownField(raw, 'order');
    if (Array.isArray(rawOrder) && rawOrder.length > view.items.length)
      return { ok: false, problem: 'tooLarge' };
    const order = distinctIdsAmong(rawOrder, new Set(view.items.map((item) => item.id)));
    if (!order || order.length !== view.items.length) return { ok: false, problem: 'badValue' };
    return { ok: true, answer: { kind: 'timeline', order } };
  },
  score: scoreTimelineAnswer,
  viewTextKeys: (view) => [view.prompt, ...view.items.flatMap((item) => [item.text, item.place])],
};

/**
 * Scores the order as the scene's check does. An order is an answer only when it lists every card
 * once (a parsed answer always does); "I don't know", or anything else, is a timeline never put in
 * order, every card skipped (0 points), rather than a subset ranked among itself, which would be easier than the real task.
 */
export function scoreTimelineAnswer(challenge: TimelineChallenge, answer: TimelineAnswer): ChallengeResult {
  const ids = new Set(challenge.items.map((item) => item.id));
  const complete =
    answer.dontKnow !== true &&
    answer.order.length === ids.size &&
    new Set(answer.order).size === ids.size &&
    answer.order.every((id) => ids.has(id));
  if (complete) return timelineResult(challenge, answer.order);
  return {
    challengeId: challenge.id,
    kind: 'timeline',
    items: challenge.items.map((item) => ({
      itemId: item.id,
      points: 0,
      maxPoints: TIMELINE_POINTS_PER_CARD,
      correct: false,
      skipped: true,
    })),
  };
}
