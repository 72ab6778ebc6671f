import type { Howl, HowlOptions } from 'howler';
import type { AudioPlayer, SoundCue } from '../core/ports/audio-player';
import type { KeyValueStore } from '../core/ports/key-value-store';
import {
  clampVolume,
  parseSoundSettings,
  SOUND_SETTING_KEYS,
  serializeMuted,
  serializeVolume,
} from '../core/settings/sound-settings';

const EFFECT_FILES: Record<SoundCue, string> = {
  pickUp: 'pick-up',
  drop: 'drop',
  right: 'right',
  wrong: 'wrong',
  levelComplete: 'level-complete',
  button: 'button',
};
const CUES = Object.keys(EFFECT_FILES) as SoundCue[];

/**
 * The stretch of music.mp3 that loops, in milliseconds: one whole period that starts half a second
 * in, clear of the silence an MP3 decoder puts first. Keep in step with scripts/make-sounds.mjs.
 */
const MUSIC_LOOP: [number, number, boolean] = [500, 20_000, true];
/** The music accompanies; the effects answer the player, so they stay on top. */
const MUSIC_GAIN = 0.45;
const MUSIC_FADE_IN_MS = 1500;
const MUSIC_FADE_OUT_MS = 600;

/** Events that count as a user gesture, after which browsers let a page start audio. */
const GESTURES = ['pointerdown', 'keydown'] as const;

type GestureTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

type HowlerModule = Pick<typeof import('howler'), 'Howl' | 'Howler'>;

/** Howler itself, or how to fetch it: by default it is a chunk of its own, not needed for the first frame. */
export type HowlerSource = HowlerModule | (() => Promise<HowlerModule>);

const audioUrl = (file: string) => `${import.meta.env.BASE_URL}audio/${file}`;

/**
 * Howler behind the AudioPlayer port. Nothing touches Howler, so no AudioContext exists, until the
 * first click or key press: browsers refuse audio before that and say so in the console. Music asked
 * for earlier starts then. Howler's code is fetched when music is first asked for, so it is there by
 * the first gesture; if it comes later, sound starts when it arrives. Any failure (no audio device, no Web Audio, a file that will not load or
 * play) is reported once with console.warn and the game carries on without that sound.
 */
export class HowlerAudioPlayer implements AudioPlayer {
  private currentMuted: boolean;
  private currentVolume: number;
  private gestured = false;
  private howler: HowlerModule | null;
  private howlerLoading: Promise<void> | null = null;
  private warned = false;
  private readonly effects = new Map<SoundCue, Howl>();
  private readonly failed = new Set<SoundCue | 'music'>();
  private music: Howl | null = null;
  private musicId: number | null = null;
  private wantsMusic = false;
  private readonly onGesture = () => this.onFirstGesture();

  constructor(
    private readonly store: KeyValueStore,
    private readonly gestures: GestureTarget = window,
    private readonly howlerSource: HowlerSource = () => import('howler'),
  ) {
    this.howler = typeof howlerSource === 'function' ? null : howlerSource;
    const settings = parseSoundSettings(
      store.get(SOUND_SETTING_KEYS.muted),
      store.get(SOUND_SETTING_KEYS.volume),
    );
    this.currentMuted = settings.muted;
    this.currentVolume = settings.volume;
    for (const type of GESTURES) gestures.addEventListener(type, this.onGesture, { capture: true });
  }

  private get unlocked(): boolean {
    return this.gestured && this.howler !== null;
  }

  get muted(): boolean {
    return this.currentMuted;
  }

  get volume(): number {
    return this.currentVolume;
  }

  play(cue: SoundCue): void {
    // A sound held back until the first gesture would arrive late and out of context: drop it.
    if (this.currentMuted || !this.unlocked) return;
    const howl = this.effect(cue);
    if (howl) this.attempt(`could not play the "${cue}" sound`, () => howl.play());
  }

  get musicWanted(): boolean {
    return this.wantsMusic;
  }

  startMusic(): void {
    this.wantsMusic = true;
    this.loadHowler();
    this.resumeMusic();
  }

  stopMusic(): void {
    this.wantsMusic = false;
    const howl = this.music;
    const id = this.musicId;
    if (!howl || id === null) return;
    this.attempt('could not stop the music', () => {
      if (!howl.playing(id)) {
        this.silenceMusic();
        return;
      }
      howl.once(
        'fade',
        () => {
          if (!this.wantsMusic && this.musicId === id) this.silenceMusic();
        },
        id,
      );
      howl.fade(howl.volume(id) as number, 0, MUSIC_FADE_OUT_MS, id);
    });
  }

  setMuted(muted: boolean): void {
    this.currentMuted = muted;
    this.store.set(SOUND_SETTING_KEYS.muted, serializeMuted(muted));
    if (!this.unlocked) return;
    this.attempt('could not change the mute setting', () => this.howler?.Howler.mute(muted));
    // Master gain is already 0; stopping as well frees the audio thread while the class works.
    if (muted) this.silenceMusic();
    else this.resumeMusic();
  }

