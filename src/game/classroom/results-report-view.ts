import type { ClassConfusion } from '../../core/classroom/class-confusions';
import type { ItemStat, ParticipantScore } from '../../core/classroom/class-results';
import { podium } from '../../core/classroom/class-results';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import { type ItemMark, pupilItemTable } from '../../core/classroom/pupil-items';
import type { Level } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';
import { h } from '../dom/element';
import type { Formats } from '../dom/formats';
import { feedbackText } from '../feedback-text';
import { itemLabel } from './item-label';

export interface ReportContent {
  readonly i18n: Translator;
  readonly format: Formats;
  readonly session: ClassroomSession;
  readonly levels: ReadonlyMap<string, Level>;
  readonly scores: readonly ParticipantScore[];
  readonly analysis: readonly ItemStat[];
  /** The most common confusions, challenge by challenge (see session-confusions.ts). */
  readonly confusions: readonly ClassConfusion[];
}

/**
 * After the lesson: the podium, the class table (participants × levels, totals, rank), the item
 * analysis, hardest first, and what the class confused most, challenge by challenge. The session's ranking setting holds here too: with "top 3" only the
 * first three are ranked (the others follow in alphabetical order), with "no ranking" nobody is.
 */
export function resultsReport(content: ReportContent): HTMLElement[] {
  const { session } = content;
  const ranking = session.settings.ranking;
  return [
    ranking === 'none' ? null : podiumView(content),
    classTable(content),
    analysisTable(content),
    pupilItemsView(content),
    confusionList(content),
  ].filter((section): section is HTMLElement => section !== null);
}

function podiumView({ i18n, format, scores }: ReportContent): HTMLElement | null {
  const winners = podium(scores);
  if (winners.length === 0) return null;
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'qc-podium-title' } },
    h('h2', { attrs: { id: 'qc-podium-title' } }, i18n.t('classroom:results.podium')),
    h(
      'ol',
      { className: 'qc-podium' },
      ...winners.map((score) =>
        h(
          'li',
          { attrs: { 'data-rank': String(score.rank) } },
          h('span', { className: 'qc-medal' }, i18n.t('classroom:results.place', { rank: score.rank })),
          h('strong', {}, score.participant.name),
          h('br'),
          i18n.t('classroom:results.points', { points: format.number(score.total) }),
        ),
      ),
    ),
  );
}

function classTable({ i18n, format, session, levels, scores }: ReportContent): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const ranking = session.settings.ranking;
  const byName = (a: ParticipantScore, b: ParticipantScore) =>
    a.participant.name.localeCompare(b.participant.name, i18n.language);
  const rows =
    ranking === 'full'
      ? scores
      : ranking === 'top3'
        ? [...podium(scores), ...scores.filter((score) => !podium(scores).includes(score)).sort(byName)]
        : [...scores].sort(byName);
  const showRank = (score: ParticipantScore) =>
    score.itemCount > 0 && (ranking === 'full' || (ranking === 'top3' && score.rank <= 3));
  const header = (text: string, numeric = false) =>
    h('th', { className: numeric ? 'qo-number' : '', attrs: { scope: 'col' } }, text);
  const levelTitle = (id: string) => {
    const level = levels.get(id);
    return level ? t(`content:${level.title}`) : id;
  };
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'qc-class-table-title' } },
    h('h2', { attrs: { id: 'qc-class-table-title' } }, t('classroom:results.classTable')),
    h(
      'table',
      { className: 'qo-table', attrs: { 'data-testid': 'class-table' } },
      h('caption', { className: 'qo-visually-hidden' }, t('classroom:results.classTable')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ranking === 'none' ? null : header(t('classroom:table.rank'), true),
          header(t(session.teams ? 'classroom:table.team' : 'classroom:table.participant')),
          ...session.playlist.map((id) => header(levelTitle(id), true)),
          header(t('classroom:table.total'), true),
          header(t('classroom:table.accuracy'), true),
        ),
      ),
      h(
        'tbody',
        {},
        ...rows.map((score) =>
          h(
            'tr',
            {},
            ranking === 'none'
              ? null
              : h('td', { className: 'qo-number' }, showRank(score) ? format.number(score.rank) : '—'),
            h(
              'th',
              { attrs: { scope: 'row' } },
              score.participant.name,
              score.participant.members.length > 0
                ? h('span', { className: 'qo-muted' }, ` (${score.participant.members.join(', ')})`)
                : null,
            ),
            ...score.levels.map((level) =>
              h('td', { className: 'qo-number' }, level ? format.number(level.total) : '—'),
            ),
            h('td', { className: 'qo-number' }, h('strong', {}, format.number(score.total))),
            h('td', { className: 'qo-number' }, score.itemCount > 0 ? format.percent(score.accuracy) : '—'),
          ),
        ),
      ),
    ),
  );
}

