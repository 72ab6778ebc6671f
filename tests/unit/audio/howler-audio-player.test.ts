import type { HowlOptions } from 'howler';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from '../../../src/core/ports/key-value-store';

const howler = vi.hoisted(() => {
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static failOnCreate = false;
    readonly play = vi.fn((_sprite?: string) => 1000 + FakeHowl.instances.indexOf(this));
    readonly stop = vi.fn();
    readonly fade = vi.fn();
    readonly once = vi.fn();
    readonly unload = vi.fn();
    readonly playing = vi.fn(() => true);
    readonly volume = vi.fn(() => 0.45);

    constructor(readonly options: HowlOptions) {
      if (FakeHowl.failOnCreate) throw new Error('AudioContext is not available');
      FakeHowl.instances.push(this);
    }

    get src(): string {
      return ([] as string[]).concat(this.options.src)[0] ?? '';
    }
  }
  return { FakeHowl, Howler: { volume: vi.fn(), mute: vi.fn() } };
});

const { HowlerAudioPlayer } = await import('../../../src/services/howler-audio-player');
const { FakeHowl } = howler;
const fakeHowler = { Howl: howler.FakeHowl, Howler: howler.Howler } as unknown as typeof import('howler');

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
      return true;
    },
  };
}

const gesture = (target: EventTarget, type: 'pointerdown' | 'keydown' = 'pointerdown') =>
  target.dispatchEvent(new Event(type));
const musicHowl = () => FakeHowl.instances.find((h) => h.src.endsWith('audio/music.mp3'));
const effectHowl = (file: string) => FakeHowl.instances.find((h) => h.src.endsWith(`audio/${file}.wav`));

describe('HowlerAudioPlayer', () => {
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    FakeHowl.instances = [];
    FakeHowl.failOnCreate = false;
    vi.clearAllMocks();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => warn.mockRestore());

  it('touches no Howl and no Howler setting before the first gesture', () => {
    const player = new HowlerAudioPlayer(memoryStore(), new EventTarget(), fakeHowler);
    player.play('pickUp');
    player.startMusic();
    player.setVolume(0.5);
    player.setMuted(false);
    expect(FakeHowl.instances).toHaveLength(0);
    expect(howler.Howler.volume).not.toHaveBeenCalled();
    expect(howler.Howler.mute).not.toHaveBeenCalled();
  });

  it('starts the music asked for earlier once the player presses a key, looping the sprite', () => {
    const target = new EventTarget();
    const player = new HowlerAudioPlayer(memoryStore({ 'sound.volume': '0.6' }), target, fakeHowler);
    player.startMusic();
    gesture(target, 'keydown');
    const music = musicHowl();
    expect(music?.options.html5).toBe(false);
    expect(music?.options.sprite?.loop).toEqual([500, 20_000, true]);
    expect(music?.play).toHaveBeenCalledWith('loop');
    expect(howler.Howler.volume).toHaveBeenCalledWith(0.6);
    expect(howler.Howler.mute).toHaveBeenCalledWith(false);
  });

  it('unlocks once, loads the effects as WAV first, and plays them after the gesture', () => {
    const target = new EventTarget();
    const player = new HowlerAudioPlayer(memoryStore(), target, fakeHowler);
    gesture(target);
    gesture(target, 'keydown');
    expect(FakeHowl.instances).toHaveLength(6);
    expect(effectHowl('level-complete')?.options.src).toEqual([
      '/audio/level-complete.wav',
      '/audio/level-complete.mp3',
    ]);
    player.play('levelComplete');
    expect(effectHowl('level-complete')?.play).toHaveBeenCalledTimes(1);
    expect(howler.Howler.volume).toHaveBeenCalledTimes(1);
  });

  it('remembers mute and volume, and a muted player starts nothing', () => {
    const store = memoryStore();
    new HowlerAudioPlayer(store, new EventTarget(), fakeHowler).setMuted(true);
    new HowlerAudioPlayer(store, new EventTarget(), fakeHowler).setVolume(1.7);
    expect(store.values.get('sound.muted')).toBe('true');
    expect(store.values.get('sound.volume')).toBe('1');

    const target = new EventTarget();
    const player = new HowlerAudioPlayer(store, target, fakeHowler);
    expect(player.muted).toBe(true);
    expect(player.volume).toBe(1);
    player.startMusic();
    gesture(target);
    player.play('right');
    expect(howler.Howler.mute).toHaveBeenCalledWith(true);
    expect(musicHowl()).toBeUndefined();
    expect(effectHowl('right')?.play).not.toHaveBeenCalled();

    player.setMuted(false);
    expect(store.values.get('sound.muted')).toBe('false');
    expect(musicHowl()?.play).toHaveBeenCalledWith('loop');
  });

  it('stops the music when muted and fades it out when asked to stop', () => {
    const target = new EventTarget();
    const player = new HowlerAudioPlayer(memoryStore(), target, fakeHowler);
    gesture(target);
    player.startMusic();
    const music = musicHowl();
    player.setMuted(true);
    expect(music?.stop).toHaveBeenCalledTimes(1);
    player.setMuted(false);
    player.stopMusic();
    expect(music?.fade).toHaveBeenLastCalledWith(0.45, 0, 600, expect.any(Number));
  });

  it('reports load errors once, never throws, and stops asking for a sound that failed', () => {
    const target = new EventTarget();
    const player = new HowlerAudioPlayer(memoryStore(), target, fakeHowler);
    player.startMusic();
    gesture(target);
    for (const howl of [...FakeHowl.instances]) howl.options.onloaderror?.(0, 'No audio support.');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/sound is unavailable/);

    const created = FakeHowl.instances.length;
    expect(() => {
      player.play('wrong');
      player.stopMusic();
      player.startMusic();
      player.setVolume(0.2);
    }).not.toThrow();
    expect(FakeHowl.instances).toHaveLength(created);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('stays silent without throwing when Howler cannot create sounds at all', () => {
    FakeHowl.failOnCreate = true;
    howler.Howler.volume.mockImplementationOnce(() => {
      throw new Error('AudioContext is not defined');
    });
    const target = new EventTarget();
    const player = new HowlerAudioPlayer(memoryStore(), target, fakeHowler);
    player.startMusic();
    expect(() => {
      gesture(target);
      player.play('button');
    }).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not start audio/);
  });

  it('fetches Howler when music is first wanted, and starts sound when it arrives after the gesture', async () => {
    let arrive: (module: typeof fakeHowler) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof fakeHowler>((resolve) => (arrive = resolve)));
    const target = new EventTarget();
    const player = new HowlerAudioPlayer(memoryStore(), target, load);
    expect(load).not.toHaveBeenCalled();
    player.startMusic();
    player.startMusic();
    expect(load).toHaveBeenCalledTimes(1);
    gesture(target);
    player.play('button');
    expect(FakeHowl.instances).toHaveLength(0);

    arrive(fakeHowler);
    await vi.waitFor(() => expect(musicHowl()?.play).toHaveBeenCalledWith('loop'));
    expect(howler.Howler.volume).toHaveBeenCalledTimes(1);
    player.play('button');
    expect(effectHowl('button')?.play).toHaveBeenCalledTimes(1);
  });

  it('says once that Howler could not be fetched, and asks again the next time music is wanted', async () => {
    const load = vi
      .fn<() => Promise<typeof fakeHowler>>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(fakeHowler);
    const target = new EventTarget();
    const player = new HowlerAudioPlayer(memoryStore(), target, load);
    gesture(target);
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not load the sound library/);

    player.startMusic();
    await vi.waitFor(() => expect(musicHowl()?.play).toHaveBeenCalledWith('loop'));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
