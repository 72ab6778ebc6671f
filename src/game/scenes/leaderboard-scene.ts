import Phaser from 'phaser';
import { leaderboardFileText, readLeaderboardFile } from '../../core/leaderboard/leaderboard-file';
import {
  classroomsOf,
  levelsOnBoard,
  playerNames,
  rankLevel,
  rankOverall,
} from '../../core/leaderboard/ranking';
import type { ScoreRecord } from '../../core/leaderboard/score-record';
import type { StoredScores } from '../../core/leaderboard/score-store';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import { parseDifficulty } from '../../core/level/difficulty';
import type { LevelCatalog } from '../../core/level/level-catalog';
import { parseScoreMode, SCORE_MODE_SETTING } from '../../core/scoring/score-mode';
import { mountOverlay } from '../dom/dom-overlay';
import { dateStamp, downloadFile } from '../dom/download-file';
import { button, h } from '../dom/element';
import { formats } from '../dom/formats';
import { leaderboardCsv } from '../dom/leaderboard-csv';
import { type LeaderboardFilter, leaderboardFilters } from '../dom/leaderboard-filters';
import { levelTable, overallTable, type TableContext } from '../dom/leaderboard-tables';
import { leaderboardTools } from '../dom/leaderboard-tools';
import { playerPanel } from '../dom/player-panel';
import { scoreModeChoice } from '../dom/score-mode-choice';
import { type GameServices, servicesOf } from '../game-services';
import { DIFFICULTY_SETTING } from '../level-flow';
import { navigatorOf } from '../navigator';
import { colours } from '../theme';

export interface LeaderboardData {
  /** Shows this level's table first (coming from its results). */
  readonly levelId?: string;
  /** Where Back leads; the title screen by default. */
  readonly returnTo?: string;
}

/** How many plays each level's table shows when every level is listed. */
const ROWS_PER_LEVEL = 10;
/** A single level's table shows more, but stays a page, not a database dump (that is the export). */
const ROWS_ONE_LEVEL = 100;
/** The overall ranking too: laying out hundreds of rows took longer than reading the scores. */
const ROWS_OVERALL = 100;

/** Runs `work` once the browser has painted the page as it is now. */
function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work));
}

/**
 * The leaderboard as an HTML page over the canvas: the player and the scoring setting, filters,
 * the overall ranking and each level's best plays, then export, import and clearing. Damaged
 * records and unavailable storage are said in words; the rest still shows.
 */
export class LeaderboardScene extends Phaser.Scene {
  private services!: GameServices;
  private scores: StorageResult<StoredScores> | null = null;
  private catalog: LevelCatalog | null = null;
  private filter!: LeaderboardFilter;
  private notice: string[] = [];
  private root!: HTMLElement;
  private returnTo = 'title';

  constructor() {
    super('leaderboard');
  }

  create(data: LeaderboardData | undefined): void {
    this.services = servicesOf(this);
    const { settings } = this.services;
    this.cameras.main.setBackgroundColor(colours.background);
    this.services.audio.startMusic();
    this.scores = null;
    this.notice = [];
    this.catalog = this.services.levels.loaded();
    this.returnTo = data?.returnTo ?? 'title';
    this.filter = {
      board: {
        mode: parseScoreMode(settings.get(SCORE_MODE_SETTING)),
        difficulty: parseDifficulty(settings.get(DIFFICULTY_SETTING)),
        classroom: null,
      },
      levelId: data?.levelId ?? null,
    };
    this.root = mountOverlay(this, () => this.back());
    const offLanguage = this.services.i18n.onLanguageChanged(() => this.render());
    this.events.once('shutdown', offLanguage);
    this.services.probe?.setInfo(this, 'leaderboard', () => ({
      loaded: this.scores !== null,
      records: this.scores?.ok ? this.scores.value.records.length : null,
      skipped: this.scores?.ok ? this.scores.value.skipped.length : null,
    }));
    this.render();
    this.root.querySelector('button')?.focus();
    // Scores first: compiling the validator and checking every level takes longer than reading
    // them, and would hold them up, even their painting. Until the catalog comes, levels go by ids.
    void this.reload().then(() => afterNextPaint(() => void this.loadCatalog()));
  }

