/** The short sounds the game can make; each names a moment in play, not a file. */
export type SoundCue = 'pickUp' | 'drop' | 'right' | 'wrong' | 'levelComplete' | 'button';

/**
 * Sound as the game sees it. Implementations never throw: a machine without audio, or a browser
 * still waiting for the first click or key press, simply stays silent.
 */
export interface AudioPlayer {
  play(cue: SoundCue): void;
  /** Starts the menu loop, or, before the first user gesture, as soon as the browser allows. */
  startMusic(): void;
  stopMusic(): void;
  /** Remembered on the device, like the volume. */
  setMuted(muted: boolean): void;
  /** 0 (silent) to 1 (full); values outside are clamped. */
  setVolume(volume: number): void;
  readonly muted: boolean;
  readonly volume: number;
  /** Whether the menu music is asked for now (it may still wait for the first gesture, or be muted). */
  readonly musicWanted: boolean;
}
