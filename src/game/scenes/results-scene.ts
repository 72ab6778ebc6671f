import Phaser from 'phaser';
import {
  type FinishedRun,
  finishLevel,
  type ResultsChoices,
  renamed,
  resultsChoices,
} from '../../core/results/level-finish';
import { reviewSaveState, type SaveState, scoreSaveOutcome } from '../../core/results/save-state';
import { parseScoreMode, SCORE_MODE_SETTING } from '../../core/scoring/score-mode';
import { mountOverlay } from '../dom/dom-overlay';
import { formats } from '../dom/formats';
import { playerPanel } from '../dom/player-panel';
import type { ResultsActions } from '../dom/results-view';
import { resultsView } from '../dom/results-view';
import { showSaveState } from '../dom/save-status';
import { type GameServices, servicesOf } from '../game-services';
import { type LevelSceneData, startLevel } from '../level-flow';
import { navigatorOf } from '../navigator';
import { colours } from '../theme';

/** How often a score kept on the device, but refused by the database, is tried again. */
const SAVE_RETRY_MS = 10_000;

/**
 * The end of a level, drawn: what is scored and saved is decided by core/results (finishLevel);
 * this scene calls the stores, and says "saved" only once the store has confirmed it.
 */
export class ResultsScene extends Phaser.Scene {
  /** The last run shown: the same run brought here twice keeps its one record (finishLevel). */
  private last: FinishedRun | null = null;

  constructor() {
    super('results');
  }

  create(data: LevelSceneData): void {
    const services = servicesOf(this);
    this.cameras.main.setBackgroundColor(colours.background);
    services.audio.play('levelComplete');
    services.audio.startMusic();

    const finish = finishLevel(this.last, {
      level: data.level,
      run: data.run,
      mode: parseScoreMode(services.settings.get(SCORE_MODE_SETTING)),
      finishedAt: services.clock.now(),
      player: services.player.current,
      newId: () => services.newId(),
    });
    const { score } = finish.finished;
    // This page's run: renaming the player changes its record, which the saves below then carry.
    let shown = finish.finished;
    this.last = shown;

    let save: SaveState = finish.saveState;
    let status: HTMLElement | null = null;
    const setSave = (next: SaveState) => {
      save = next;
      if (status) showSaveState(status, services.i18n, save);
    };
    // Saves run one after another, so a name given during the first save is never overwritten. The
    // store keeps the record on the device from the first call (a page closed while "saving" loses
    // nothing); a save refused (a full disk, a database upgraded by another tab) is tried again.
    let saving = Promise.resolve();
    let retry: Phaser.Time.TimerEvent | null = null;
    const saveRecord = (again = false) => {
      const current = shown.record;
      if (!current) return;
      retry?.remove();
      retry = null;
      if (!again) setSave({ state: 'saving' });
      saving = saving
        .then(() => services.scores.save(current))
        .then((result) => {
          const outcome = scoreSaveOutcome(result, {
            pending: services.scores.isPending?.(current.id) ?? false,
            takeLostNotice: () => services.scores.takeLostNotice?.() ?? false,
          });
          setSave(outcome.save);
          // Not after the player has left, nor for a record renamed since (its own save follows).
          if (outcome.retry && this.scene.isActive() && shown.record === current)
            retry = this.time.delayedCall(SAVE_RETRY_MS, () => saveRecord(true));
        });
    };
    if (finish.deck) {
      const deck = services.review.recordRun(finish.deck.sourceLevelId, data.run, finish.deck.isReview);
      if (finish.isReview) void deck.then((result) => setSave(reviewSaveState(result)));
    }
    if (finish.save) saveRecord();

    services.probe?.setInfo(this, 'results', () => ({
      points: score.base,
      maxPoints: score.maxBase,
      stars: score.stars,
      total: score.total,
      maxTotal: score.maxTotal,
      mode: score.mode,
      save: save.state,
    }));

    const choices = resultsChoices(services.levels.loaded(), data.level.id, finish.finished.sourceId);
    // Phaser keeps a scene's previous data when none is given: an old `openLevel` would start it again.
    const root = mountOverlay(this, () => navigatorOf(this).go('level-select', {}));
    const render = () => {
      const view = resultsView(
        {
          i18n: services.i18n,
          format: formats(services.i18n),
          level: data.level,
          score,
          isReview: finish.isReview,
        },
        this.actions(services, data, choices),
      );
      status = view.status;
      showSaveState(view.status, services.i18n, save);
      if (!finish.isReview)
        view.player.append(
          playerPanel(services, () => {
            shown = renamed(shown, services.player.current.name);
            if (this.last?.runKey === shown.runKey) this.last = shown;
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

  private actions(services: GameServices, data: LevelSceneData, choices: ResultsChoices): ResultsActions {
    const withSound = (action: () => void) => () => {
      services.audio.play('button');
      action();
    };
    const { nextLevelId } = choices;
    return {
      ...(choices.retry ? { retry: withSound(() => startLevel(this, data.level.id)) } : {}),
      levels: withSound(() => navigatorOf(this).go('level-select', {})),
      leaderboard: withSound(() =>
        navigatorOf(this).go('leaderboard', {
          levelId: choices.leaderboardLevelId,
          returnTo: 'level-select',
        }),
      ),
      ...(nextLevelId ? { next: withSound(() => startLevel(this, nextLevelId)) } : {}),
    };
  }
}
