import type { Level } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';
import type { LevelScore } from '../../core/scoring/level-score';
import { answerTexts, VERDICT_ICON, verdictOf } from './answer-text';
import { button, h } from './element';
import type { Formats } from './formats';

export interface ResultsContent {
  readonly i18n: Translator;
  readonly format: Formats;
  /** The level as played (after the difficulty was applied). */
  readonly level: Level;
  readonly score: LevelScore;
  readonly isReview: boolean;
}

export interface ResultsActions {
  /** Absent for a review: what is still due is offered by the level select. */
  readonly retry?: () => void;
  readonly levels: () => void;
  readonly leaderboard: () => void;
  /** Absent after the last level. */
  readonly next?: () => void;
}

export interface ResultsView {
  readonly element: HTMLElement;
  /** Where the scene says whether the score is saved. */
  readonly status: HTMLElement;
  /** Where the scene asks for the player's name, when it is not known yet. */
  readonly player: HTMLElement;
  /** The button to focus first: Next level, else Play again, else Levels. */
  readonly first: HTMLButtonElement;
}

/**
 * The end of a level as a page: the total, the stars, how the total was made, whether it is saved,
 * then every item with what the player answered and the right answer, challenge by challenge.
 */
export function resultsView(content: ResultsContent, actions: ResultsActions): ResultsView {
  const { i18n, format, level, score } = content;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const status = h('p', { className: 'qo-status' });
  const player = h('div');
  const next = actions.next ? button(t('ui:results.next'), actions.next, 'qo-primary') : null;
  const retry = actions.retry ? button(t('ui:results.retry'), actions.retry, next ? '' : 'qo-primary') : null;
  const levels = button(t('ui:results.levels'), actions.levels, next || retry ? '' : 'qo-primary');

  const summary = h(
    'section',
    { className: 'qo-panel', attrs: { 'aria-labelledby': 'qo-results-score' } },
    h(
      'h2',
      { className: 'qo-visually-hidden', attrs: { id: 'qo-results-score' } },
      t('ui:results.scoreHeading'),
    ),
    h(
      'p',
      { className: 'qo-total' },
      t('ui:results.total', { points: format.number(score.total), max: format.number(score.maxTotal) }),
    ),
    h(
      'p',
      { className: 'qo-stars' },
      h('span', { attrs: { 'aria-hidden': 'true' } }, format.stars(score.stars)),
      ' ',
      t('ui:results.stars', { count: score.stars }),
    ),
    breakdown(content),
    status,
    player,
  );

  const nav = h(
    'nav',
    { className: 'qo-actions', attrs: { 'aria-label': t('ui:results.actions') } },
    next,
    retry,
    levels,
    button(t('leaderboard:open'), actions.leaderboard),
  );

  const details = h(
    'section',
    { attrs: { 'aria-labelledby': 'qo-results-details' } },
    h('h2', { attrs: { id: 'qo-results-details' } }, t('ui:results.detailsHeading')),
    ...level.challenges.map((challenge, index) => challengeTable(content, index, challenge.id)),
  );

  const element = h(
    'main',
    { className: 'qo-page', attrs: { 'aria-labelledby': 'qo-results-title' } },
    h(
      'header',
      { className: 'qo-bar' },
      h(
        'h1',
        { attrs: { id: 'qo-results-title' } },
        content.isReview
          ? t('ui:results.reviewTitle', { level: t(`content:${level.title}`) })
          : t(`content:${level.title}`),
      ),
    ),
    h('div', { className: 'qo-columns' }, h('div', {}, summary, nav), details),
  );
  return { element, status, player, first: next ?? retry ?? levels };
}

function breakdown({ i18n, format, score }: ResultsContent): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const answers = h(
    'li',
    {},
    t('ui:results.answers', {
      points: format.number(score.base),
      max: format.number(score.maxBase),
      accuracy: format.percent(score.accuracy),
    }),
  );
  const time =
    score.durationMs === null
      ? ''
      : ` — ${t('ui:results.time', { time: format.duration(score.durationMs) })}`;
  if (score.mode === 'fair')
    return h('ul', { className: 'qo-breakdown' }, answers, h('li', {}, `${t('ui:results.fairMode')}${time}`));
  return h(
    'ul',
    { className: 'qo-breakdown' },
    answers,
    h(
      'li',
      {},
      t('ui:results.streakBonus', {
        points: format.number(score.streakBonus),
        longest: format.number(score.longestStreak),
      }),
    ),
    h('li', {}, `${t('ui:results.timeBonus', { points: format.number(score.timeBonus) })}${time}`),
  );
}

function challengeTable(content: ResultsContent, index: number, challengeId: string): HTMLElement | null {
  const { i18n, format, level, score } = content;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const challenge = level.challenges[index];
  const subtotal = score.challenges.find((candidate) => candidate.challengeId === challengeId);
  if (!challenge || !subtotal) return null;
  const items = score.items.filter((item) => item.challengeId === challengeId);
  const header = (text: string, numeric = false) =>
    h('th', { className: numeric ? 'qo-number' : '', attrs: { scope: 'col' } }, text);
  return h(
    'table',
    { className: 'qo-table' },
    h(
      'caption',
      {},
      t('ui:results.challengeLine', {
        name: t(`content:${challenge.prompt}`),
        points: format.number(subtotal.points),
      }),
      ' ',
      h('span', { className: 'qo-muted' }, t('ui:results.outOf', { max: format.number(subtotal.maxPoints) })),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        header(t('ui:results.column.item')),
        header(t('ui:results.column.given')),
        header(t('ui:results.column.expected')),
        header(t('ui:results.column.points'), true),
      ),
    ),
    h(
      'tbody',
      {},
      ...items.map((scored) => {
        const verdict = verdictOf(scored.result);
        const texts = answerTexts(i18n, format, challenge, scored.result);
        return h(
          'tr',
          {},
          h('th', { attrs: { scope: 'row' } }, texts.item),
          h(
            'td',
            {},
            h(
              'span',
              { className: `qo-${verdict}` },
              `${VERDICT_ICON[verdict]} ${t(`ui:fact.verdict.${verdict}`)}`,
            ),
            texts.given && texts.given !== t(`ui:fact.verdict.${verdict}`) ? ` — ${texts.given}` : '',
          ),
          h('td', {}, texts.expected),
          h(
            'td',
            { className: 'qo-number' },
            t('ui:results.points', {
              points: format.number(scored.result.points),
              max: format.number(scored.result.maxPoints),
            }),
            scored.streakBonus > 0
              ? h(
                  'span',
                  { className: 'qo-note' },
                  t('ui:results.streakItem', { points: scored.streakBonus }),
                )
              : '',
          ),
        );
      }),
    ),
    subtotal.penalty > 0
      ? penaltyFoot(t('ui:results.penalty', { points: format.number(subtotal.penalty) }))
      : null,
  );
}

function penaltyFoot(text: string): HTMLElement {
  return h('tfoot', {}, h('tr', {}, h('td', { attrs: { colspan: '4' } }, text)));
}
