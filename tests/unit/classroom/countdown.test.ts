import { describe, expect, it } from 'vitest';
import {
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  startCountdown,
} from '../../../src/core/classroom/countdown';

describe('the time limit', () => {
  it('counts down from the start, stops while paused, and never goes below zero', () => {
    let countdown = startCountdown(60_000, 1000);
    expect(remainingMs(countdown, 11_000)).toBe(50_000);
    countdown = pauseCountdown(countdown, 11_000);
    expect(remainingMs(countdown, 500_000)).toBe(50_000);
    countdown = resumeCountdown(countdown, 500_000);
    expect(remainingMs(countdown, 510_000)).toBe(40_000);
    expect(remainingMs(countdown, 10_000_000)).toBe(0);
  });

  it('gives no extra time when the clock is set back', () => {
    expect(remainingMs(startCountdown(30_000, 5000), 0)).toBe(30_000);
  });
});