  private back(): void {
    this.services.audio.play('button');
    // Explicit empty data: Phaser would otherwise hand the level select its old `openLevel` again.
    navigatorOf(this).go(this.returnTo, {});
  }

  private async reload(): Promise<void> {
    const scores = await this.services.scores.load();
    if (!this.scene.isActive()) return;
    this.scores = scores;
    this.render();
  }

  /** The level titles and their play order. */
  private async loadCatalog(): Promise<void> {
    if (this.catalog) return;
    const catalog = await this.services.levels.catalog().catch((error: unknown) => {
      console.warn('Qantar: the levels could not be loaded; the leaderboard names them by id.', error);
      return null;
    });
    if (!catalog || !this.scene.isActive()) return;
    this.catalog = catalog;
    this.render();
  }

  /** Draws the page again, keeping the focus on the control that had it. */
  private render(): void {
    const focusedId = document.activeElement?.id;
    const { i18n } = this.services;
    const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
    const records = this.scores?.ok ? this.scores.value.records : [];

    const header = h(
      'header',
      { className: 'qo-bar' },
      button(`← ${t('ui:common.back')}`, () => this.back()),
      h('h1', { attrs: { id: 'qo-leaderboard-title' } }, t('leaderboard:title')),
    );
    const player = h(
      'section',
      { className: 'qo-panel', attrs: { 'aria-label': t('leaderboard:player.heading') } },
      playerPanel(this.services, () => this.render()),
      scoreModeChoice(i18n, parseScoreMode(this.services.settings.get(SCORE_MODE_SETTING)), (mode) => {
        this.services.settings.set(SCORE_MODE_SETTING, mode);
        this.filter = { ...this.filter, board: { ...this.filter.board, mode } };
        this.render();
      }),
    );
    const body =
      this.scores === null
        ? [h('p', { attrs: { role: 'status' } }, t('leaderboard:loading'))]
        : [
            ...this.problems(),
            leaderboardFilters({
              i18n,
              filter: this.filter,
              levels: this.levelIds(records).map((id) => ({ id, title: this.levelTitle(id) })),
              classrooms: classroomsOf(records),
              onChange: (filter) => {
                this.filter = filter;
                this.render();
              },
            }),
            ...this.tables(records),
            leaderboardTools({
              i18n,
              storageWorks: this.scores.ok,
              hasRecords: records.length > 0,
              notice: this.notice,
              exportCsv: () => void this.exportCsv(records),
              exportJson: () => this.exportJson(records),
              importFile: (file) => void this.importFile(file),
              clear: () => void this.clear(),
            }),
          ];
    this.root.replaceChildren(
      h(
        'main',
        { className: 'qo-page', attrs: { 'aria-labelledby': 'qo-leaderboard-title' } },
        header,
        player,
        ...body,
      ),
    );
    if (focusedId) document.getElementById(focusedId)?.focus();
  }

  private problems(): HTMLElement[] {
    const t = (key: string, params?: Record<string, string | number>) => this.services.i18n.t(key, params);
    const scores = this.scores;
    if (!scores) return [];
    if (!scores.ok)
      return [
        h(
          'p',
          { className: 'qo-panel qo-warning', attrs: { role: 'alert' } },
          `⚠ ${t('leaderboard:cannotSave')} ${t(`leaderboard:storage.${scores.problem}`)}`,
        ),
      ];
    const skipped = scores.value.skipped.length;
    return skipped > 0
      ? [
          h(
            'p',
            { className: 'qo-panel qo-warning', attrs: { role: 'alert' } },
            `⚠ ${t('leaderboard:damaged', { count: skipped })}`,
          ),
        ]
      : [];
  }

