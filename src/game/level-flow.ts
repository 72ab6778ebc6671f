import type Phaser from 'phaser';
import type { ChallengeAnswer, PlayerChallengeView } from '../core/challenges/challenge-kinds';
import { scoreAnswer } from '../core/challenges/challenge-registry';
import { applyDifficulty, type Difficulty, parseDifficulty } from '../core/level/difficulty';
import type { Challenge, ChallengeKind, Level, MapView, TextKey } from '../core/level/level-types';
import { hashString } from '../core/random/seeded-random';
import { completeChallenge, currentChallenge, type LevelRun, startRun } from '../core/run/level-run';
import { servicesOf } from './game-services';
import { navigatorOf } from './navigator';
import { markFirstFrame } from './perf-marks';
import { showRoute } from './router';

/** What the results scene and a challenge played with its answers (alone, or a relay turn) receive. */
export interface LevelSceneData {
  readonly level: Level;
  readonly run: LevelRun;
  /** Set when the challenge is a relay turn of a classroom session (src/game/classroom/). */
  readonly classroom?: ClassroomTurn;
}

/** A relay turn: played with its answers shown, but the answer goes to the session. */
export interface ClassroomTurn {
  /** Where a finished challenge goes instead of the level's next step. */
  readonly finish: (scene: Phaser.Scene, answer: ChallengeAnswer) => void;
  /** The Back button and Escape: the turn is abandoned, nothing recorded. */
  readonly onBack?: (scene: Phaser.Scene) => void;
}

/**
 * A challenge played blind: from its player view only, with no verdict, sound or fact card that
 * could tell an answer, since the device never has one (a Live pupil's phone), or others are still
 * to answer the same challenge (a one-device "everyone answers" turn). See src/game/blind-play.ts.
 */
export interface BlindPlay {
  readonly view: PlayerChallengeView;
  readonly map: MapView;
  readonly levelId: string;
  readonly levelTitle: TextKey;
  /** Texts of a teacher's own level, by language (`LiveChallengeView.texts`); playBlind adds them. */
  readonly texts?: Readonly<Record<string, unknown>>;
  /** Easy shows the places' names on the player's own pins, as in a level played alone. */
  readonly difficulty: Difficulty;
  /** The player is done (the last card placed, Check or Finish): called once, with the raw answer. */
  readonly finish: (answer: ChallengeAnswer) => void;
  /** After every change of the answer (a drop, a move, a link), with the answer so far: a Live draft. */
  readonly onAnswerChanged?: (answer: ChallengeAnswer) => void;
  /** The Back button and Escape; without it, they go to the level select as in a level played alone. */
  readonly onBack?: (scene: Phaser.Scene) => void;
  /**
   * For the test probe only: the challenge itself, which a one-device session has on the device
   * anyway, so a browser test can drop a card where it truly belongs. Play never reads it, and a
   * Live pupil's device never has it.
   */
  readonly probeChallenge?: Challenge;
}

export interface BlindSceneData {
  readonly blind: BlindPlay;
}

/** What a challenge scene receives: the level and run (answers shown), or a blind play. */
export type ChallengeSceneData = LevelSceneData | BlindSceneData;

export function isBlind(data: ChallengeSceneData): data is BlindSceneData {
  return 'blind' in data;
}

/** A challenge scene that can say what its player has answered so far: the raw answer, never a score. */
export interface AnswerSoFar {
  answerSoFar(): ChallengeAnswer;
}

/** Where a challenge scene's Back button and Escape go. */
export function leaveChallenge(scene: Phaser.Scene, data: ChallengeSceneData): void {
  if (isBlind(data) && data.blind.onBack) data.blind.onBack(scene);
  else if (!isBlind(data) && data.classroom?.onBack) data.classroom.onBack(scene);
  else navigatorOf(scene).go('level-select');
}

/**
 * A kind's scene key: the kind itself, which ChallengeScene<K> takes as its key, so no list of the
 * kinds is kept here (and this file never imports the scenes it opens).
 */
export function challengeSceneKey<K extends ChallengeKind>(kind: K): K {
  return kind;
}

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
    // The run's seed deals its timelines: a fresh one for each play, kept so the run replays exactly.
    run: startRun(level, difficulty, services.clock.now(), hashString(services.newId())),
  });
}

/**
 * Called by a challenge scene when its challenge is over, with the player's raw answer: scores it
 * with its kind's one rule, records it and moves on (or hands it to the classroom or the blind play).
 */
export function finishChallenge(
  scene: Phaser.Scene,
  data: ChallengeSceneData,
  answer: ChallengeAnswer,
): void {
  if (isBlind(data)) {
    data.blind.finish(answer);
    return;
  }
  if (data.classroom) {
    data.classroom.finish(scene, answer);
    return;
  }
  const challenge = currentChallenge(data.level, data.run);
  if (!challenge) throw new Error(`Step ${data.run.challengeIndex} of "${data.level.id}" has no challenge`);
  goToStep(scene, {
    level: data.level,
    run: completeChallenge(data.level, data.run, scoreAnswer(challenge, answer)),
  });
}

/** Tells a blind play's caller the answer so far, after every change. */
export function answerChanged(data: ChallengeSceneData, answer: () => ChallengeAnswer): void {
  if (isBlind(data)) data.blind.onAnswerChanged?.(answer());
}

function goToStep(scene: Phaser.Scene, data: LevelSceneData): void {
  const challenge = currentChallenge(data.level, data.run);
  const key = challenge ? challengeSceneKey(challenge.kind) : RESULTS_SCENE;
  navigatorOf(scene).go(key, data, () => {
    if (challenge) markFirstFrame(scene.game, key, 'qantar:challenge-playable');
  });
}
