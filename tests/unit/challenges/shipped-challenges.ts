import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDifficulty, DIFFICULTIES } from '../../../src/core/level/difficulty';
import type { Challenge, ChallengeKind, Level } from '../../../src/core/level/level-types';

const levelsDir = join(import.meta.dirname, '../../../levels');

/** The levels the game ships, read from levels/*.json as the catalog reads them. */
export const shippedLevels: readonly Level[] = readdirSync(levelsDir)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .sort()
  .map((name) => JSON.parse(readFileSync(join(levelsDir, name), 'utf8')) as Level);

/** Every shipped challenge in both difficulties, named for test titles. */
export const shippedChallenges: readonly { readonly name: string; readonly challenge: Challenge }[] =
  shippedLevels.flatMap((level) =>
    DIFFICULTIES.flatMap((difficulty) =>
      applyDifficulty(level, difficulty).challenges.map((challenge) => ({
        name: `${level.id}/${challenge.id} (${difficulty})`,
        challenge,
      })),
    ),
  );

export function shippedOfKind<K extends ChallengeKind>(
  kind: K,
): { readonly name: string; readonly challenge: Extract<Challenge, { kind: K }> }[] {
  return shippedChallenges.filter(
    (entry): entry is { name: string; challenge: Extract<Challenge, { kind: K }> } =>
      entry.challenge.kind === kind,
  );
}
