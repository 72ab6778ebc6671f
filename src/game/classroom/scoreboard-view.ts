import type { ParticipantScore } from '../../core/classroom/class-results';
import { podium } from '../../core/classroom/class-results';
import type { RankingDisplay } from '../../core/classroom/classroom-session';
import type { Translator } from '../../core/ports/translator';
import { h } from '../dom/element';
import type { Formats } from '../dom/formats';

/**
 * The running class scoreboard between challenges, as much of it as the session shows: everyone,
 * the top three, or no ranking at all (then only how far the class has come).
 */
export function scoreboardView(
  i18n: Translator,
  format: Formats,
  scores: readonly ParticipantScore[],
  ranking: RankingDisplay,
  teams: boolean,
): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const heading = h('h2', { attrs: { id: 'qc-scoreboard-title' } }, t('classroom:scoreboard.title'));
  const section = (...children: (HTMLElement | null)[]) =>
    h(
      'section',
      { className: 'qo-panel', attrs: { 'aria-labelledby': 'qc-scoreboard-title' } },
      heading,
      ...children,
    );
  if (ranking === 'none') return section(h('p', {}, t('classroom:scoreboard.noRanking')));
  const played = scores.filter((score) => score.itemCount > 0);
  if (played.length === 0) return section(h('p', {}, t('classroom:scoreboard.empty')));
  const shown = ranking === 'top3' ? podium(scores) : scores;
  const header = (text: string, numeric = false) =>
    h('th', { className: numeric ? 'qo-number' : '', attrs: { scope: 'col' } }, text);
  return section(
    ranking === 'top3' ? h('p', { className: 'qo-muted' }, t('classroom:scoreboard.topThree')) : null,
    h(
      'table',
      { className: 'qo-table', attrs: { 'data-testid': 'scoreboard' } },
      h('caption', { className: 'qo-visually-hidden' }, t('classroom:scoreboard.title')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          header(t('classroom:table.rank'), true),
          header(t(teams ? 'classroom:table.team' : 'classroom:table.participant')),
          header(t('classroom:table.points'), true),
          header(t('classroom:table.accuracy'), true),
        ),
      ),
      h(
        'tbody',
        {},
        ...shown.map((score) =>
          h(
            'tr',
            {},
            h('td', { className: 'qo-number' }, score.itemCount > 0 ? format.number(score.rank) : '—'),
            h('th', { attrs: { scope: 'row' } }, score.participant.name),
            h('td', { className: 'qo-number' }, format.number(score.total)),
            h('td', { className: 'qo-number' }, score.itemCount > 0 ? format.percent(score.accuracy) : '—'),
          ),
        ),
      ),
    ),
  );
}
