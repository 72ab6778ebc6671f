import type Phaser from 'phaser';
import type { ClassroomStore } from '../core/classroom/classroom-store';
import type { ScoreStore } from '../core/leaderboard/score-store';
import type { PlayerProfiles } from '../core/player/player-profile';
import type { AudioPlayer } from '../core/ports/audio-player';
import type { Clock } from '../core/ports/clock';
import type { KeyValueStore } from '../core/ports/key-value-store';
import type { ReviewDeck } from '../core/review/review-deck';
import type { I18nService } from '../services/i18n-service';
import type { LevelLibrary } from '../services/level-library';
import type { Announce } from './a11y/announcer';
import type { Probe } from './probe';

/** Everything a scene may use besides Phaser, wired once in main.ts. */
export interface GameServices {
  readonly i18n: I18nService;
  readonly settings: KeyValueStore;
  readonly audio: AudioPlayer;
  readonly levels: LevelLibrary;
  readonly probe: Probe | null;
  readonly clock: Clock;
  /** Makes the ids of new score records. */
  readonly newId: () => string;
  readonly player: PlayerProfiles;
  readonly scores: ScoreStore;
  readonly review: ReviewDeck;
  /** Classroom sessions, in a database of their own. */
  readonly classroom: ClassroomStore;
  /** Says a sentence to a screen reader (src/game/a11y/announcer.ts): `announce(text, { politeness })`. */
  readonly announce: Announce;
}

const REGISTRY_KEY = 'services';

export function provideServices(game: Phaser.Game, services: GameServices): void {
  game.registry.set(REGISTRY_KEY, services);
}

export function servicesOf(scene: Phaser.Scene): GameServices {
  const services = scene.registry.get(REGISTRY_KEY) as GameServices | undefined;
  if (!services) throw new Error('Game services were not provided before the scenes started');
  return services;
}
