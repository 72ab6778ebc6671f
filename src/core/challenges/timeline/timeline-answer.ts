import type { LonLatTuple, TextKey } from '../../level/level-types';
import { hashString } from '../../random/seeded-random';
import { distinctIdsAmong, isRecord } from '../answer-input';
import type { ChallengeModule, ParsedAnswer } from '../challenge-module';
import { dealTimeline } from './shuffle';
import { TIMELINE_POINTS_PER_CARD, timelineResult } from './timeline-rules';

/** What a player did in a timeline: the cards in the order they left them, every card once. */
export interface TimelineAnswer {
  readonly kind: 'timeline';
  readonly order: readonly string[];
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

export const timelineModule: ChallengeModule<'timeline'> = {
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
  parseAnswer: (view, raw): ParsedAnswer<'timeline'> => {
    if (!isRecord(raw)) return { ok: false, problem: 'notAnObject' };
    if (raw.kind !== 'timeline') return { ok: false, problem: 'wrongKind' };
    if (Array.isArray(raw.order) && raw.order.length > view.items.length)
      return { ok: false, problem: 'tooLarge' };
    const order = distinctIdsAmong(raw.order, new Set(view.items.map((item) => item.id)));
    if (!order || order.length !== view.items.length) return { ok: false, problem: 'badValue' };
    return { ok: true, answer: { kind: 'timeline', order } };
  },
  score: (challenge, answer) => timelineResult(challenge, answer.order),
  viewTextKeys: (view) => [view.prompt, ...view.items.flatMap((item) => [item.text, item.place])],
};
