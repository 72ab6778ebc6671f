import { describe, expect, it } from 'vitest';
import {
  clampVolume,
  DEFAULT_SOUND_SETTINGS,
  parseSoundSettings,
  parseVolume,
  serializeMuted,
  serializeVolume,
  stepVolume,
} from '../../../src/core/settings/sound-settings';

describe('parseSoundSettings', () => {
  it('uses the defaults when nothing was stored', () => {
    expect(parseSoundSettings(null, null)).toEqual({ muted: false, volume: 0.8 });
    expect(DEFAULT_SOUND_SETTINGS).toEqual({ muted: false, volume: 0.8 });
  });

  it('reads what serialize wrote', () => {
    expect(parseSoundSettings(serializeMuted(true), serializeVolume(0.35))).toEqual({
      muted: true,
      volume: 0.35,
    });
    expect(parseSoundSettings(serializeMuted(false), serializeVolume(0))).toEqual({
      muted: false,
      volume: 0,
    });
  });

  it.each(['', 'TRUE', '1', 'yes', 'null', ' true'])('treats muted %j as not muted', (stored) => {
    expect(parseSoundSettings(stored, null).muted).toBe(false);
  });

  it.each(['', '   ', 'loud', 'NaN', 'Infinity', '-Infinity', '0.5.5', '{}'])(
    'treats volume %j as the default',
    (stored) => {
      expect(parseVolume(stored)).toBe(0.8);
    },
  );

  it('clamps stored volumes outside 0..1', () => {
    expect(parseVolume('7')).toBe(1);
    expect(parseVolume('-0.2')).toBe(0);
    expect(parseVolume(' 0.25 ')).toBe(0.25);
  });
});

describe('clampVolume', () => {
  it('keeps volumes between 0 and 1, and NaN falls back to the default', () => {
    expect(clampVolume(1.5)).toBe(1);
    expect(clampVolume(-1)).toBe(0);
    expect(clampVolume(0.4)).toBe(0.4);
    expect(clampVolume(Number.NaN)).toBe(0.8);
  });
});

describe('serializeVolume', () => {
  it('rounds to two decimals and clamps', () => {
    expect(serializeVolume(0.1 + 0.2)).toBe('0.3');
    expect(serializeVolume(2)).toBe('1');
  });
});

describe('stepVolume', () => {
  it('moves by a tenth and lands on round values', () => {
    expect(stepVolume(0.8, 1)).toBe(0.9);
    expect(stepVolume(0.8, -1)).toBe(0.7);
    expect(stepVolume(0.33, 1)).toBe(0.4);
    expect(stepVolume(0.7, -1)).toBe(0.6);
  });

  it('stops at the ends', () => {
    expect(stepVolume(1, 1)).toBe(1);
    expect(stepVolume(0, -1)).toBe(0);
    expect(stepVolume(0.96, 1)).toBe(1);
  });
});
