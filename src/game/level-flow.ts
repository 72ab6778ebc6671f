import type Phaser from 'phaser';
import { applyDifficulty, parseDifficulty } from '../core/level/difficulty';
import type { ChallengeKind, Level } from '../core/level/level-types';
import {
  type ChallengeResult,
  completeChallenge,
  currentChallenge,
  type LevelRun,
  startRun,
} from '../core/run/level-run';
import { servicesOf } from './game-services';
import { navigatorOf } from './navigator';
import { markFirstFrame } from './perf-marks';
import { showRoute } from './router';

/** What every challenge scene and the results scene receive. */
export interface LevelSceneData {
  readonly level: Level;
  readonly run: LevelRun;
  /** Set when the challenge is a turn of a classroom session (src/game/classroom/). */
  readonly classroom?: ClassroomTurn;
}

/** How a classroom turn differs from a level played alone. */
export interface ClassroomTurn {
  /**
   * Everyone answers the same challenge in turn: no verdict, sound or fact card may give an answer
   * away to the players still to come; the class map then reveals all the answers together.
   */
  readonly hideAnswers: boolean;
  /** Where a finished challenge goes instead of the level's next step. */
  readonly finish: (scene: Phaser.Scene, result: ChallengeResult) => void;
}

/** A challenge scene that can say what its player has answered so far, scored when time runs out. */
export interface AnswerSoFar {
  answerSoFar(): ChallengeResult;
}

export function answersHidden(data: LevelSceneData): boolean {
  return data.classroom?.hideAnswers === true;
}

export const CHALLENGE_SCENE: Record<ChallengeKind, string> = {
  place: 'place',
  timeline: 'timeline',
  match: 'match',
};

export const RESULTS_SCENE = 'results';

export const DIFFICULTY_SETTING = 'difficulty';

/**
 * Starts a level of the catalog by id, in the difficulty chosen in the level select. Taking the id
 * (not a level) means Retry and Next always start from the file's own values.
 */
export function startLevel(scene: Phaser.Scene, levelId: string): void {
  const services = servicesOf(scene);
  const level = services.levels.loaded()?.levels.find((candidate) => candidate.id === levelId);
  if (!level) {
    navigatorOf(scene).go('level-select', { openLevel: levelId });
    return;
  }
  playLevel(scene, level);
}

/** Starts a level of the catalog or one made at run time (a review), in the chosen difficulty. */
export function playLevel(scene: Phaser.Scene, level: Level): void {
  const services = servicesOf(scene);
  const difficulty = parseDifficulty(services.settings.get(DIFFICULTY_SETTING));
  showRoute({ screen: 'level', id: level.id });
  // The menus' music would compete with the player's attention during a challenge.
  services.audio.stopMusic();
  goToStep(scene, {
    level: applyDifficulty(level, difficulty),
    run: startRun(level, difficulty, services.clock.now()),
  });
}

/** Called by a challenge scene when its challenge is over: records the result and moves on. */
export function finishChallenge(scene: Phaser.Scene, data: LevelSceneData, result: ChallengeResult): void {
  if (data.classroom) {
    data.classroom.finish(scene, result);
    return;
  }
  goToStep(scene, { level: data.level, run: completeChallenge(data.level, data.run, result) });
}

function goToStep(scene: Phaser.Scene, data: LevelSceneData): void {
  const challenge = currentChallenge(data.level, data.run);
  const key = challenge ? CHALLENGE_SCENE[challenge.kind] : RESULTS_SCENE;
  navigatorOf(scene).go(key, data, () => {
    if (challenge) markFirstFrame(scene.game, key, 'qantar:challenge-playable');
  });
}
