import Phaser from 'phaser';
import { newScoreRecord, type ScoreRecord } from '../../core/leaderboard/score-record';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import { nextLevel } from '../../core/level/level-catalog';
import { reviewSource } from '../../core/review/review-level';
import { scoreLevel } from '../../core/scoring/level-score';
import { parseScoreMode, SCORE_MODE_SETTING } from '../../core/scoring/score-mode';
import { mountOverlay } from '../dom/dom-overlay';
import { formats } from '../dom/formats';
import { playerPanel } from '../dom/player-panel';
import type { ResultsActions } from '../dom/results-view';
import { resultsView } from '../dom/results-view';
import { type SaveState, showSaveState } from '../dom/save-status';
import { type GameServices, servicesOf } from '../game-services';
import { type LevelSceneData, startLevel } from '../level-flow';
import { navigatorOf } from '../navigator';
import { colours } from '../theme';

/** How often a score kept on the device, but refused by the database, is tried again. */
const SAVE_RETRY_MS = 10_000;

/**
 * The end of a level: the score is saved first, and the page says "saved" only once the store has
 * confirmed it. A review updates the review deck instead and is not ranked.
 */
export class ResultsScene extends Phaser.Scene {
  /**
   * The last run shown and its record. A double press on a challenge's last button can bring the
   * same run here twice; it then keeps its one record (same id) and moves the review deck once.
   */
  private last: { readonly run: string; readonly record: ScoreRecord | null } | null = null;

  constructor() {
    super('results');
  }

  create(data: LevelSceneData): void {
    const services = servicesOf(this);
    this.cameras.main.setBackgroundColor(colours.background);
    services.audio.play('levelComplete');
    services.audio.startMusic();

    const finishedAt = services.clock.now();
    const mode = parseScoreMode(services.settings.get(SCORE_MODE_SETTING));
    const score = scoreLevel(data.level, data.run, { mode, durationMs: finishedAt - data.run.startedAt });
    const sourceId = reviewSource(data.level.id);
    const isReview = sourceId !== null;
    const runKey = JSON.stringify([data.run.levelId, data.run.difficulty, data.run.startedAt]);
    const again = this.last?.run === runKey ? this.last : null;
    let record =
      again?.record ??
      (isReview
        ? null
        : newScoreRecord({
            id: services.newId(),
            levelId: data.level.id,
            difficulty: data.run.difficulty,
            player: services.player.current,
            score,
            finishedAt,
          }));
    this.last = { run: runKey, record };

    let save: SaveState = { state: 'saving' };
    let status: HTMLElement | null = null;
    const setSave = (next: SaveState) => {
      save = next;
      if (status) showSaveState(status, services.i18n, save);
    };
    const fromResult = (result: StorageResult<void>, saved: SaveState): SaveState =>
      result.ok ? saved : { state: 'failed', problem: result.problem };
    // Saves run one after another, so a name given during the first save is never overwritten. The
    // store keeps the record on the device from the first call (a page closed while "saving" loses
    // nothing); a save refused (a full disk, a database upgraded by another tab) is tried again.
    let saving = Promise.resolve();
    let retry: Phaser.Time.TimerEvent | null = null;
    const saveRecord = (again = false) => {
      const current = record;
      if (!current) return;
      retry?.remove();
      retry = null;
      if (!again) setSave({ state: 'saving' });
      saving = saving
        .then(() => services.scores.save(current))
        .then((result) => {
          if (result.ok)
            setSave({ state: 'saved', earlierLost: services.scores.takeLostNotice?.() ?? false });
          // Without IndexedDB at all, no retry will ever get through: say it is not saved.
          else if (result.problem !== 'unavailable' && services.scores.isPending?.(current.id)) {
            setSave({ state: 'kept', problem: result.problem });
            if (this.scene.isActive() && record === current)
              retry = this.time.delayedCall(SAVE_RETRY_MS, () => saveRecord(true));
          } else setSave(fromResult(result, { state: 'saved' }));
        });
    };
    if (!again) {
      const deck = services.review.recordRun(sourceId ?? data.level.id, data.run, isReview);
      if (isReview) void deck.then((result) => setSave(fromResult(result, { state: 'review' })));
    }
    if (!isReview) saveRecord();
    else if (again) setSave({ state: 'review' });

    services.probe?.setInfo(this, 'results', () => ({
      points: score.base,
      maxPoints: score.maxBase,
      stars: score.stars,
      total: score.total,
      maxTotal: score.maxTotal,
      mode: score.mode,
      save: save.state,
    }));

    // Phaser keeps a scene's previous data when none is given: an old `openLevel` would start it again.
    const root = mountOverlay(this, () => navigatorOf(this).go('level-select', {}));
    const render = () => {
      const view = resultsView(
        { i18n: services.i18n, format: formats(services.i18n), level: data.level, score, isReview },
        this.actions(services, data, sourceId),
      );
      status = view.status;
      showSaveState(view.status, services.i18n, save);
      if (!isReview)
        view.player.append(
          playerPanel(services, () => {
            // The score just saved carries the new name too.
            if (record) record = { ...record, playerName: services.player.current.name };
            if (this.last?.run === runKey) this.last = { run: runKey, record };
            saveRecord();
          }),
        );
      root.replaceChildren(view.element);
      (view.player.querySelector('input') ?? view.first).focus();
    };
    render();
    const offLanguage = services.i18n.onLanguageChanged(render);
    this.events.once('shutdown', offLanguage);
  }

  private actions(services: GameServices, data: LevelSceneData, sourceId: string | null): ResultsActions {
    const catalog = services.levels.loaded();
    const following = sourceId === null && catalog ? nextLevel(catalog, data.level.id) : undefined;
    const withSound = (action: () => void) => () => {
      services.audio.play('button');
      action();
    };
    return {
      ...(sourceId === null ? { retry: withSound(() => startLevel(this, data.level.id)) } : {}),
      levels: withSound(() => navigatorOf(this).go('level-select', {})),
      leaderboard: withSound(() =>
        navigatorOf(this).go('leaderboard', { levelId: sourceId ?? data.level.id, returnTo: 'level-select' }),
      ),
      ...(following ? { next: withSound(() => startLevel(this, following.id)) } : {}),
    };
  }
}
