import type Phaser from 'phaser';
import type { AudioPlayer } from '../core/ports/audio-player';
import type { KeyValueStore } from '../core/ports/key-value-store';
import type { I18nService } from '../services/i18n-service';
import type { LevelLibrary } from '../services/level-library';
import type { Probe } from './probe';

/** Everything a scene may use besides Phaser, wired once in main.ts. */
export interface GameServices {
  readonly i18n: I18nService;
  readonly settings: KeyValueStore;
  readonly audio: AudioPlayer;
  readonly levels: LevelLibrary;
  readonly probe: Probe | null;
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
