import type Phaser from 'phaser';
import type { ChallengeKind, Level } from '../core/level/level-types';
import type { AudioPlayer } from '../core/ports/audio-player';
import {
  type ChallengeResult,
  completeChallenge,
  currentChallenge,
  type LevelRun,
  startRun,
} from '../core/run/level-run';
import { showRoute } from './router';

/** What every challenge scene and the results scene receive. */
export interface LevelSceneData {
  readonly level: Level;
  readonly run: LevelRun;
}

export const CHALLENGE_SCENE: Record<ChallengeKind, string> = {
  place: 'place',
  timeline: 'timeline',
  match: 'match',
};

export const RESULTS_SCENE = 'results';

export function startLevel(scene: Phaser.Scene, level: Level, audio: AudioPlayer): void {
  showRoute({ screen: 'level', id: level.id });
  // The menus' music would compete with the player's attention during a challenge.
  audio.stopMusic();
  goToStep(scene, { level, run: startRun(level) });
}

/** Called by a challenge scene when its challenge is over: records the result and moves on. */
export function finishChallenge(scene: Phaser.Scene, data: LevelSceneData, result: ChallengeResult): void {
  goToStep(scene, { level: data.level, run: completeChallenge(data.level, data.run, result) });
}

function goToStep(scene: Phaser.Scene, data: LevelSceneData): void {
  const challenge = currentChallenge(data.level, data.run);
  scene.scene.start(challenge ? CHALLENGE_SCENE[challenge.kind] : RESULTS_SCENE, data);
}
