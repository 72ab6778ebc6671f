import type Phaser from 'phaser';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import { sessionPosition } from '../../core/classroom/session-position';
import { type SessionAction, sessionReducer } from '../../core/classroom/session-reducer';
import type { StorageResult } from '../../core/leaderboard/storage-result';
import type { Level } from '../../core/level/level-types';
import { type GameServices, servicesOf } from '../game-services';
import { navigatorOf } from '../navigator';
import { showSessionAddress } from './classroom-route';
import { CLASSROOM_SCENES } from './classroom-scene-keys';

/** Something the turn screen says once, about what just happened. */
export type TurnNotice =
  | { readonly kind: 'timeUp' | 'skipped'; readonly name: string }
  | { readonly kind: 'levelMissing'; readonly levelId: string };

/** What every classroom screen receives. */
export interface SessionSceneData {
  readonly session: ClassroomSession;
  /** The save of the last change, pending or done; null when nothing changed since it was loaded. */
  readonly saving: Promise<StorageResult<void>> | null;
  readonly notice?: TurnNotice;
  /**
   * A live session (src/game/live/): the server moves the session on, so the class map's Continue
   * asks it to instead of changing the session here.
   */
  readonly onward?: () => void;
}

/**
 * Applies an action and, when it changed the session, saves it at once: after every answer, skip
 * or pause. Saves are started in order on one connection, so IndexedDB writes them in that order
 * and an older state never overwrites a newer one.
 */
export function dispatch(
  services: GameServices,
  session: ClassroomSession,
  action: SessionAction,
): SessionSceneData {
  const next = sessionReducer(session, action);
  return next === session
    ? { session, saving: null }
    : { session: next, saving: services.classroom.save(next) };
}

/** Opens the screen the session stands at: a turn, the class map, or the results. */
export function showSession(scene: Phaser.Scene, data: SessionSceneData): void {
  showSessionAddress(data.session.id);
  const phase = sessionPosition(data.session).phase;
  const key =
    phase === 'finished'
      ? CLASSROOM_SCENES.results
      : phase === 'review'
        ? CLASSROOM_SCENES.classMap
        : CLASSROOM_SCENES.turn;
  navigatorOf(scene).go(key, data);
}

/** Plays the session in its own language, as the teacher set it up; the device's choice is kept. */
export async function useSessionLanguage(services: GameServices, session: ClassroomSession): Promise<void> {
  const { i18n } = services;
  const wanted = session.settings.language;
  if (i18n.language === wanted || !i18n.languages.includes(wanted)) return;
  await i18n.setLanguage(wanted);
  document.documentElement.lang = wanted;
}

/** The levels of the catalog by id (the catalog is loaded before any session opens). */
export function levelsById(scene: Phaser.Scene): Map<string, Level> {
  const levels = servicesOf(scene).levels.loaded()?.levels ?? [];
  return new Map(levels.map((level) => [level.id, level]));
}
