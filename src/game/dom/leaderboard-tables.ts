import type { LevelRow, Standing } from '../../core/leaderboard/ranking';
import type { ScoreRecord } from '../../core/leaderboard/score-record';
import type { Translator } from '../../core/ports/translator';
import { h } from './element';
import type { Formats } from './formats';

export interface TableContext {
  readonly i18n: Translator;
  readonly format: Formats;
  readonly currentPlayerId: string;
  /** The name to show for a player id, already resolved (latest name, or "without a name"). */
  readonly nameOf: (playerId: string, record?: ScoreRecord) => string;
}

/** Every play of one level, best first; the current player's rows are marked in words too. */
export function levelTable(
  context: TableContext,
  caption: string,
  rows: readonly LevelRow[],
): HTMLTableElement {
  const { format } = context;
  return table(
    context,
    caption,
    ['rank', 'player', 'score', 'stars', 'date'],
    rows.map(({ rank, record }) => ({
      playerId: record.playerId,
      cells: [
        numberCell(format.number(rank)),
        playerCell(context, record.playerId, context.nameOf(record.playerId, record)),
        numberCell(format.number(record.points)),
        starsCell(context, record.stars),
        h('td', {}, format.date(record.finishedAt)),
      ],
    })),
  );
}

/** Players by the sum of their best score on each level. */
export function overallTable(
  context: TableContext,
  caption: string,
  standings: readonly Standing[],
): HTMLTableElement {
  const { format, i18n } = context;
  return table(
    context,
    caption,
    ['rank', 'player', 'score', 'stars', 'levels', 'date'],
    standings.map((standing) => ({
      playerId: standing.playerId,
      cells: [
        numberCell(format.number(standing.rank)),
        playerCell(context, standing.playerId, context.nameOf(standing.playerId)),
        numberCell(format.number(standing.points)),
        h(
          'td',
          { className: 'qo-number' },
          h('span', { attrs: { 'aria-hidden': 'true' } }, `★ ${format.number(standing.stars)}`),
          h(
            'span',
            { className: 'qo-visually-hidden' },
            i18n.t('leaderboard:starsCount', { count: standing.stars }),
          ),
        ),
        numberCell(format.number(standing.levels)),
        h('td', {}, format.date(standing.lastFinishedAt)),
      ],
    })),
  );
}

interface Row {
  readonly playerId: string;
  readonly cells: readonly HTMLElement[];
}

function table(
  context: TableContext,
  caption: string,
  columns: readonly string[],
  rows: readonly Row[],
): HTMLTableElement {
  const numeric = new Set(['rank', 'score', 'stars', 'levels']);
  return h(
    'table',
    { className: 'qo-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...columns.map((column) =>
          h(
            'th',
            {
              className: `qo-col-${column}${numeric.has(column) ? ' qo-number' : ''}`,
              attrs: { scope: 'col' },
            },
            context.i18n.t(`leaderboard:column.${column}`),
          ),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h('tr', row.playerId === context.currentPlayerId ? { className: 'qo-me' } : {}, ...row.cells),
      ),
    ),
  );
}

function numberCell(text: string): HTMLElement {
  return h('td', { className: 'qo-number' }, text);
}

function playerCell(context: TableContext, playerId: string, name: string): HTMLElement {
  const isMe = playerId === context.currentPlayerId;
  return h(
    'td',
    {},
    h('bdi', {}, name),
    isMe ? h('span', { className: 'qo-you' }, context.i18n.t('leaderboard:player.you')) : null,
  );
}

function starsCell(context: TableContext, stars: number): HTMLElement {
  return h(
    'td',
    { className: 'qo-number' },
    h('span', { attrs: { 'aria-hidden': 'true' } }, context.format.stars(stars)),
    h(
      'span',
      { className: 'qo-visually-hidden' },
      context.i18n.t('leaderboard:starsCount', { count: stars }),
    ),
  );
}
