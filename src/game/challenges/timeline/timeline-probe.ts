import type { TimelinePlayState } from '../../../core/challenges/timeline/timeline-play';
import type { TimelineReview } from '../../../core/challenges/timeline/timeline-review';
import { type TimelineScore, timelineVerdict } from '../../../core/challenges/timeline/timeline-rules';
import type { CardReveal } from './event-card';

/** What the scene shows besides the rules' state, for the probe. */
export interface TimelineShown {
  readonly displayed: readonly string[];
  readonly chosen: string | null;
  readonly reveals: ReadonlyMap<string, CardReveal> | null;
  readonly animating: boolean;
  readonly textPx: number | null;
  readonly swaps: string;
  readonly factFeedback: string;
}

/**
 * What the read-only test probe reports under "timeline" (tests/e2e/timeline.spec.ts and the
 * classroom, Live and robustness specs read it): the order, the card in hand, and after the check
 * the verdicts, the score and the texts shown.
 */
export function timelineProbeInfo(
  play: TimelinePlayState,
  score: TimelineScore | null,
  review: TimelineReview | null,
  shown: TimelineShown,
): unknown {
  return {
    order: [...play.order],
    displayed: [...shown.displayed],
    checked: score !== null,
    held: play.held?.id ?? null,
    chosen: shown.chosen,
    explaining: review?.explaining ?? null,
    marks: score
      ? Object.fromEntries(score.items.map((result) => [result.itemId, timelineVerdict(result)]))
      : null,
    showingTrueOrder: review?.showTrueOrder ?? false,
    /** The verdicts the cards show now: none while the true order is shown. */
    badges: Object.fromEntries([...(shown.reveals ?? [])].map(([id, reveal]) => [id, reveal.verdict])),
    points: score?.points ?? null,
    maxPoints: score?.maxPoints ?? null,
    animating: shown.animating,
    textPx: shown.textPx,
    swaps: shown.swaps,
    factFeedback: shown.factFeedback,
  };
}
