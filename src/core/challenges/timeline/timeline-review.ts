import { swappedPairs } from '../../feedback/timeline-feedback';
import type { TimelineChallenge, TimelineItem } from '../../level/level-types';
import { scoreTimelineAnswer } from './timeline-answer';
import { type TimelinePlayState, timelineAnswerOf } from './timeline-play';
import { compareEvents, scoreTimeline, type TimelineScore, trueOrder, trueRanks } from './timeline-rules';

/**
 * After the check of a timeline played with its answers: which event's fact card is open, and
 * whether the track shows the player's order or the true one. Plain JSON, like the play state.
 */
export interface TimelineReview {
  readonly explaining: string | null;
  readonly showTrueOrder: boolean;
}

export type TimelineReviewAction =
  | { readonly type: 'open'; readonly id: string }
  | { readonly type: 'close' }
  | { readonly type: 'toggleOrder' };

/** The check's score: the one scoring rule's points per card, with the pairs the summary names. */
export function checkedScore(challenge: TimelineChallenge, play: TimelinePlayState): TimelineScore {
  // Through scoreTimelineAnswer, so "I don't know" reads as every card skipped, as the results say.
  const result = scoreTimelineAnswer(challenge, timelineAnswerOf(play));
  const pairs = scoreTimeline(challenge.items, play.order);
  const points = result.items.reduce((sum, item) => sum + item.points, 0);
  return { ...pairs, items: result.items, points };
}

/** The review opens on the earliest event's fact; after "I don't know" on none (nothing was placed). */
export function startReview(items: readonly TimelineItem[], play: TimelinePlayState): TimelineReview {
  return { explaining: play.dontKnow ? null : (trueOrder(items)[0] ?? null), showTrueOrder: false };
}

/** The event Continue opens after `explaining`, or null when it was the last and the results come next. */
export function nextFactId(items: readonly TimelineItem[], explaining: string | null): string | null {
  const chronology = trueOrder(items);
  return chronology[chronology.indexOf(explaining ?? '') + 1] ?? null;
}

/** The review's rules; an unknown event is refused (the same state comes back). */
export function timelineReview(
  items: readonly TimelineItem[],
  review: TimelineReview,
  action: TimelineReviewAction,
): TimelineReview {
  switch (action.type) {
    case 'open':
      return items.some((item) => item.id === action.id) && review.explaining !== action.id
        ? { ...review, explaining: action.id }
        : review;
    case 'close':
      return review.explaining === null ? review : { ...review, explaining: null };
    case 'toggleOrder':
      return { ...review, showTrueOrder: !review.showTrueOrder };
  }
}

/** The cards as the track shows them: the true order when the review asks for it, else the player's. */
export function shownOrder(
  items: readonly TimelineItem[] | null,
  play: TimelinePlayState,
  review: TimelineReview | null,
): string[] {
  return items && review?.showTrueOrder ? trueOrder(items) : [...play.order];
}

/** What the side panel and the map describe: the card in hand, under the pointer, explained, or chosen. */
export function describedCard(looking: {
  readonly held: string | null;
  readonly hovered: string | null;
  readonly explaining: string | null;
  readonly chosen: string | null;
}): string | null {
  return looking.held ?? looking.hovered ?? looking.explaining ?? looking.chosen;
}

/** What one event's fact card tells beside the fact itself; the view translates it. */
export interface TimelineFactInfo {
  /** Its place in history from 1 (events on one date share it), among `count` events. */
  readonly rank: number;
  readonly count: number;
  /** The 1-based slot the player left it in; null after "I don't know". */
  readonly slot: number | null;
  /** Another event has the same date, so either order of the two was right. */
  readonly sameDate: boolean;
  /** The most telling swap it is part of: what it was put the wrong way round with. */
  readonly swap: { readonly earlier: string; readonly later: string } | null;
}

export function factInfo(
  challenge: TimelineChallenge,
  play: TimelinePlayState,
  id: string,
): TimelineFactInfo {
  const { items } = challenge;
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`Unknown timeline item "${id}"`);
  const swap = play.dontKnow
    ? undefined
    : swappedPairs(items, play.order).find((pair) => pair.earlier === id || pair.later === id);
  return {
    rank: trueRanks(items).get(id) ?? 0,
    count: items.length,
    slot: play.dontKnow ? null : play.order.indexOf(id) + 1,
    sameDate: items.some((other) => other.id !== id && compareEvents(other, item) === 0),
    swap: swap ? { earlier: swap.earlier, later: swap.later } : null,
  };
}
