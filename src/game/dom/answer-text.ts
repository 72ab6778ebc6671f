import { eventDateOf } from '../../core/challenges/timeline/timeline-rules';
import type { Challenge } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';
import type { ItemResult } from '../../core/run/level-run';
import { formatEventDate } from '../format-event-date';
import type { Formats } from './formats';

export interface AnswerTexts {
  /** The item as its card names it. */
  readonly item: string;
  readonly given: string;
  readonly expected: string;
}

/** One row of the results table in words: the item, what the player answered, and the right answer. */
export function answerTexts(
  i18n: Translator,
  format: Formats,
  challenge: Challenge,
  result: ItemResult,
): AnswerTexts {
  const content = (key: string) => i18n.t(`content:${key}`);
  const unknown = { item: result.itemId, given: '', expected: '' };
  switch (challenge.kind) {
    case 'place': {
      const item = challenge.items.find((candidate) => candidate.id === result.itemId);
      if (!item) return unknown;
      return {
        item: content(item.name),
        given: result.skipped
          ? i18n.t('ui:results.skipped')
          : result.distanceKm !== undefined
            ? i18n.t('ui:results.distance', { km: format.number(result.distanceKm) })
            : verdictWord(i18n, result),
        expected: i18n.t('ui:results.within', { km: format.number(item.toleranceKm) }),
      };
    }
    case 'timeline': {
      const item = challenge.items.find((candidate) => candidate.id === result.itemId);
      if (!item) return unknown;
      return {
        item: content(item.text),
        given:
          result.answer !== undefined
            ? i18n.t('ui:results.position', { position: result.answer })
            : verdictWord(i18n, result),
        expected: formatEventDate(eventDateOf(item), i18n.language, 'long'),
      };
    }
    case 'match': {
      const item = challenge.items.find((candidate) => candidate.id === result.itemId);
      if (!item) return unknown;
      const target = (id: string) => challenge.targets.find((candidate) => candidate.id === id);
      const linked = result.answer === undefined ? undefined : target(result.answer);
      const right = target(item.answer);
      return {
        item: content(item.text),
        given: result.skipped
          ? i18n.t('ui:results.notLinked')
          : linked
            ? content(linked.text)
            : verdictWord(i18n, result),
        expected: right ? content(right.text) : item.answer,
      };
    }
  }
}

/** Right, partly right or wrong: an icon and a word, never a colour alone. */
export function verdictOf(result: ItemResult): 'right' | 'partial' | 'wrong' {
  return result.correct ? 'right' : result.points > 0 ? 'partial' : 'wrong';
}

export const VERDICT_ICON = { right: '✓', partial: '◐', wrong: '✗' } as const;

function verdictWord(i18n: Translator, result: ItemResult): string {
  return i18n.t(`ui:fact.verdict.${verdictOf(result)}`);
}
