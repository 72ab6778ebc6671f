import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChallengePlay } from '../../../src/core/challenges/challenge-module';
import {
  CHALLENGE_KIND_NAMES,
  CHALLENGE_MODULES,
  CHALLENGE_PLAYS,
  parseAnswerFor,
  playerViewOf,
  scoreAnswer,
} from '../../../src/core/challenges/challenge-registry';
import type { ChallengeKind } from '../../../src/core/level/level-types';
import { CHALLENGE_VIEWS } from '../../../src/game/challenges/challenge-views';
import { shippedChallenges } from './shipped-challenges';

/**
 * A kind of challenge is a core folder, a game view, a schema piece and locale keys
 * (docs/challenge-kinds.md, "Adding a kind"). Each registered kind must have every part, so a kind
 * half added fails here, naming the part it lacks, rather than on a player's screen.
 */

const root = join(import.meta.dirname, '../../..');
const languages = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const kindsDoc = readFileSync(join(root, 'docs/challenge-kinds.md'), 'utf8');

function playOf(kind: ChallengeKind): ChallengePlay<unknown, unknown, unknown, unknown> {
  return CHALLENGE_PLAYS[kind] as ChallengePlay<unknown, unknown, unknown, unknown>;
}

/** The module file a lazy `() => import('…')` names, resolved from challenge-views.ts. */
function sceneFileOf(kind: ChallengeKind): string {
  // Vitest rewrites `import(` as `__vi_ssr_dynamic_import__(`; the specifier stays as written.
  const specifier = /import(?:__)?\(\s*["'`]([^"'`]+)["'`]/.exec(
    CHALLENGE_VIEWS[kind].scene.load.toString(),
  )?.[1];
  if (!specifier) throw new Error(`the ${kind} view's scene is not a plain import()`);
  // Vitest also resolves it from the project's root ("/src/…"); as written, it is relative to the file.
  const file = `${specifier.replace(/\.ts$/, '')}.ts`;
  return file.startsWith('/') ? join(root, file) : join(root, 'src/game/challenges', file);
}

describe('every registered kind of challenge has all its parts', () => {
  it('the game registers a view for exactly the kinds the core knows', () => {
    expect(Object.keys(CHALLENGE_VIEWS).sort()).toEqual([...CHALLENGE_KIND_NAMES].sort());
    expect(Object.keys(CHALLENGE_PLAYS).sort()).toEqual([...CHALLENGE_KIND_NAMES].sort());
  });

  it.each(CHALLENGE_KIND_NAMES)('%s: a core module with every function', (kind) => {
    const module = CHALLENGE_MODULES[kind];
    expect(module.kind).toBe(kind);
    for (const part of ['playerView', 'parseAnswer', 'score', 'emptyAnswer', 'viewTextKeys'] as const)
      expect(typeof module[part], part).toBe('function');
    expect(existsSync(join(root, 'src/core/challenges', kind)), `src/core/challenges/${kind}/`).toBe(true);
  });

  it.each(CHALLENGE_KIND_NAMES)(
    '%s: a play reducer whose untouched state gives an answer that parses',
    (kind) => {
      const entry = shippedChallenges.find(({ challenge }) => challenge.kind === kind);
      if (!entry) throw new Error(`no shipped level has a ${kind} challenge`);
      const view = playerViewOf(entry.challenge);
      const play = playOf(kind);
      const state = play.start(view);
      expect(typeof play.reducer(view)).toBe('function');
      // Plain JSON, so a run can be saved, resumed and replayed.
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      const parsed = parseAnswerFor(view, play.answerOf(view, state));
      expect(parsed.ok).toBe(true);
      if (parsed.ok)
        expect(scoreAnswer(entry.challenge, parsed.answer).items).toHaveLength(entry.challenge.items.length);
    },
  );

  it.each(CHALLENGE_KIND_NAMES)('%s: a schema piece defining its challenge', (kind) => {
    const file = join(root, 'src/core/challenges', kind, `${kind}.schema.json`);
    expect(existsSync(file), file).toBe(true);
    const piece = JSON.parse(readFileSync(file, 'utf8'));
    expect(piece.kind).toBe(kind);
    expect(Object.keys(piece.$defs)).toContain(`${kind}Challenge`);
  });

  it.each(CHALLENGE_KIND_NAMES)('%s: a game view, its scene module and its class', (kind) => {
    const view = CHALLENGE_VIEWS[kind];
    expect(view.sceneKey).toBe(kind);
    const file = sceneFileOf(kind);
    expect(existsSync(file), file).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`export class ${view.scene.exportName}\\b`));
  });

  it.each(CHALLENGE_KIND_NAMES)('%s: its screen texts in every language', (kind) => {
    expect(languages).toEqual(expect.arrayContaining(['fr', 'en', 'ru']));
    for (const language of languages) {
      const file = join(root, 'locales', language, `${CHALLENGE_VIEWS[kind].namespace}.json`);
      expect(existsSync(file), file).toBe(true);
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8'))).length, file).toBeGreaterThan(0);
    }
  });

  it.each(CHALLENGE_KIND_NAMES)('%s: described in docs/challenge-kinds.md', (kind) => {
    expect(kindsDoc).toContain(`\`${kind}\``);
  });
});
