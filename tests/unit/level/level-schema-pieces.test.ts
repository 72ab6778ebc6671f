import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelSchemaText, readPieces } from '../../../scripts/build-level-schema.mjs';

/**
 * levels/schema.json is composed from levels/schema/level-base.json and one piece per kind
 * (scripts/build-level-schema.mjs). Editors read the checked-in file, so it must be what its parts give.
 */

const root = join(import.meta.dirname, '../../..');

function kindsDir(pieces: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'qantar-pieces-'));
  for (const [kind, piece] of Object.entries(pieces)) {
    mkdirSync(join(dir, kind));
    writeFileSync(join(dir, kind, `${kind}.schema.json`), JSON.stringify(piece));
  }
  return dir;
}

describe('the level schema, composed from a piece per kind', () => {
  it('is checked in as its parts give it (else: npm run levels:validator, and commit levels/schema.json)', () => {
    expect(readFileSync(join(root, 'levels/schema.json'), 'utf8')).toBe(levelSchemaText());
  });

  it('lists the kinds in their pieces’ positions, each picking its own definition', () => {
    const schema = JSON.parse(levelSchemaText());
    const challenge = schema.properties.challenges.items;
    expect(challenge.properties.kind.enum).toEqual(['place', 'timeline', 'match']);
    expect(challenge.properties.kind.description).toBe(
      'What the player does: place on the map, order in time, or match.',
    );
    expect(challenge.allOf.map((branch: { then: { $ref: string } }) => branch.then.$ref)).toEqual([
      '#/$defs/placeChallenge',
      '#/$defs/timelineChallenge',
      '#/$defs/matchChallenge',
    ]);
    for (const kind of ['place', 'timeline', 'match'])
      expect(schema.$defs).toHaveProperty(`${kind}Challenge`);
  });

  it('refuses a piece whose kind is not its folder’s, or that defines no challenge', () => {
    const defs = { quizChallenge: { type: 'object' } };
    expect(() =>
      readPieces(kindsDir({ quiz: { kind: 'quiz', position: 1, does: 'answer', $defs: defs } })),
    ).not.toThrow();
    expect(() =>
      readPieces(kindsDir({ quiz: { kind: 'poll', position: 1, does: 'answer', $defs: defs } })),
    ).toThrow(/"kind" must be "quiz"/);
    expect(() =>
      readPieces(kindsDir({ quiz: { kind: 'quiz', position: 1, does: 'answer', $defs: {} } })),
    ).toThrow(/must define "quizChallenge"/);
    expect(() =>
      readPieces(
        kindsDir({
          quiz: { kind: 'quiz', position: 1, does: 'answer', $defs: defs },
          poll: { kind: 'poll', position: 1, does: 'vote', $defs: { pollChallenge: {} } },
        }),
      ),
    ).toThrow(/same "position"/);
  });
});
