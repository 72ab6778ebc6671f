/**
 * Blind play: one challenge played from its player view only, for Qantar Live's pupil screen and
 * the one-device "everyone answers" turn.
 *
 *   playBlind(scene: Phaser.Scene, play: BlindPlay): void
 *
 * `play` (src/game/level-flow.ts) holds the view (`playerViewOf(challenge)`, what the Live server
 * sends as `LiveChallengeView.challenge`), the level's map, id and title, the difficulty, a
 * teacher's own level's texts if any (`LiveChallengeView.texts`), and:
 * - `finish(answer)`: called once, when the player is done, with the raw `ChallengeAnswer`;
 * - `onAnswerChanged?(answer)`: called after every change, with the answer so far (a draft),
 *   never after `finish`;
 * - `onBack?(scene)`: the Back button and Escape (default: the level select).
 * `blindAnswerSoFar(scene, kind)` reads the answer so far at any moment (time up): null when that
 * kind's scene is not running. The scene never scores and
 * never shows a verdict: the caller sends the answer to whoever holds the answers, and opens the
 * next screen (a waiting screen, the reveal) when it likes; until then the challenge stays on screen.
 */
import type Phaser from 'phaser';
import type { ChallengeAnswer } from '../core/challenges/challenge-kinds';
import type { ChallengeKind } from '../core/level/level-types';
import { servicesOf } from './game-services';
import { type AnswerSoFar, type BlindPlay, type BlindSceneData, challengeSceneKey } from './level-flow';
import { navigatorOf } from './navigator';
import { markFirstFrame } from './perf-marks';

export type { BlindPlay } from './level-flow';

/** Opens the challenge scene of the view's kind, playing blind. */
export function playBlind(scene: Phaser.Scene, play: BlindPlay): void {
  const key = challengeSceneKey(play.view.kind);
  // A teacher's own level brings its texts; the scene finds them under the usual content keys.
  if (play.texts) servicesOf(scene).i18n.addLevelTexts(play.texts);
  // One answer per challenge: a second Check, or a card moved after it, tells the caller nothing.
  let done = false;
  const data: BlindSceneData = {
    blind: {
      ...play,
      finish: (answer) => {
        if (done) return;
        done = true;
        play.finish(answer);
      },
      onAnswerChanged: (answer) => {
        if (!done) play.onAnswerChanged?.(answer);
      },
    },
  };
  navigatorOf(scene).go(key, data, () => markFirstFrame(scene.game, key, 'qantar:challenge-playable'));
}

/** The answer so far of the running challenge scene of this kind, e.g. when time runs out; null if none runs. */
export function blindAnswerSoFar(scene: Phaser.Scene, kind: ChallengeKind): ChallengeAnswer | null {
  const challengeScene = scene.game.scene.getScene(challengeSceneKey(kind));
  if (!challengeScene?.sys.isActive() || !hasAnswerSoFar(challengeScene)) return null;
  return challengeScene.answerSoFar();
}

function hasAnswerSoFar(scene: Phaser.Scene): scene is Phaser.Scene & AnswerSoFar {
  return typeof (scene as Partial<AnswerSoFar>).answerSoFar === 'function';
}
