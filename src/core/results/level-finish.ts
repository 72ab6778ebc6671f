import { newScoreRecord, type ScoreRecord } from '../leaderboard/score-record';
import { type LevelCatalog, nextLevel } from '../level/level-catalog';
import type { Level } from '../level/level-types';
import type { PlayerProfile } from '../player/player-profile';
import { reviewSource } from '../review/review-level';
import type { LevelRun } from '../run/level-run';
import { type LevelScore, scoreLevel } from '../scoring/level-score';
import type { ScoreMode } from '../scoring/score-mode';
import type { SaveState } from './save-state';

/** A run the results page has shown, and what it showed: the score and the one record of it. */
export interface FinishedRun {
  /** The same run (level, difficulty, start) has the same key, however often it is shown. */
  readonly runKey: string;
  readonly score: LevelScore;
  /** The level a review was made from; null for an ordinary (ranked) level. */
  readonly sourceId: string | null;
  /** Null for a review, which is not ranked. */
  readonly record: ScoreRecord | null;
}

export interface FinishInput {
  /** The level as played (after the difficulty was applied). */
  readonly level: Level;
  readonly run: LevelRun;
  readonly mode: ScoreMode;
  /** Milliseconds since the Unix epoch, from the injected Clock. */
  readonly finishedAt: number;
  readonly player: PlayerProfile;
  /** Called at most once, for the record of a ranked run shown for the first time. */
  readonly newId: () => string;
}

/** What the results page shows and saves for one finished run. */
export interface LevelFinish {
  readonly finished: FinishedRun;
  readonly isReview: boolean;
  /**
   * True when this very run was already shown (a double press on a challenge's last button): it
   * keeps its score and record (same id, saved again harmlessly) and the review deck is not moved twice.
   */
  readonly repeat: boolean;
  /** The run to enter in the review deck, under the level it reviews; null on a repeat. */
  readonly deck: { readonly sourceLevelId: string; readonly isReview: boolean } | null;
  /** The record to save now; null for a review. */
  readonly save: ScoreRecord | null;
  /** What the page says until the store answers. */
  readonly saveState: SaveState;
}

export function runKey(run: LevelRun): string {
  return JSON.stringify([run.levelId, run.difficulty, run.startedAt]);
}

/**
 * Scores a finished run and decides what becomes of it: a review (a level made of due cards) only
 * updates the review deck and is not ranked; any other level makes one score record. `last` is the
 * run shown before, so the same run shown twice never makes a second record.
 */
export function finishLevel(last: FinishedRun | null, input: FinishInput): LevelFinish {
  const key = runKey(input.run);
  const sourceId = reviewSource(input.level.id);
  const isReview = sourceId !== null;
  if (last?.runKey === key) {
    return {
      finished: last,
      isReview,
      repeat: true,
      deck: null,
      save: last.record,
      saveState: isReview ? { state: 'review' } : { state: 'saving' },
    };
  }
  const score = scoreLevel(input.level, input.run, {
    mode: input.mode,
    durationMs: input.finishedAt - input.run.startedAt,
  });
  const record = isReview
    ? null
    : newScoreRecord({
        id: input.newId(),
        levelId: input.level.id,
        difficulty: input.run.difficulty,
        player: input.player,
        score,
        finishedAt: input.finishedAt,
      });
  return {
    finished: { runKey: key, score, sourceId, record },
    isReview,
    repeat: false,
    deck: { sourceLevelId: sourceId ?? input.level.id, isReview },
    save: record,
    saveState: { state: 'saving' },
  };
}

/** The player gave their name on the results page: the score just saved carries it too. */
export function renamed(finished: FinishedRun, playerName: string): FinishedRun {
  return finished.record ? { ...finished, record: { ...finished.record, playerName } } : finished;
}

/** Where the results page's buttons lead. */
export interface ResultsChoices {
  /** Play the same level again; not offered for a review (the level select offers what is still due). */
  readonly retry: boolean;
  /** The level after this one in the catalog; absent after the last level and for a review. */
  readonly nextLevelId?: string;
  /** The leaderboard to open: a review's is the one of the level it reviews. */
  readonly leaderboardLevelId: string;
}

export function resultsChoices(
  catalog: LevelCatalog | null | undefined,
  levelId: string,
  sourceId: string | null,
): ResultsChoices {
  const following = sourceId === null && catalog ? nextLevel(catalog, levelId) : undefined;
  return {
    retry: sourceId === null,
    ...(following ? { nextLevelId: following.id } : {}),
    leaderboardLevelId: sourceId ?? levelId,
  };
}
