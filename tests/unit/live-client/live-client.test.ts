import { describe, expect, it } from 'vitest';
import type { SessionDraft } from '../../../src/core/classroom/session-setup';
import type { LivePublicState } from '../../../src/core/live/live-protocol';
import { problemOf, publicState } from '../../../src/game/live/live-connection';
import { clockText, timeLeftMs } from '../../../src/game/live/live-countdown';
import { liveSetupOf } from '../../../src/game/live/live-setup';
import { joinAddress } from '../../../src/game/live/live-status';
import { parseRoute, routeHash } from '../../../src/game/router';

const state = (change: Partial<LivePublicState>): LivePublicState => ({
  code: 'ABC234',
  phase: 'play',
  step: 0,
  steps: 2,
  deadline: 0,
  pausedRemainingMs: 0,
  paused: false,
  pupils: [],
  hostConnected: true,
  ...change,
});

describe('the Live client', () => {
  it('reads the server refusal a join met, whatever the SDK wraps it in', () => {
    expect(problemOf(new Error('nameTaken'))).toBe('nameTaken');
    expect(problemOf(Object.assign(new Error('tooManyAttempts'), { code: 429 }))).toBe('tooManyAttempts');
    expect(problemOf(new Error('room "XYZ" not found'))).toBe('roomNotFound');
    expect(problemOf(new TypeError('Failed to fetch'))).toBe('unreachable');
  });

  it('reads the schema state as the protocol says, pupils in an array or a map, and nothing it does not know', () => {
    const schema = {
      toJSON: () => ({
        code: 'ABC234',
        phase: 'review',
        step: 1,
        steps: 2,
        deadline: 0,
        pausedRemainingMs: 0,
        paused: false,
        hostConnected: true,
        pupils: { a: { id: 'p1', name: 'Zoé', connected: true, answered: true }, b: { id: 3 } },
      }),
    };
    expect(publicState(schema)).toEqual(
      state({
        phase: 'review',
        step: 1,
        pupils: [{ id: 'p1', name: 'Zoé', connected: true, answered: true }],
      }),
    );
    expect(publicState({ phase: 'hacked', pupils: 'no' })).toMatchObject({
      phase: 'lobby',
      pupils: [],
      step: -1,
    });
  });

  it('counts down from the deadline, holds the time left while paused, and says nothing without a limit', () => {
    expect(timeLeftMs(state({ deadline: 10_500 }), 1000)).toBe(9500);
    expect(timeLeftMs(state({ deadline: 500 }), 1000)).toBe(0);
    expect(timeLeftMs(state({ paused: true, pausedRemainingMs: 42_000 }), 1000)).toBe(42_000);
    expect(timeLeftMs(state({}), 1000)).toBeNull();
    expect(clockText(65_000)).toBe('1:05');
    expect(clockText(100)).toBe('0:01');
  });

  it('puts the room code in the pupils address the server gives', () => {
    expect(joinAddress('http://192.168.1.20:5173/#/live', 'ABC234')).toBe(
      'http://192.168.1.20:5173/#/live/ABC234',
    );
  });

  it('has addresses for a pupil with or without a code and for the projector', () => {
    expect(parseRoute('#/live/abc234')).toEqual({ screen: 'live', code: 'ABC234' });
    expect(parseRoute('#/live')).toEqual({ screen: 'live', code: null });
    expect(parseRoute('#/live-host/ABC234')).toEqual({ screen: 'liveHost', code: 'ABC234' });
    expect(parseRoute('#/live/<script>')).toEqual({ screen: 'title' });
    expect(routeHash({ screen: 'live', code: 'ABC234' })).toBe('#/live/ABC234');
    expect(routeHash({ screen: 'liveHost', code: 'ABC234' })).toBe('#/live-host/ABC234');
  });

  it('turns the setup form into a room setup without a roster, with the form’s own checks', () => {
    const draft: SessionDraft = {
      name: '  4e   B ',
      teams: false,
      participants: [],
      playlist: ['who-is-who', 'who-is-who'],
      settings: {
        turnMode: 'live',
        difficulty: 'easy',
        timeLimitSeconds: 120,
        hints: true,
        language: 'fr',
        scoreMode: 'fair',
        ranking: 'top3',
      },
    };
    const known = new Set(['who-is-who']);
    expect(liveSetupOf(draft, known)).toEqual({
      ok: true,
      setup: {
        className: '4e B',
        playlist: ['who-is-who'],
        settings: {
          difficulty: 'easy',
          timeLimitSeconds: 120,
          hints: true,
          language: 'fr',
          scoreMode: 'fair',
          ranking: 'top3',
        },
      },
    });
    const bad = liveSetupOf({ ...draft, name: ' ', playlist: [] }, known);
    expect(bad.ok ? [] : bad.problems.map((problem) => problem.code)).toEqual(['nameEmpty', 'noLevels']);
  });
});
