import Phaser from 'phaser';
import type { ChallengeAnswer } from '../../core/challenges/challenge-kinds';
import { emptyAnswerFor, playerViewOf, scoreAnswer } from '../../core/challenges/challenge-registry';
import { playedLevel } from '../../core/classroom/class-results';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import { participantById, sessionPosition } from '../../core/classroom/session-position';
import type { SessionAction } from '../../core/classroom/session-reducer';
import { dealtChallenge, dealtView, turnSeed, unreachedItems } from '../../core/classroom/turn-deal';
import { initialTurn, type TurnEvent, turnReducer, turnTimeLeft } from '../../core/classroom/turn-flow';
import { servicesOf } from '../game-services';
import { type AnswerSoFar, type ChallengeSceneData, challengeSceneKey } from '../level-flow';
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
  const seed = turnSeed(session.id, participant.id, position.step);
  let current = session;
  let turn = initialTurn(limitMs);
  let ticker: number | undefined;

  const key = challengeSceneKey(step.kind);
  const challengeScene = scene.scene.get(key);
  const bar = mountTurnBar(scene.game, {
    i18n: services.i18n,
    name: participant.name,
    step: position.step + 1,
    steps: session.steps.length,
    limited: limitMs > 0,
    onPause: () => send({ type: 'pauseRequested', at: services.clock.now() }),
  });
  const teardown = () => {
    window.clearInterval(ticker);
    bar.remove();
    window.removeEventListener('hashchange', onRouteLeft);
  };
  const leaveTo = (data: SessionSceneData) => {
    teardown();
    showSession(challengeScene, data);
  };
  const sessionAction = (action: SessionAction) => dispatch(services, current, action);
  const skip = () =>
    leaveTo({
      ...sessionAction({
        type: 'turnSkipped',
        at: services.clock.now(),
        participantId: participant.id,
        step: position.step,
      }),
      notice: { kind: 'skipped', name: participant.name },
    });
  // The device scores the raw answer with the one rule, as the Live server does.
  const record = (answer: ChallengeAnswer, timedOut: boolean) => {
    const next = sessionAction({
      type: 'answerRecorded',
      at: services.clock.now(),
      participantId: participant.id,
      step: position.step,
      attemptId,
      startedAt,
      timedOut,
      ...(timedOut ? { unreached: unreachedItems(challenge, answer) } : {}),
      result: scoreAnswer(challenge, answer),
    });
    leaveTo(timedOut ? { ...next, notice: { kind: 'timeUp', name: participant.name } } : next);
  };
  /** Carries out what the turn's rules (core/classroom/turn-flow.ts) decided. */
  const send = (event: TurnEvent) => {
    const { state, effect } = turnReducer(turn, event);
    turn = state;
    switch (effect.type) {
      case 'none':
        return;
      case 'startTimer':
        ticker = window.setInterval(tick, TICK_MS);
        tick();
        return;
      case 'collectAnswer':
        send({
          type: 'answered',
          at: services.clock.now(),
          answer: isAnswerSoFar(challengeScene)
            ? challengeScene.answerSoFar()
            : emptyAnswerFor(playerViewOf(challenge)),
        });
        return;
      case 'pause':
        current = sessionAction({ type: 'paused', at: services.clock.now() }).session;
        challengeScene.scene.pause();
        openPauseDialog(services.i18n, participant.name, {
          resume: () => send({ type: 'resumeRequested', at: services.clock.now() }),
          skip: () => send({ type: 'skipRequested' }),
          end: () => send({ type: 'endRequested' }),
          leave: () => send({ type: 'leaveRequested' }),
        });
        return;
      case 'resume':
        current = sessionAction({ type: 'resumed', at: services.clock.now() }).session;
        challengeScene.scene.resume();
        return;
      case 'record':
        record(effect.answer, effect.timedOut);
        return;
      case 'skip':
        skip();
        return;
      case 'end':
        leaveTo(sessionAction({ type: 'ended', at: services.clock.now() }));
        return;
      case 'leave':
        teardown();
        navigatorOf(challengeScene).go(CLASSROOM_SCENES.lobby);
        return;
      case 'abandon':
        leaveTo({ session: current, saving: null });
        return;
      case 'teardown':
        teardown();
        return;
    }
  };
  const tick = () => {
    const now = services.clock.now();
    const left = turnTimeLeft(turn, now);
    if (left !== null) bar.showTime(left);
    send({ type: 'tick', at: now });
  };
  // Another address (typed, or history): main.ts opens its screen; this turn records nothing.
  const onRouteLeft = () => send({ type: 'routeLeft' });
  window.addEventListener('hashchange', onRouteLeft);
  // The clock starts when the challenge is on screen, not while its scene is being made; the
  // map's Retry restarts the scene within the same turn, and the clock runs on.
  challengeScene.events.once(Phaser.Scenes.Events.CREATE, () =>
    send({ type: 'shown', at: services.clock.now() }),
  );
  const finish = (answer: ChallengeAnswer) => send({ type: 'answered', at: services.clock.now(), answer });
  // The challenge's Back button and Escape abandon the turn: back to the turn screen.
  const abandon = () => send({ type: 'abandoned' });

  // "Everyone answers": the turn is played blind, from the player view, so nothing on screen can
  // give an answer away to the pupils still to come; the class map reveals them all together.
  const data: ChallengeSceneData =
    session.settings.turnMode === 'everyone'
      ? {
          blind: {
            view: dealtView(challenge, seed),
            map: played.map,
            levelId: played.id,
            levelTitle: played.title,
            difficulty: session.settings.difficulty,
            finish,
            onBack: abandon,
            probeChallenge: challenge,
          },
        }
      : {
          level: {
            ...played,
            challenges: played.challenges.map((candidate, index) =>
              index === challengeIndex ? dealtChallenge(candidate, seed) : candidate,
            ),
          },
          run: {
            levelId: level.id,
            difficulty: session.settings.difficulty,
            startedAt,
            challengeIndex,
            results: [],
            // Each pupil gets a deal of their own (the timeline deals from the run's seed).
            seed,
          },
          classroom: { finish: (_scene, answer) => finish(answer), onBack: abandon },
        };
  services.audio.stopMusic();
  navigatorOf(scene).go(key, data);
  return true;
}

function isAnswerSoFar(scene: Phaser.Scene): scene is Phaser.Scene & AnswerSoFar {
  return typeof (scene as Partial<AnswerSoFar>).answerSoFar === 'function';
}
