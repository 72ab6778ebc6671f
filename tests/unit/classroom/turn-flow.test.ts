import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChallengeAnswer } from '../../../src/core/challenges/challenge-kinds';
import {
  initialTurn,
  type TurnEffect,
  type TurnEvent,
  turnReducer,
  turnTimeLeft,
} from '../../../src/core/classroom/turn-flow';

const ANSWER: ChallengeAnswer = { kind: 'place', drops: [] };

function run(events: readonly TurnEvent[], limitMs = 60_000): TurnEffect[] {
  let state = initialTurn(limitMs);
  const effects: TurnEffect[] = [];
  for (const event of events) {
    const step = turnReducer(state, event);
    state = step.state;
    effects.push(step.effect);
    // The adapter answers a time up with the answer so far, at once.
    if (step.effect.type === 'collectAnswer') {
      const collected = turnReducer(state, { type: 'answered', at: 0, answer: ANSWER });
      state = collected.state;
      effects.push(collected.effect);
    }
  }
  return effects;
}

const event: fc.Arbitrary<TurnEvent> = fc.oneof(
  fc.nat(200_000).map((at): TurnEvent => ({ type: 'shown', at })),
  fc.nat(200_000).map((at): TurnEvent => ({ type: 'tick', at })),
  fc.nat(200_000).map((at): TurnEvent => ({ type: 'answered', at, answer: ANSWER })),
  fc.nat(200_000).map((at): TurnEvent => ({ type: 'pauseRequested', at })),
  fc.nat(200_000).map((at): TurnEvent => ({ type: 'resumeRequested', at })),
  fc.constantFrom<TurnEvent>(
    { type: 'skipRequested' },
    { type: 'endRequested' },
    { type: 'leaveRequested' },
    { type: 'abandoned' },
    { type: 'routeLeft' },
  ),
);

const ENDINGS = new Set(['record', 'skip', 'end', 'leave', 'abandon', 'teardown']);

describe('a classroom turn', () => {
  it('starts the clock when the challenge is on screen, stops it while paused, and scores the answer so far at time up', () => {
    let step = turnReducer(initialTurn(60_000), { type: 'tick', at: 0 });
    expect(step.effect.type).toBe('none');
    step = turnReducer(step.state, { type: 'shown', at: 1000 });
    expect(step.effect.type).toBe('startTimer');
    expect(turnTimeLeft(step.state, 11_000)).toBe(50_000);
    step = turnReducer(step.state, { type: 'pauseRequested', at: 11_000 });
    expect(step.effect.type).toBe('pause');
    // Paused: the clock stands still, and no answer is taken.
    expect(turnReducer(step.state, { type: 'tick', at: 900_000 }).effect.type).toBe('none');
    expect(turnReducer(step.state, { type: 'answered', at: 12_000, answer: ANSWER }).effect.type).toBe(
      'none',
    );
    step = turnReducer(step.state, { type: 'resumeRequested', at: 500_000 });
    expect(step.effect.type).toBe('resume');
    expect(turnTimeLeft(step.state, 510_000)).toBe(40_000);
    // A Retry shows the challenge again: the clock runs on, it does not start again.
    expect(turnReducer(step.state, { type: 'shown', at: 510_000 }).state).toBe(step.state);
    step = turnReducer(step.state, { type: 'tick', at: 550_000 });
    expect(step.effect.type).toBe('collectAnswer');
    step = turnReducer(step.state, { type: 'answered', at: 550_000, answer: ANSWER });
    expect(step.effect).toEqual({ type: 'record', answer: ANSWER, timedOut: true });
  });

  it('records an answer given in time as not timed out, and never runs out without a limit', () => {
    let step = turnReducer(initialTurn(0), { type: 'shown', at: 0 });
    expect(turnReducer(step.state, { type: 'tick', at: 10 ** 9 }).effect.type).toBe('none');
    expect(turnTimeLeft(step.state, 5)).toBeNull();
    step = turnReducer(step.state, { type: 'answered', at: 5, answer: ANSWER });
    expect(step.effect).toEqual({ type: 'record', answer: ANSWER, timedOut: false });
  });

  it('offers skip, end and leave only from the pause dialog', () => {
    const playing = turnReducer(initialTurn(0), { type: 'shown', at: 0 }).state;
    for (const type of ['skipRequested', 'endRequested', 'leaveRequested'] as const)
      expect(turnReducer(playing, { type }).effect.type).toBe('none');
    const paused = turnReducer(playing, { type: 'pauseRequested', at: 1 }).state;
    expect(turnReducer(paused, { type: 'skipRequested' }).effect.type).toBe('skip');
    expect(turnReducer(paused, { type: 'endRequested' }).effect.type).toBe('end');
    expect(turnReducer(paused, { type: 'leaveRequested' }).effect.type).toBe('leave');
  });

  it('whatever happens, records at most one answer, ends once, and records nothing after an abandon', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.constantFrom(0, 30_000, 60_000), (events, limit) => {
        const effects = run(events, limit);
        expect(effects.filter((effect) => effect.type === 'record').length).toBeLessThanOrEqual(1);
        const endings = effects.filter((effect) => ENDINGS.has(effect.type));
        expect(endings.length).toBeLessThanOrEqual(1);
        const abandoned = effects.findIndex((effect) => effect.type === 'abandon');
        if (abandoned >= 0)
          expect(effects.slice(abandoned + 1).every((effect) => effect.type === 'none')).toBe(true);
        // A timed-out answer needs a limit.
        if (limit === 0)
          expect(effects.some((effect) => effect.type === 'record' && effect.timedOut)).toBe(false);
      }),
      { numRuns: 400, seed: 21 },
    );
  });
});
