import { describe, expect, it } from 'vitest';
import { parseAnswerFor, scoreAnswer } from '../../../src/core/challenges/challenge-registry';
import { timelineModule } from '../../../src/core/challenges/timeline/timeline-answer';
import {
  initialTimelinePlay,
  timelineAnswerOf,
  timelinePlay,
} from '../../../src/core/challenges/timeline/timeline-play';
import { timelineVerdict } from '../../../src/core/challenges/timeline/timeline-rules';
import { shippedOfKind } from '../challenges/shipped-challenges';

describe('"I don\'t know" on a timeline', () => {
  const { challenge } = shippedOfKind('timeline')[0]!;
  const view = timelineModule.playerView(challenge);
  const dealt = view.items.map((item) => item.id);

  it('ends the play, puts a card in hand back, and answers "I don\'t know"', () => {
    const lifted = timelinePlay(initialTimelinePlay(dealt), { type: 'lift', id: dealt[0]! });
    const moved = timelinePlay(lifted, { type: 'moveTo', slot: 5 });
    const given = timelinePlay(moved, { type: 'dontKnow' });
    expect(given.over).toBe(true);
    expect(given.held).toBeNull();
    expect(given.order).toEqual(dealt);
    expect(timelineAnswerOf(given)).toEqual({ kind: 'timeline', order: [], dontKnow: true });
    expect(timelinePlay(given, { type: 'lift', id: dealt[1]! })).toBe(given);
  });

  it('parses as an answer, as the Live server reads it, and scores every card 0, skipped', () => {
    const parsed = parseAnswerFor(view, { kind: 'timeline', order: [], dontKnow: true });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const result = scoreAnswer(challenge, parsed.answer);
    expect(result.items).toHaveLength(dealt.length);
    for (const item of result.items) {
      expect(item.points).toBe(0);
      expect(timelineVerdict(item)).toBe('skipped');
    }
    // Whatever order comes with it, "I don't know" is the answer.
    const withOrder = parseAnswerFor(view, { kind: 'timeline', order: [...dealt].reverse(), dontKnow: true });
    expect(withOrder.ok && withOrder.answer).toEqual({ kind: 'timeline', order: [], dontKnow: true });
  });

  it('refuses a "dontKnow" that is not true', () => {
    for (const dontKnow of [false, 'yes', 1, null])
      expect(parseAnswerFor(view, { kind: 'timeline', order: dealt, dontKnow })).toEqual({
        ok: false,
        problem: 'badValue',
      });
  });
});
