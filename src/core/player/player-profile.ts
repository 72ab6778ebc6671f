import type { KeyValueStore } from '../ports/key-value-store';
import { checkPlayerName, type PlayerNameCheck } from './player-name';

/** The player on this device: a stable id the leaderboard groups scores by, and a changeable name. */
export interface PlayerProfile {
  readonly id: string;
  /** '' until the player gives a name. */
  readonly name: string;
}

export const PLAYER_SETTINGS = { id: 'player.id', name: 'player.name' } as const;

/**
 * Keeps the current player in the settings store. The id is made once and never changes, so a new
 * name still ranks the player's earlier scores as theirs.
 */
export class PlayerProfiles {
  private profile: PlayerProfile;

  constructor(
    private readonly store: KeyValueStore,
    newId: () => string,
  ) {
    let id = store.get(PLAYER_SETTINGS.id);
    if (!id) {
      id = newId();
      store.set(PLAYER_SETTINGS.id, id);
    }
    const saved = checkPlayerName(store.get(PLAYER_SETTINGS.name) ?? '');
    this.profile = { id, name: saved.ok ? saved.name : '' };
  }

  get current(): PlayerProfile {
    return this.profile;
  }

  /** Checks and remembers a new name; a refused name leaves the profile as it was. */
  rename(raw: string): PlayerNameCheck {
    const check = checkPlayerName(raw);
    if (check.ok) {
      this.profile = { ...this.profile, name: check.name };
      this.store.set(PLAYER_SETTINGS.name, check.name);
    }
    return check;
  }
}
