import { describe, expect, it } from 'vitest';
import { checkPlayerName, MAX_PLAYER_NAME_LENGTH, visibleLength } from '../../../src/core/player/player-name';
import { PLAYER_SETTINGS, PlayerProfiles } from '../../../src/core/player/player-profile';
import type { KeyValueStore } from '../../../src/core/ports/key-value-store';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => {
      data.set(key, value);
      return true;
    },
  };
}

describe('a player name', () => {
  it('is trimmed, its inner spaces collapsed, and composed (NFC)', () => {
    expect(checkPlayerName('  Zoe\u0301   Ærø \t ')).toEqual({ ok: true, name: 'Zoé Ærø' });
  });

  it('may be in any script, and is kept as text even when it looks like markup', () => {
    for (const name of ['Алия Нурланқызы', '李小龙', 'محمد', '<img src=x onerror=alert(1)>', 'O’Brien & Co'])
      expect(checkPlayerName(name)).toEqual({ ok: true, name });
  });

  it('loses control characters and text-direction overrides', () => {
    expect(checkPlayerName('Ana\u0000\u202Edog\nBo')).toEqual({ ok: true, name: 'Ana dog Bo' });
  });

  it('is refused when empty or longer than the limit, counted as a reader sees characters', () => {
    expect(checkPlayerName(' \u200B\u200D ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPlayerName('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkPlayerName('a'.repeat(MAX_PLAYER_NAME_LENGTH)).ok).toBe(true);
    expect(checkPlayerName('a'.repeat(MAX_PLAYER_NAME_LENGTH + 1))).toEqual({
      ok: false,
      problem: 'tooLong',
    });
    const family = '👨‍👩‍👧‍👦';
    expect(visibleLength(family)).toBe(1);
    expect(checkPlayerName(family.repeat(MAX_PLAYER_NAME_LENGTH)).ok).toBe(true);
    expect(checkPlayerName(family.repeat(MAX_PLAYER_NAME_LENGTH + 1))).toEqual({
      ok: false,
      problem: 'tooLong',
    });
  });
});

describe('the player profile', () => {
  it('makes an id once and keeps it', () => {
    const store = memoryStore();
    let made = 0;
    const newId = () => `id-${++made}`;
    expect(new PlayerProfiles(store, newId).current).toEqual({ id: 'id-1', name: '' });
    expect(new PlayerProfiles(store, newId).current.id).toBe('id-1');
    expect(made).toBe(1);
  });

  it('remembers a new name and refuses a bad one without forgetting the old', () => {
    const store = memoryStore();
    const profiles = new PlayerProfiles(store, () => 'me');
    expect(profiles.rename('  Zoé ')).toEqual({ ok: true, name: 'Zoé' });
    expect(profiles.rename('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(profiles.current).toEqual({ id: 'me', name: 'Zoé' });
    expect(new PlayerProfiles(store, () => 'other').current).toEqual({ id: 'me', name: 'Zoé' });
  });

  it('ignores a stored name that is not a valid name', () => {
    const store = memoryStore({ [PLAYER_SETTINGS.id]: 'me', [PLAYER_SETTINGS.name]: 'x'.repeat(500) });
    expect(new PlayerProfiles(store, () => 'other').current).toEqual({ id: 'me', name: '' });
  });
});
