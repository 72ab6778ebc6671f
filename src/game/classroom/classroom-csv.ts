import type { ClassConfusion } from '../../core/classroom/class-confusions';
import type { ItemStat, ParticipantScore } from '../../core/classroom/class-results';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import { csvText } from '../../core/leaderboard/csv-text';
import type { Level } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';
import { countryName } from '../../services/country-names';
import { dateStamp } from '../dom/download-file';
import { feedbackText } from '../feedback-text';
import { itemLabel } from './item-label';

/**
 * The results as a spreadsheet (UTF-8 with a byte order mark, so accents survive): the class table
 * with every participant's total, then the item analysis, hardest first, then the most common
 * confusions, challenge by challenge (one row each, with its counts and the sentence the page shows). Numbers stay plain
 * (accuracy and shares in per cent) so a spreadsheet can sort and sum them. Ranks are always
 * given: the file is the teacher's, not the projector's.
 */
export function classroomCsv(
  i18n: Translator,
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
  scores: readonly ParticipantScore[],
  analysis: readonly ItemStat[],
  confusions: readonly ClassConfusion[],
): string {
  const t = (key: string) => i18n.t(key);
  const title = (id: string) => {
    const level = levels.get(id);
    return level ? i18n.t(`content:${level.title}`) : id;
  };
  const rows: (string | number)[][] = [
    [t('classroom:csv.class'), session.name],
    [t('classroom:csv.date'), dateStamp(session.createdAt)],
    [],
    [
      t('classroom:table.rank'),
      t(session.teams ? 'classroom:table.team' : 'classroom:table.participant'),
      t('classroom:csv.members'),
      ...session.playlist.map(title),
      t('classroom:table.total'),
      t('classroom:csv.maximum'),
      t('classroom:csv.accuracy'),
    ],
    ...scores.map((score) => [
      score.rank,
      score.participant.name,
      score.participant.members.join(', '),
      ...score.levels.map((level) => (level ? level.total : '')),
      score.total,
      score.maxTotal,
      Math.round(score.accuracy * 100),
    ]),
    [],
    [t('classroom:results.analysis')],
    [
      t('classroom:table.level'),
      t('classroom:csv.challenge'),
      t('classroom:table.item'),
      t('classroom:csv.right'),
      t('classroom:csv.answered'),
      t('classroom:csv.share'),
    ],
    ...analysis.map((stat) => {
      const label = itemLabel(i18n, session, levels, stat.step, stat.itemId);
      return [
        label.level,
        label.challenge,
        label.item,
        stat.right,
        stat.answered,
        Math.round(stat.share * 100),
      ];
    }),
    [],
    [t('classroom:results.confusions')],
    [
      t('classroom:table.level'),
      t('classroom:csv.challenge'),
      t('classroom:table.item'),
      t('classroom:csv.confusedWith'),
      t('classroom:csv.count'),
      t('classroom:csv.answered'),
      t('classroom:csv.confusion'),
    ],
    ...confusions.map((confusion) => {
      const label = itemLabel(i18n, session, levels, confusion.step, confusion.itemId);
      return [
        label.level,
        label.challenge,
        label.item,
        confusedWith(i18n, session, levels, confusion),
        confusion.count,
        confusion.answered,
        feedbackText(i18n, confusion.message),
      ];
    }),
  ];
  return csvText(rows);
}

/** What the item was confused with, in words: the other place, the country, the target or the earlier event. */
function confusedWith(
  i18n: Translator,
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
  confusion: ClassConfusion,
): string {
  const { message } = confusion;
  const key = message.texts.other ?? message.texts.target ?? message.texts.earlier;
  if (key) return i18n.t(key);
  const country = message.countries.country;
  if (country) return countryName(country, i18n.language) ?? country;
  return itemLabel(i18n, session, levels, confusion.step, confusion.with).item;
}
