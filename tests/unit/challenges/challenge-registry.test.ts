import { describe, expect, it } from 'vitest';
import {
  CHALLENGE_KIND_NAMES,
  CHALLENGE_MODULES,
  emptyAnswerFor,
  parseAnswerFor,
  playerViewOf,
  scoreAnswer,
} from '../../../src/core/challenges/challenge-registry';
import type { ChallengeKind } from '../../../src/core/level/level-types';
import { shippedChallenges } from './shipped-challenges';

/** Every kind the level format knows, as the schema lists them. */
const schema = (await import('../../../levels/schema.json', { with: { type: 'json' } })).default as unknown;

function kindsInSchema(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const entry of node) kindsInSchema(entry, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'kind' && value && typeof value === 'object' && 'const' in value)
        found.add(String((value as { const: unknown }).const));
      kindsInSchema(value, found);
    }
  }
  return found;
}

describe('the challenge registry', () => {
  it('has a module for every kind of challenge the level format knows, and for no other', () => {
    expect([...CHALLENGE_KIND_NAMES].sort()).toEqual([...kindsInSchema(schema)].sort());
  });

  it.each(CHALLENGE_KIND_NAMES)('the %s module has all its parts', (kind: ChallengeKind) => {
    const module = CHALLENGE_MODULES[kind];
    expect(module.kind).toBe(kind);
    expect(module.pointsPerItem).toBeGreaterThan(0);
    for (const part of ['playerView', 'emptyAnswer', 'parseAnswer', 'score', 'viewTextKeys'] as const)
      expect(typeof module[part]).toBe('function');
  });

  it.each(CHALLENGE_KIND_NAMES)('a shipped %s challenge goes through every part', (kind) => {
    const entry = shippedChallenges.find(({ challenge }) => challenge.kind === kind);
    if (!entry) throw new Error(`no shipped level has a ${kind} challenge`);
    const view = playerViewOf(entry.challenge);
    expect(view.kind).toBe(kind);
    expect(view.id).toBe(entry.challenge.id);
    const empty = emptyAnswerFor(view);
    expect(parseAnswerFor(view, empty)).toEqual({ ok: true, answer: empty });
    const result = scoreAnswer(entry.challenge, empty);
    expect(result.kind).toBe(kind);
    expect(result.items.every((item) => item.maxPoints === CHALLENGE_MODULES[kind].pointsPerItem)).toBe(true);
  });
});