  setVolume(volume: number): void {
    this.currentVolume = clampVolume(volume);
    this.store.set(SOUND_SETTING_KEYS.volume, serializeVolume(this.currentVolume));
    if (this.unlocked)
      this.attempt('could not change the volume', () => this.howler?.Howler.volume(this.currentVolume));
  }

  private loadHowler(): void {
    const source = this.howlerSource;
    if (this.howler || this.howlerLoading || typeof source !== 'function') return;
    this.howlerLoading = source().then(
      (howler) => {
        this.howler = howler;
        if (this.gestured) this.unlock();
      },
      (error: unknown) => {
        // The next gesture or menu asks again: the download may have failed only for a moment.
        this.howlerLoading = null;
        this.report('could not load the sound library', error);
      },
    );
  }

  private onFirstGesture(): void {
    for (const type of GESTURES) this.gestures.removeEventListener(type, this.onGesture, { capture: true });
    this.gestured = true;
    if (this.howler) this.unlock();
    else this.loadHowler();
  }

  private unlock(): void {
    const howler = this.howler;
    if (!howler) return;
    // Called inside the gesture when Howler is already there, so the AudioContext it creates is allowed
    // to run; when Howler arrives later, it resumes its context at the next gesture by itself.
    this.attempt('could not start audio', () => {
      howler.Howler.volume(this.currentVolume);
      howler.Howler.mute(this.currentMuted);
    });
    // Effects load now, while the player reads the screen, so the first one is not late.
    for (const cue of CUES) this.effect(cue);
    this.resumeMusic();
  }

  private effect(cue: SoundCue): Howl | null {
    const existing = this.effects.get(cue);
    if (existing || this.failed.has(cue)) return existing ?? null;
    const file = EFFECT_FILES[cue];
    const howl = this.create(cue, {
      // WAV first: it starts on the first sample, whereas an MP3 decoder puts about 50 ms of
      // silence before it, which makes a click feel late. MP3 is there for any browser without WAV.
      src: [audioUrl(`${file}.wav`), audioUrl(`${file}.mp3`)],
    });
    if (howl) this.effects.set(cue, howl);
    return howl;
  }

  private resumeMusic(): void {
    if (!this.unlocked || this.currentMuted || !this.wantsMusic || this.failed.has('music')) return;
    this.music ??= this.create('music', {
      src: [audioUrl('music.mp3')],
      sprite: { loop: MUSIC_LOOP },
      volume: 0,
    });
    const howl = this.music;
    if (!howl) return;
    this.attempt('could not play the music', () => {
      const playing = this.musicId;
      if (playing !== null) {
        // Asked for again while fading out (menu → level → menu): fade back rather than restart.
        howl.fade(howl.volume(playing) as number, MUSIC_GAIN, MUSIC_FADE_OUT_MS, playing);
        return;
      }
      const id = howl.play('loop');
      this.musicId = id;
      howl.once('play', () => howl.fade(0, MUSIC_GAIN, MUSIC_FADE_IN_MS, id), id);
    });
  }

  private silenceMusic(): void {
    const howl = this.music;
    const id = this.musicId;
    this.musicId = null;
    if (howl && id !== null) this.attempt('could not stop the music', () => howl.stop(id));
  }

  private create(
    name: SoundCue | 'music',
    options: Pick<HowlOptions, 'src' | 'sprite' | 'volume'>,
  ): Howl | null {
    const problem = `the "${name}" sound is unavailable`;
    if (!this.howler) return null;
    try {
      return new this.howler.Howl({
        ...options,
        // Web Audio, not <audio> elements: effects overlap freely and the loop has no gap.
        html5: false,
        onloaderror: (_id, error) => this.fail(name, problem, error),
        onplayerror: (_id, error) => this.report(`could not play the "${name}" sound`, error),
      });
    } catch (error) {
      this.fail(name, problem, error);
      return null;
    }
  }

  /** A sound that failed to load is not asked for again, so its plays do not queue up forever. */
  private fail(name: SoundCue | 'music', problem: string, error: unknown): void {
    this.failed.add(name);
    const howl = name === 'music' ? this.music : this.effects.get(name);
    if (name === 'music') {
      this.music = null;
      this.musicId = null;
    } else {
      this.effects.delete(name);
    }
    if (howl) this.attempt(problem, () => howl.unload());
    this.report(problem, error);
  }

  private attempt(problem: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      this.report(problem, error);
    }
  }

  /** Once per session: with no audio device every sound fails, and one line says it all. */
  private report(problem: string, detail: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(`Qantar: ${problem}; the game carries on without sound where it fails.`, detail);
  }
}
