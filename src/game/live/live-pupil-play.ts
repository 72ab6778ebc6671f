import type Phaser from 'phaser';
import type { LiveChallengeView } from '../../core/live/live-protocol';
import { blindAnswerSoFar, playBlind } from '../blind-play';
import { servicesOf } from '../game-services';
import { challengeSceneKey } from '../level-flow';
import { navigatorOf } from '../navigator';
import { mountLiveBar } from './live-bar';
import { timeLeftMs } from './live-countdown';
import type { LivePupilLink, PupilSnapshot } from './live-pupil-link';
import { LIVE_SCENES } from './live-scene-keys';

const TICK_MS = 250;
/** With this little time left, the answer so far goes at once rather than at the next draft. */
const LAST_DRAFT_MS = 1200;

/**
 * Plays the open challenge on a pupil's device, in today's challenge scene, blind: from its player
 * view only (the device never has the answers). Every change goes to the server as a draft (throttled
 * by the link), the finished answer as the answer. When the teacher closes the answers, time runs
 * out or the connection is lost for good, the device goes back to the waiting page; Back does too,
 * and the pupil can start the challenge again while it is open.
 */
export function playLiveChallenge(from: Phaser.Scene, link: LivePupilLink, view: LiveChallengeView): void {
  const services = servicesOf(from);
  const game = from.game;
  const key = challengeSceneKey(view.challenge.kind);
  let over = false;
  let lastDraftSent = false;
  let paused = false;
  let bar: ReturnType<typeof mountLiveBar> | null = null;
  let ticker: number | undefined;
  let unlisten: () => void = () => {};

  const challengeScene = (): Phaser.Scene | null => {
    const scene = game.scene.getScene(key);
    return scene && (scene.sys.isActive() || scene.sys.isPaused()) ? scene : null;
  };
  const leave = () => {
    if (over) return;
    over = true;
    window.clearInterval(ticker);
    unlisten();
    bar?.remove();
    const scene = challengeScene();
    if (scene?.sys.isPaused()) scene.scene.resume();
    const shown = scene ?? game.scene.getScenes(true)[0];
    if (shown) navigatorOf(shown).go(LIVE_SCENES.pupil, { code: link.current.code });
  };
  const follow = (snapshot: PupilSnapshot) => {
    const { state } = snapshot;
    if (snapshot.closed || !state || state.phase !== 'play' || state.step !== view.step) {
      leave();
      return;
    }
    bar?.showStatus(
      snapshot.status === 'reconnecting' ? `… ${services.i18n.t('live:status.reconnecting')}` : '',
    );
    const scene = challengeScene();
    if (state.paused !== paused && scene) {
      paused = state.paused;
      if (paused) scene.scene.pause();
      else scene.scene.resume();
    }
  };
  const tick = () => {
    const state = link.current.state;
    if (!state || over) return;
    const left = timeLeftMs(state, Date.now() + link.current.clockOffsetMs);
    bar?.showTime(left, state.paused);
    const answer =
      left !== null && left <= LAST_DRAFT_MS && !lastDraftSent
        ? blindAnswerSoFar(from, view.challenge.kind)
        : null;
    if (answer) {
      lastDraftSent = true;
      link.sendDraft(view.step, answer, true);
    }
  };

  services.audio.stopMusic();
  playBlind(from, {
    view: view.challenge,
    map: view.map,
    levelId: view.levelId,
    levelTitle: view.levelTitle,
    ...(view.texts ? { texts: view.texts } : {}),
    difficulty: view.settings.difficulty,
    finish: (answer) => {
      link.sendAnswer(view.step, answer);
      leave();
    },
    onAnswerChanged: (answer) => link.sendDraft(view.step, answer),
    onBack: () => leave(),
  });
  // The strip goes above the challenge at once: the scene lays itself out in the space left.
  bar = mountLiveBar(game, services.i18n, {
    name: link.current.seat?.name ?? '',
    step: view.step + 1,
    steps: view.steps,
  });
  unlisten = link.listen(follow);
  ticker = window.setInterval(tick, TICK_MS);
  tick();
  follow(link.current);
}
