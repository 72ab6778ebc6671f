import { buildCatalog, type LevelCatalog, type LevelFile } from '../core/level/level-catalog';
import type { LevelProblem } from '../core/level/level-problem';
import type { Level } from '../core/level/level-types';
import type { KeyValueStore } from '../core/ports/key-value-store';

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

const CUSTOM_LEVELS_KEY = 'custom-levels';

export type AddLevelOutcome =
  | { readonly ok: true; readonly level: Level; readonly kept: boolean }
  | { readonly ok: false; readonly problems: readonly LevelProblem[] };

export interface LevelLibrary {
  /** Validates every level once and keeps the result; later calls share it. */
  catalog(): Promise<LevelCatalog>;
  /** The catalog once loaded: a level is only ever played after that. */
  loaded(): LevelCatalog | null;
  /**
   * A level file a teacher picked on their disk: checked with the same rules and messages as the
   * shipped ones, then kept on this device. `kept` is false when the device refused to store it
   * (it still plays until the page is closed).
   */
  addCustomLevel(file: string, text: string): Promise<AddLevelOutcome>;
  removeCustomLevel(levelId: string): Promise<LevelCatalog>;
  isCustom(levelId: string): boolean;
}

export interface LevelLibraryOptions {
  readonly hasText: (key: string) => boolean;
  readonly describeProblem: (problem: LevelProblem) => string;
  readonly addLevelTexts: (texts: Readonly<Record<string, unknown>>) => void;
  readonly store: KeyValueStore;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

async function readAll(sources: Record<string, () => Promise<string>>): Promise<LevelFile[]> {
  return Promise.all(
    Object.entries(sources).map(async ([path, load]) => ({ file: fileName(path), text: await load() })),
  );
}

function readCustom(store: KeyValueStore): LevelFile[] {
  const saved = store.get(CUSTOM_LEVELS_KEY);
  if (!saved) return [];
  try {
    const files = JSON.parse(saved) as unknown;
    if (!Array.isArray(files)) throw new Error('not a list');
    return files.filter(
      (entry): entry is LevelFile => typeof entry?.file === 'string' && typeof entry?.text === 'string',
    );
  } catch (error) {
    console.warn('Qantar: the levels kept on this device could not be read and are ignored.', error);
    return [];
  }
}

/**
 * Loads and validates the levels on first use. The validator and the schema are split into their
 * own chunk: the title screen never waits for them.
 */
export function createLevelLibrary(options: LevelLibraryOptions): LevelLibrary {
  const { hasText, describeProblem, addLevelTexts, store } = options;
  let pending: Promise<LevelCatalog> | null = null;
  let ready: LevelCatalog | null = null;
  let custom = readCustom(store);
  const customIds = new Map<string, string>();

  const validator = async () => {
    const [{ createLevelValidator }, schema] = await Promise.all([
      import('../core/level/validate-level'),
      import('../../levels/schema.json'),
    ]);
    return createLevelValidator(schema.default);
  };

  const build = async (): Promise<LevelCatalog> => {
    const [levelValidator, shipped, fixtures] = await Promise.all([
      validator(),
      readAll(shippedLevels),
      readAll(fixtureLevels),
    ]);
    const bundled = [...shipped, ...fixtures];
    const catalog = buildCatalog(levelValidator, [...bundled, ...custom], hasText);
    customIds.clear();
    for (const level of catalog.levels) {
      if (level.texts) addLevelTexts(level.texts);
    }
    for (const { file, text } of custom) {
      const parsed = levelValidator.parse(file, text);
      if (parsed.ok) customIds.set(parsed.level.id, file);
    }
    for (const problem of catalog.problems) {
      console.warn(`Qantar: level not playable — ${describeProblem(problem)}`);
    }
    ready = catalog;
    return catalog;
  };

  const keep = (files: LevelFile[]): boolean => store.set(CUSTOM_LEVELS_KEY, JSON.stringify(files));
  const catalog = () => {
    pending ??= build();
    return pending;
  };
  const rebuildWith = (files: LevelFile[]) => {
    custom = files;
    pending = null;
    return catalog();
  };

  return {
    loaded: () => ready,
    catalog,
    isCustom: (levelId) => customIds.has(levelId),
    async addCustomLevel(file, text) {
      const previous = custom;
      const updated = await rebuildWith([...previous.filter((entry) => entry.file !== file), { file, text }]);
      const problems = updated.problems.filter((problem) => problem.file === file);
      const level = updated.levels.find((candidate) => customIds.get(candidate.id) === file);
      if (problems.length > 0 || !level) {
        await rebuildWith(previous);
        return { ok: false, problems };
      }
      return { ok: true, level, kept: keep(custom) };
    },
    async removeCustomLevel(levelId) {
      const file = customIds.get(levelId);
      if (!file) return catalog();
      const updated = await rebuildWith(custom.filter((entry) => entry.file !== file));
      keep(custom);
      return updated;
    },
  };
}