function analysisTable({ i18n, format, session, levels, analysis }: ReportContent): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const header = (text: string, numeric = false) =>
    h('th', { className: numeric ? 'qo-number' : '', attrs: { scope: 'col' } }, text);
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'qc-analysis-title' } },
    h('h2', { attrs: { id: 'qc-analysis-title' } }, t('classroom:results.analysis')),
    h('p', { className: 'qo-muted' }, t('classroom:results.analysisHint')),
    h(
      'table',
      { className: 'qo-table', attrs: { 'data-testid': 'item-analysis' } },
      h('caption', { className: 'qo-visually-hidden' }, t('classroom:results.analysis')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          header(t('classroom:table.item')),
          header(t('classroom:table.level')),
          header(t('classroom:table.right'), true),
          header(t('classroom:table.dontKnow'), true),
          header(t('classroom:table.timedOut'), true),
          header(t('classroom:table.share'), true),
        ),
      ),
      h(
        'tbody',
        {},
        ...analysis.map((stat) => {
          const label = itemLabel(i18n, session, levels, stat.step, stat.itemId);
          const share = stat.answered > stat.timedOut ? format.percent(stat.share) : '—';
          return h(
            'tr',
            {},
            h('th', { attrs: { scope: 'row' } }, label.item),
            h('td', {}, label.level),
            h(
              'td',
              { className: 'qo-number' },
              t('classroom:results.rightOf', { right: stat.right, answered: stat.answered }),
            ),
            h('td', { className: 'qo-number' }, format.number(stat.dontKnow)),
            h(
              'td',
              { className: 'qo-number', attrs: { 'data-column': 'timed-out' } },
              format.number(stat.timedOut),
            ),
            h('td', { className: 'qo-number' }, shareBar(stat.share), share),
          );
        }),
      ),
    ),
  );
}

/** "9 of 24 put Almaty where Astana is", under each challenge's name: what to discuss first. */
function confusionList({ i18n, session, levels, confusions }: ReportContent): HTMLElement {
  const t = (key: string) => i18n.t(key);
  const steps = [...new Set(confusions.map((confusion) => confusion.step))];
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'qc-confusions-title', 'data-testid': 'confusions' } },
    h('h2', { attrs: { id: 'qc-confusions-title' } }, t('classroom:results.confusions')),
    h('p', { className: 'qo-muted' }, t('classroom:results.confusionsHint')),
    steps.length === 0 ? h('p', {}, t('classroom:results.noConfusions')) : null,
    ...steps.flatMap((step) => {
      const first = confusions.find((confusion) => confusion.step === step);
      const label = itemLabel(i18n, session, levels, step, first?.itemId ?? '');
      return [
        h('h3', {}, `${label.level} — ${label.challenge}`),
        h(
          'ul',
          { className: 'qc-confusions' },
          ...confusions
            .filter((confusion) => confusion.step === step)
            .map((confusion) => h('li', {}, feedbackText(i18n, confusion.message))),
        ),
      ];
    }),
  );
}

/** The bar behind a share, sized through the CSSOM: a style attribute breaks the page's content security policy. */
function shareBar(share: number): HTMLElement {
  const bar = h('span', { className: 'qc-share', attrs: { 'aria-hidden': 'true' } });
  bar.style.setProperty('--share', `${Math.round(share * 100)}%`);
  return bar;
}

const MARK_SYMBOL: Record<ItemMark, string> = {
  right: '✓',
  partly: '◐',
  wrong: '✗',
  dontKnow: '?',
  timedOut: '⏱',
  skipped: '⤼',
  notPlayed: '',
};

/** Participants × facts: a symbol per cell, its word for screen readers and on hover. */
function pupilItemsView({ i18n, session, levels }: ReportContent): HTMLElement {
  const t = (key: string) => i18n.t(key);
  const table = pupilItemTable(session, levels);
  const labels = table.columns.map((column) => itemLabel(i18n, session, levels, column.step, column.itemId));
  return h(
    'section',
    { attrs: { 'aria-labelledby': 'qc-pupil-items-title' } },
    h('h2', { attrs: { id: 'qc-pupil-items-title' } }, t('classroom:results.pupilItems')),
    h('p', { className: 'qo-muted' }, t('classroom:results.pupilItemsHint')),
    h(
      'div',
      { className: 'qc-scroll' },
      h(
        'table',
        { className: 'qo-table qc-pupil-items', attrs: { 'data-testid': 'pupil-items' } },
        h('caption', { className: 'qo-visually-hidden' }, t('classroom:results.pupilItems')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h(
              'th',
              { attrs: { scope: 'col' } },
              t(session.teams ? 'classroom:table.team' : 'classroom:table.participant'),
            ),
            ...labels.map((label) =>
              h('th', { attrs: { scope: 'col', title: `${label.level} — ${label.challenge}` } }, label.item),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...table.rows.map((row) =>
            h(
              'tr',
              {},
              h('th', { attrs: { scope: 'row' } }, row.participant.name),
              ...row.marks.map((mark) => {
                const word = mark === 'notPlayed' ? '' : t(`classroom:cell.${mark}`);
                return h(
                  'td',
                  { className: 'qc-mark', attrs: { 'data-mark': mark, ...(word ? { title: word } : {}) } },
                  h('span', { attrs: { 'aria-hidden': 'true' } }, MARK_SYMBOL[mark]),
                  word ? h('span', { className: 'qo-visually-hidden' }, word) : null,
                );
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
