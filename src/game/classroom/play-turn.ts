import Phaser from 'phaser';
import type { ChallengeAnswer } from '../../core/challenges/challenge-kinds';
import { playerViewOf, scoreAnswer } from '../../core/challenges/challenge-registry';
import { playedLevel } from '../../core/classroom/class-results';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import {
  type Countdown,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  startCountdown,
} from '../../core/classroom/countdown';
import { participantById, sessionPosition } from '../../core/classroom/session-position';
import { withUnansweredItems } from '../../core/classroom/unanswered-items';
import { hashString } from '../../core/random/seeded-random';
import { servicesOf } from '../game-services';
import { type AnswerSoFar, CHALLENGE_SCENE, type ChallengeSceneData } from '../level-flow';
import { navigatorOf } from '../navigator';
import { dispatch, type SessionSceneData, showSession } from './classroom-flow';
import { CLASSROOM_SCENES } from './classroom-scene-keys';
import { openPauseDialog } from './pause-dialog';
import { mountTurnBar } from './turn-bar';

/** How often the countdown is redrawn and checked. */
const TICK_MS = 200;

/**
 * Plays the current turn in the challenge's own scene, with the turn bar above it (whose turn, the
 * countdown, pause). The answer goes to the session, which is saved, and the next screen opens.
 * Leaving the challenge another way (its Back button) abandons the attempt: nothing is recorded
 * and the same turn is announced again. Returns false when the turn's level is not on the device.
 */
export function playTurn(scene: Phaser.Scene, session: ClassroomSession): boolean {
  const services = servicesOf(scene);
  const position = sessionPosition(session);
  if (position.phase !== 'play') return false;
  const step = session.steps[position.step];
  const level = step && services.levels.loaded()?.levels.find((candidate) => candidate.id === step.levelId);
  const participant = participantById(session, position.participantId);
  if (!step || !level || !participant) return false;
  const played = playedLevel(session, level);
  const challengeIndex = played.challenges.findIndex((challenge) => challenge.id === step.challengeId);
  const challenge = played.challenges[challengeIndex];
  if (!challenge) return false;

  const attemptId = services.newId();
  const startedAt = services.clock.now();
  const limitMs = (session.settings.timeLimitSeconds ?? 0) * 1000;
  let countdown: Countdown | null = null;
  let current = session;
  let over = false;
  let ticker: number | undefined;

  const key = CHALLENGE_SCENE[step.kind];
  const challengeScene = scene.scene.get(key);
  const bar = mountTurnBar(scene.game, {
    i18n: services.i18n,
    name: participant.name,
    step: position.step + 1,
    steps: session.steps.length,
    limited: limitMs > 0,
    onPause: () => pause(),
  });
  const teardown = () => {
    over = true;
    window.clearInterval(ticker);
    bar.remove();
    challengeScene.events.off(Phaser.Scenes.Events.SHUTDOWN, onShutdown);
  };
  const leaveTo = (data: SessionSceneData) => {
    teardown();
    showSession(challengeScene, data);
  };
  // The device scores the raw answer with the one rule, as the Live server does.
  const finish = (answer: ChallengeAnswer, timedOut: boolean) => {
    if (over) return;
    const next = dispatch(services, current, {
      type: 'answerRecorded',
      at: services.clock.now(),
      participantId: participant.id,
      step: position.step,
      attemptId,
      startedAt,
      timedOut,
      result: withUnansweredItems(challenge, scoreAnswer(challenge, answer)),
    });
    leaveTo(timedOut ? { ...next, notice: { kind: 'timeUp', name: participant.name } } : next);
  };
  const tick = () => {
    if (!countdown || over) return;
    const left = remainingMs(countdown, services.clock.now());
    bar.showTime(left);
    if (left > 0 || current.paused) return;
    if (isAnswerSoFar(challengeScene)) finish(challengeScene.answerSoFar(), true);
  };
  const pause = () => {
    if (over || current.paused) return;
    current = dispatch(services, current, { type: 'paused', at: services.clock.now() }).session;
    if (countdown) countdown = pauseCountdown(countdown, services.clock.now());
    challengeScene.scene.pause();
    openPauseDialog(services.i18n, participant.name, {
      resume: () => {
        current = dispatch(services, current, { type: 'resumed', at: services.clock.now() }).session;
        if (countdown) countdown = resumeCountdown(countdown, services.clock.now());
        challengeScene.scene.resume();
      },
      skip: () =>
        leaveTo({
          ...dispatch(services, current, {
            type: 'turnSkipped',
            at: services.clock.now(),
            participantId: participant.id,
            step: position.step,
          }),
          notice: { kind: 'skipped', name: participant.name },
        }),
      end: () => leaveTo(dispatch(services, current, { type: 'ended', at: services.clock.now() })),
      leave: () => {
        teardown();
        navigatorOf(challengeScene).go(CLASSROOM_SCENES.lobby);
      },
    });
  };
  // A scene that restarts itself (the map's Retry) is still this turn. One left by its Back button
  // or Escape abandons the turn: back to the turn screen, not to the level select it opened.
  const onShutdown = () =>
    window.setTimeout(() => {
      if (over || challengeScene.sys.isActive() || challengeScene.sys.isPaused()) return;
      teardown();
      const shown = scene.game.scene.getScenes(true)[0];
      if (shown) showSession(shown, { session: current, saving: null });
    }, 0);
  challengeScene.events.on(Phaser.Scenes.Events.SHUTDOWN, onShutdown);
  // The clock starts when the challenge is on screen, not while its scene is being made.
  challengeScene.events.once(Phaser.Scenes.Events.CREATE, () => {
    if (limitMs > 0) countdown = startCountdown(limitMs, services.clock.now());
    ticker = window.setInterval(tick, TICK_MS);
    tick();
  });

  // "Everyone answers": the turn is played blind, from the player view, so nothing on screen can
  // give an answer away to the pupils still to come; the class map reveals them all together.
  const data: ChallengeSceneData =
    session.settings.turnMode === 'everyone'
      ? {
          blind: {
            view: playerViewOf(challenge),
            map: played.map,
            levelId: played.id,
            levelTitle: played.title,
            difficulty: session.settings.difficulty,
            finish: (answer) => finish(answer, false),
            probeChallenge: challenge,
          },
        }
      : {
          level: played,
          run: {
            levelId: level.id,
            difficulty: session.settings.difficulty,
            startedAt,
            challengeIndex,
            results: [],
            // Each turn gets a deal of its own, as each play of a level does.
            seed: hashString(attemptId),
          },
          classroom: { finish: (_scene, answer) => finish(answer, false) },
        };
  services.audio.stopMusic();
  navigatorOf(scene).go(key, data);
  return true;
}

function isAnswerSoFar(scene: Phaser.Scene): scene is Phaser.Scene & AnswerSoFar {
  return typeof (scene as Partial<AnswerSoFar>).answerSoFar === 'function';
}
