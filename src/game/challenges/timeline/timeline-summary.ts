import type { TimelineScore } from '../../../core/challenges/timeline/timeline-rules';
import { timelineFeedback } from '../../../core/feedback/timeline-feedback';
import type { TimelineChallenge } from '../../../core/level/level-types';
import type { I18nService } from '../../../services/i18n-service';
import { feedbackText } from '../../feedback-text';

/** The lines above the buttons after the check: the score, and the swapped events named under it. */
export interface CheckSummary {
  readonly summary: string;
  /** One "→ …" line per swap, as shown ('' before the check or after "I don't know"; tests read it). */
  readonly swaps: string;
}

export function checkSummary(
  i18n: I18nService,
  challenge: TimelineChallenge | null,
  order: readonly string[],
  dontKnow: boolean,
  score: TimelineScore | null,
): CheckSummary {
  if (!score) return { summary: '', swaps: '' };
  const messages = challenge && !dontKnow ? timelineFeedback(challenge.items, order, 1) : [];
  const swaps = messages.map((message) => `→ ${feedbackText(i18n, message)}`).join('\n');
  const number = new Intl.NumberFormat(i18n.language);
  const summary = dontKnow
    ? i18n.t('timeline:dontKnowSummary', { max: number.format(score.maxPoints) })
    : i18n.t('timeline:summary', {
        points: number.format(score.points),
        max: number.format(score.maxPoints),
        right: number.format(score.rightPairs),
        pairs: number.format(score.comparablePairs),
      });
  return { summary, swaps };
}
