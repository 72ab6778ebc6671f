import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { type CountryShape, countryShapes } from '../../../src/core/geo/country-shapes';
import type { Challenge, Level } from '../../../src/core/level/level-types';

const root = join(import.meta.dirname, '../../..');

/** A shipped level, as the game reads it. */
export function shippedLevel(id: string): Level {
  return JSON.parse(readFileSync(join(root, 'levels', `${id}.json`), 'utf8')) as Level;
}

/** A challenge of a shipped level, narrowed to its kind. */
export function shippedChallenge<K extends Challenge['kind']>(
  levelId: string,
  challengeId: string,
  kind: K,
): Extract<Challenge, { kind: K }> {
  const challenge = shippedLevel(levelId).challenges.find((candidate) => candidate.id === challengeId);
  if (challenge?.kind !== kind) throw new Error(`${levelId}/${challengeId} is not a ${kind} challenge`);
  return challenge as Extract<Challenge, { kind: K }>;
}

/** The country shapes the game ships (npm run geo:build). */
export function shippedShapes(): CountryShape[] {
  const topology = JSON.parse(
    readFileSync(join(root, 'assets/generated/geo/countries.topo.json'), 'utf8'),
  ) as Topology;
  return countryShapes(topology);
}
