import type Phaser from 'phaser';
import { sessionPosition } from '../../core/classroom/session-position';
import type { SessionSceneData } from '../classroom/classroom-flow';
import { CLASSROOM_SCENES } from '../classroom/classroom-scene-keys';
import { navigatorOf } from '../navigator';
import type { HostSnapshot, LiveHostLink } from './live-host-link';
import { LIVE_SCENES, type LiveHostData } from './live-scene-keys';

/** The screens the projector shows during a live session: its own page, and today's class map and results. */
const PROJECTOR_SCENES: ReadonlySet<string> = new Set([
  LIVE_SCENES.host,
  CLASSROOM_SCENES.classMap,
  CLASSROOM_SCENES.results,
]);

/**
 * Which screen shows the room now. The class map and the results are today's classroom screens,
 * fed with the session the server sent; the class map's Continue asks the server for the next
 * phase instead of changing the session here. A step nobody answered has no class map: the
 * projector's own page says so.
 */
export function projectorScreen(
  snapshot: HostSnapshot,
  link: LiveHostLink,
): { readonly key: string; readonly data: SessionSceneData | LiveHostData } {
  const { session, state, saving } = snapshot;
  if (!session || !state) return { key: LIVE_SCENES.host, data: { held: true } };
  const position = sessionPosition(session);
  if (state.phase === 'finished' || position.phase === 'finished')
    return { key: CLASSROOM_SCENES.results, data: { session, saving } };
  if (state.phase === 'review' && position.phase === 'review')
    return {
      key: CLASSROOM_SCENES.classMap,
      data: { session, saving, onward: () => link.send({ type: 'next' }) },
    };
  return { key: LIVE_SCENES.host, data: { held: true } };
}

/**
 * Keeps the projector on the screen the room's phase calls for, while it shows one of the live
 * screens (a teacher who went back to the classroom list is left there). A screen already shown
 * stays as it is: the class map keeps the place it was on while answers trickle in.
 */
export function followRoom(game: Phaser.Game, link: LiveHostLink): () => void {
  let shownStep = -1;
  return link.listen((snapshot) => {
    const active = game.scene.getScenes(true)[0];
    if (!active || !PROJECTOR_SCENES.has(active.scene.key)) return;
    const wanted = projectorScreen(snapshot, link);
    const step = snapshot.state?.step ?? -1;
    if (wanted.key === active.scene.key && (wanted.key !== CLASSROOM_SCENES.classMap || step === shownStep))
      return;
    shownStep = step;
    if (wanted.key === LIVE_SCENES.host && active.scene.key === LIVE_SCENES.host) return;
    navigatorOf(active).go(wanted.key, wanted.data);
  });
}
