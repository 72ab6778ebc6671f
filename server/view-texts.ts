/**
 * What a pupil's screen may read of a teacher's own level before the reveal: the texts of the keys
 * its player view shows (and the level's title), never a fact, a note or a target it does not show.
 */
import { isRecord } from '../src/core/challenges/answer-input';
import type { PlayerChallengeView } from '../src/core/challenges/challenge-kinds';
import { CHALLENGE_MODULES } from '../src/core/challenges/challenge-registry';

export function viewKeys(view: PlayerChallengeView): string[] {
  return (CHALLENGE_MODULES[view.kind].viewTextKeys as (value: PlayerChallengeView) => string[])(view);
}

/** The texts of a teacher's level for these keys only, in every language the level carries. */
export function textsFor(
  texts: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [language, tree] of Object.entries(texts)) {
    const picked: Record<string, unknown> = {};
    for (const key of keys) {
      const value = lookup(tree, key);
      if (typeof value === 'string') place(picked, key, value);
    }
    out[language] = picked;
  }
  return out;
}

function lookup(tree: unknown, key: string): unknown {
  let node = tree;
  for (const part of key.split('.')) node = isRecord(node) ? node[part] : undefined;
  return node;
}

function place(tree: Record<string, unknown>, key: string, value: string): void {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) {
    const child = node[part];
    const next: Record<string, unknown> = isRecord(child) ? child : {};
    node[part] = next;
    node = next;
  }
  node[parts.at(-1) ?? key] = value;
}
