import type { TimelineScore, TimelineVerdict } from '../../../core/challenges/timeline/timeline-rules';
import { eventDateOf, timelineVerdict, trueRanks } from '../../../core/challenges/timeline/timeline-rules';
import type { TimelineChallenge } from '../../../core/level/level-types';
import { formatEventDate } from '../../format-event-date';
import type { CardReveal } from './event-card';

const VERDICT_ICON: Record<TimelineVerdict, string> = { right: '✓', partial: '◐', wrong: '✗', skipped: '–' };

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** "✓ Right", "◐ Partly right", "✗ Wrong", "– I don't know": an icon and a word, never colour alone. */
export function verdictText(t: Translate, verdict: TimelineVerdict): string {
  const word = verdict === 'skipped' ? t('timeline:dontKnow') : t(`ui:fact.verdict.${verdict}`);
  return `${VERDICT_ICON[verdict]} ${word}`;
}

/** The card's one verdict (core timelineVerdict), as every screen shows it. */
export function verdictOf(score: TimelineScore | null, id: string): TimelineVerdict {
  const result = score?.items.find((candidate) => candidate.itemId === id);
  return result ? timelineVerdict(result) : 'wrong';
}

/** What each card's band shows after the check: its verdict, its short date and its rank in history. */
export function cardReveals(
  challenge: TimelineChallenge,
  score: TimelineScore,
  showTrueOrder: boolean,
  t: Translate,
  language: string,
): Map<string, CardReveal> {
  const ranks = trueRanks(challenge.items);
  const reveals = new Map<string, CardReveal>();
  for (const result of score.items) {
    const item = challenge.items.find((candidate) => candidate.id === result.itemId);
    if (!item) throw new Error(`No answer for timeline item "${result.itemId}" here`);
    // Shown in the true order every card stands where it belongs: the player's verdicts would be stale.
    const verdict = showTrueOrder ? null : timelineVerdict(result);
    reveals.set(result.itemId, {
      verdict,
      label: verdict ? verdictText(t, verdict) : '',
      date: formatEventDate(eventDateOf(item), language, 'short'),
      rank: t('timeline:rank', { rank: ranks.get(item.id) ?? 0 }),
    });
  }
  return reveals;
}
