import { parseEventDate } from '../../core/challenges/timeline/event-date';
import { type SheetAnswer, type SheetFact, teacherSheet } from '../../core/classroom/teacher-sheet';
import type { Level } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';
import { h } from '../dom/element';
import { formatEventDate } from '../format-event-date';
import { formatSources } from '../ui/fact-card';

/**
 * A level as a sheet for the class discussion: its articles, every fact with its right answer and
 * its sources, then the points where an article gives an opinion, disagrees or is wrong.
 * Each sheet starts a new page when printed.
 */
export function teacherSheetView(i18n: Translator, level: Level, index: number): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const content = (key: string) => t(`content:${key}`);
  const sheet = teacherSheet(level);
  const id = `qc-sheet-${index}`;
  const header = (text: string) => h('th', { attrs: { scope: 'col' } }, text);
  return h(
    'section',
    { className: 'qc-sheet', attrs: { 'aria-labelledby': id } },
    h('h2', { attrs: { id } }, t('classroom:sheet.title', { level: content(sheet.title) })),
    h(
      'p',
      {},
      `${t('classroom:sheet.articles')} `,
      sheet.articles
        .map((article) =>
          t('classroom:sheet.article', {
            id: article.id,
            title: content(article.title),
            count: article.paragraphs,
          }),
        )
        .join(' · '),
    ),
    h(
      'table',
      { className: 'qo-table' },
      h('caption', {}, t('classroom:sheet.facts')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          header(t('classroom:table.item')),
          header(t('classroom:sheet.answer')),
          header(t('classroom:sheet.fact')),
          header(t('classroom:sheet.source')),
        ),
      ),
      h(
        'tbody',
        {},
        ...sheet.facts.map((fact) =>
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, content(fact.label)),
            h('td', {}, answerText(i18n, fact.answer)),
            h('td', {}, content(fact.fact)),
            h('td', {}, formatSources(i18n, fact.sources)),
          ),
        ),
      ),
    ),
    h('h3', {}, t('classroom:sheet.discussion')),
    sheet.discussion.length === 0
      ? h('p', {}, t('classroom:sheet.noDiscussion'))
      : h('dl', {}, ...sheet.discussion.flatMap((fact) => discussionEntry(i18n, fact))),
  );
}

function discussionEntry(i18n: Translator, fact: SheetFact): HTMLElement[] {
  return [
    h('dt', {}, i18n.t(`content:${fact.label}`)),
    h('dd', {}, fact.note ? i18n.t(`content:${fact.note}`) : '', ` (${formatSources(i18n, fact.sources)})`),
  ];
}

function answerText(i18n: Translator, answer: SheetAnswer): string {
  switch (answer.kind) {
    case 'date': {
      const date = parseEventDate(answer.date);
      return date ? formatEventDate(date, i18n.language, 'long') : answer.date;
    }
    case 'target':
      return i18n.t(`content:${answer.text}`);
    case 'none':
      return '—';
  }
}