  private tables(records: readonly ScoreRecord[]): HTMLElement[] {
    const { i18n } = this.services;
    const { board, levelId } = this.filter;
    const names = playerNames(records);
    const me = this.services.player.current;
    const context: TableContext = {
      i18n,
      format: formats(i18n),
      currentPlayerId: me.id,
      nameOf: (playerId, record) =>
        (playerId === me.id && me.name) ||
        record?.playerName ||
        names.get(playerId) ||
        i18n.t('leaderboard:player.anonymous'),
    };
    const onBoard = new Set(levelsOnBoard(records, board));
    const levels = (levelId === null ? this.levelIds(records) : [levelId]).filter((id) => onBoard.has(id));
    if (levels.length === 0) return [h('p', { className: 'qo-panel' }, i18n.t('leaderboard:empty'))];
    const tables: HTMLElement[] = [];
    if (levelId === null) {
      tables.push(
        h('h2', {}, i18n.t('leaderboard:overallHeading')),
        overallTable(
          context,
          i18n.t('leaderboard:overall'),
          rankOverall(records, board).slice(0, ROWS_OVERALL),
        ),
        h('h2', {}, i18n.t('leaderboard:levelsHeading')),
      );
    }
    const limit = levelId === null ? ROWS_PER_LEVEL : ROWS_ONE_LEVEL;
    for (const id of levels)
      tables.push(levelTable(context, this.levelTitle(id), rankLevel(records, id, board).slice(0, limit)));
    return [h('section', { attrs: { 'aria-label': i18n.t('leaderboard:title') } }, ...tables)];
  }

  /** The catalog's levels in play order, then any level only known from a score (an import). */
  private levelIds(records: readonly ScoreRecord[]): string[] {
    const known = this.catalog?.levels.map((level) => level.id) ?? [];
    return [...new Set([...known, ...records.map((record) => record.levelId)])];
  }

  private levelTitle(levelId: string): string {
    const level = this.catalog?.levels.find((candidate) => candidate.id === levelId);
    return level ? this.services.i18n.t(`content:${level.title}`) : levelId;
  }

  private async exportCsv(records: readonly ScoreRecord[]): Promise<void> {
    // A file names levels by their titles, even when it is asked for before the page could show them.
    await this.loadCatalog();
    const { i18n, player } = this.services;
    const names = playerNames(records);
    const text = leaderboardCsv(records, {
      i18n,
      levelOrder: this.catalog?.levels.map((level) => level.id) ?? [],
      levelTitle: (id) => this.levelTitle(id),
      nameOf: (record) =>
        (record.playerId === player.current.id && player.current.name) ||
        record.playerName ||
        names.get(record.playerId) ||
        i18n.t('leaderboard:player.anonymous'),
    });
    downloadFile(
      `qantar-leaderboard-${dateStamp(this.services.clock.now())}.csv`,
      text,
      'text/csv;charset=utf-8',
    );
  }

  private exportJson(records: readonly ScoreRecord[]): void {
    const now = this.services.clock.now();
    downloadFile(
      `qantar-leaderboard-${dateStamp(now)}.json`,
      leaderboardFileText(records, now),
      'application/json',
    );
  }

  private async importFile(file: File): Promise<void> {
    const t = (key: string, params?: Record<string, string | number>) => this.services.i18n.t(key, params);
    const check = readLeaderboardFile(await file.text());
    if (!check.ok) {
      this.notice = [`⚠ ${t(`leaderboard:import.${check.problem}`)}`];
      this.render();
      return;
    }
    const outcome = await this.services.scores.importRecords(check.records);
    this.notice = outcome.ok
      ? [
          `✓ ${t('leaderboard:import.done', { count: outcome.value.added, duplicates: outcome.value.duplicates })}`,
          ...(check.rejected.length > 0
            ? [`⚠ ${t('leaderboard:import.rejected', { count: check.rejected.length })}`]
            : []),
        ]
      : [`⚠ ${t('leaderboard:import.failed')} ${t(`leaderboard:storage.${outcome.problem}`)}`];
    await this.reload();
  }

  private async clear(): Promise<void> {
    const t = (key: string) => this.services.i18n.t(key);
    const outcome = await this.services.scores.clear();
    this.notice = outcome.ok
      ? [`✓ ${t('leaderboard:clear.done')}`]
      : [`⚠ ${t('leaderboard:clear.failed')} ${t(`leaderboard:storage.${outcome.problem}`)}`];
    await this.reload();
  }
}
