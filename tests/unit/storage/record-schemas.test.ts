import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLevelEnums } from '../../../scripts/build-record-validators.mjs';
import { CHALLENGE_KIND_NAMES } from '../../../src/core/challenges/challenge-registry';
import {
  RANKING_DISPLAYS,
  SAVED_TURN_MODES,
  SESSION_FORMAT,
} from '../../../src/core/classroom/classroom-session';
import { SCORE_RECORD_FORMAT } from '../../../src/core/leaderboard/score-record';
import { DIFFICULTIES } from '../../../src/core/level/difficulty';
import { SCORE_MODES } from '../../../src/core/scoring/score-mode';

const root = join(import.meta.dirname, '../../..');
/** A schema, read as the plain JSON it is. */
type Schema = ReturnType<typeof JSON.parse>;
const read = (path: string): Schema => JSON.parse(readFileSync(join(root, path), 'utf8'));
const levelSchema = read('levels/schema.json');
const score = read('src/core/records/score-record.schema.json');
const session = withLevelEnums(read('src/core/records/classroom-session.schema.json'), levelSchema) as Schema;

/** The schemas are JSON, the game's lists TypeScript: a word added to one must be added to the other. */
describe('the record schemas', () => {
  it('know the same words as the game', () => {
    expect(score.properties.format.const).toBe(SCORE_RECORD_FORMAT);
    expect(score.properties.mode.enum).toEqual(SCORE_MODES);
    expect(score.properties.difficulty.enum).toEqual(DIFFICULTIES);
    expect(session.properties.format.const).toBe(SESSION_FORMAT);
    const settings = session.$defs.settings.properties;
    expect(settings.turnMode.enum).toEqual(SAVED_TURN_MODES);
    expect(settings.difficulty.enum).toEqual(DIFFICULTIES);
    expect(settings.scoreMode.enum).toEqual(SCORE_MODES);
    expect(settings.ranking.enum).toEqual(RANKING_DISPLAYS);
  });

  it('take the kinds of challenge from the level format, which lists the registry’s kinds', () => {
    expect(session.$defs.challengeKind).toEqual({ type: 'string', enum: CHALLENGE_KIND_NAMES });
  });

  it('refuse a pointer to a list the level schema does not have', () => {
    expect(() => withLevelEnums({ enumOfLevelSchema: '/$defs/nothing' }, levelSchema)).toThrow(
      'levels/schema.json has no enum at /$defs/nothing',
    );
  });
});
