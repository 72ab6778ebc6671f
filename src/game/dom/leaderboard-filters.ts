import type { Board } from '../../core/leaderboard/ranking';
import { DIFFICULTIES, type Difficulty } from '../../core/level/difficulty';
import type { Translator } from '../../core/ports/translator';
import { SCORE_MODES, type ScoreMode } from '../../core/scoring/score-mode';
import { h, selectElement } from './element';

export interface LeaderboardFilter {
  readonly board: Board;
  /** One level's table, or null for the overall ranking and every level. */
  readonly levelId: string | null;
}

export interface FiltersOptions {
  readonly i18n: Translator;
  readonly filter: LeaderboardFilter;
  readonly levels: readonly { readonly id: string; readonly title: string }[];
  /** Classroom sessions named by any score; the filter only appears when there is one. */
  readonly classrooms: readonly string[];
  readonly onChange: (filter: LeaderboardFilter) => void;
}

/** Which scores the tables show: scoring, difficulty, level, and classroom session when there are some. */
export function leaderboardFilters({
  i18n,
  filter,
  levels,
  classrooms,
  onChange,
}: FiltersOptions): HTMLElement {
  const t = (key: string) => i18n.t(key);
  const ALL = '';
  const mode = select(
    'qo-filter-mode',
    t('leaderboard:filter.mode'),
    SCORE_MODES.map((value) => [value, t(`leaderboard:mode.${value}`)]),
    filter.board.mode,
    (value) => onChange({ ...filter, board: { ...filter.board, mode: value as ScoreMode } }),
  );
  const difficulty = select(
    'qo-filter-difficulty',
    t('leaderboard:filter.difficulty'),
    DIFFICULTIES.map((value) => [value, t(`ui:difficulty.${value}`)]),
    filter.board.difficulty,
    (value) => onChange({ ...filter, board: { ...filter.board, difficulty: value as Difficulty } }),
  );
  const level = select(
    'qo-filter-level',
    t('leaderboard:filter.level'),
    [
      [ALL, t('leaderboard:filter.allLevels')],
      ...levels.map((entry): [string, string] => [entry.id, entry.title]),
    ],
    filter.levelId ?? ALL,
    (value) => onChange({ ...filter, levelId: value === ALL ? null : value }),
  );
  const classroom =
    classrooms.length > 0
      ? select(
          'qo-filter-classroom',
          t('leaderboard:filter.classroom'),
          [
            [ALL, t('leaderboard:filter.allClassrooms')],
            ...classrooms.map((name): [string, string] => [name, name]),
          ],
          filter.board.classroom ?? ALL,
          (value) =>
            onChange({ ...filter, board: { ...filter.board, classroom: value === ALL ? null : value } }),
        )
      : null;
  return h(
    'div',
    { className: 'qo-filters', attrs: { role: 'group', 'aria-label': t('leaderboard:filter.heading') } },
    mode,
    difficulty,
    level,
    classroom,
  );
}

function select(
  id: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  onChange: (value: string) => void,
): HTMLElement {
  const element = selectElement(id, options, value);
  element.addEventListener('change', () => onChange(element.value));
  return h('div', { className: 'qo-field' }, h('label', { attrs: { for: id } }, label), element);
}
