import { buildCatalog, type LevelCatalog, type LevelFile } from '../core/level/level-catalog';
import type { LevelProblem } from '../core/level/level-problem';

/** Level files as text, so that a file that is not even JSON can still be named in the report. */
const shippedLevels = import.meta.glob<string>(['../../levels/*.json', '!../../levels/schema.json'], {
  query: '?raw',
  import: 'default',
});

/** Test builds also carry the broken fixtures, to prove a bad file never stops the good ones. */
const fixtureLevels: Record<string, () => Promise<string>> =
  import.meta.env.MODE === 'test'
    ? import.meta.glob<string>('../../tests/fixtures/levels/*.json', { query: '?raw', import: 'default' })
    : {};

export interface LevelLibrary {
  /** Validates every level once and keeps the result; later calls share it. */
  catalog(): Promise<LevelCatalog>;
  /** The catalog once loaded: a level is only ever played after that. */
  loaded(): LevelCatalog | null;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

async function readAll(sources: Record<string, () => Promise<string>>): Promise<LevelFile[]> {
  return Promise.all(
    Object.entries(sources).map(async ([path, load]) => ({ file: fileName(path), text: await load() })),
  );
}

/**
 * Loads and validates the levels on first use. The validator and the schema are split into their
 * own chunk: the title screen never waits for them.
 */
export function createLevelLibrary(
  hasText: (key: string) => boolean,
  describeProblem: (problem: LevelProblem) => string,
): LevelLibrary {
  let pending: Promise<LevelCatalog> | null = null;
  let ready: LevelCatalog | null = null;
  return {
    loaded: () => ready,
    catalog() {
      pending ??= (async () => {
        const [{ createLevelValidator }, schema, shipped, fixtures] = await Promise.all([
          import('../core/level/validate-level'),
          import('../../levels/schema.json'),
          readAll(shippedLevels),
          readAll(fixtureLevels),
        ]);
        const catalog = buildCatalog(
          createLevelValidator(schema.default),
          [...shipped, ...fixtures],
          hasText,
        );
        for (const problem of catalog.problems) {
          console.warn(`Qantar: level not playable — ${describeProblem(problem)}`);
        }
        ready = catalog;
        return catalog;
      })();
      return pending;
    },
  };
}
