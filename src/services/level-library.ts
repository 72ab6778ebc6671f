import { decodeLevelBytes } from '../core/level/decode-level-bytes';
import {
  buildCatalog,
  claimedId,
  findLevel,
  type LevelCatalog,
  type LevelFile,
} from '../core/level/level-catalog';
import type { LevelProblem } from '../core/level/level-problem';
import type { Level } from '../core/level/level-types';
import type { LevelValidator } from '../core/level/validate-level';
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

/** A level file kept on this device, described without validating or showing any of its texts. */
export interface StoredLevelFile {
  readonly file: string;
  /** Its length in characters. */
  readonly size: number;
  /** The id it claims, if any (not checked). */
  readonly id: string | undefined;
}

export interface LevelLibrary {
  /** Validates every level once and keeps the result; later calls share it. */
  catalog(): Promise<LevelCatalog>;
  /** The catalog once loaded. */
  loaded(): LevelCatalog | null;
  /**
   * One level by id, as the catalog would have it, without waiting for the others: for a link to a
   * level. Only the files claiming that id are validated (the catalog's answer once it is loaded).
   * Undefined when no file holds a playable level of that id; the catalog then says why. The level's
   * own texts are added, as the catalog does. It does not make `loaded()` return anything.
   */
  level(levelId: string): Promise<Level | undefined>;
  /**
   * A level file a teacher picked on their disk, as its bytes (read as UTF-8, or UTF-16 with a byte
   * order mark) or as text: checked with the same rules and messages as the shipped ones, then kept
   * on this device. `kept` is false when the device refused to store it (it still plays until the
   * page is closed).
   */
  addCustomLevel(file: string, content: string | Uint8Array): Promise<AddLevelOutcome>;
  removeCustomLevel(levelId: string): Promise<LevelCatalog>;
  /**
   * The level files kept on this device, read without being checked, so that a file that would
   * stall the level select can still be listed and forgotten.
   */
  storedFiles(): readonly StoredLevelFile[];
  /** Forgets one kept file; false when the device refused to write the shorter list. */
  forgetStoredFile(file: string): boolean;
  isCustom(levelId: string): boolean;
}

/** What the library needs of the game's texts to check levels and name their problems. */
export interface LevelTexts {
  readonly hasText: (key: string) => boolean;
  readonly describeProblem: (problem: LevelProblem) => string;
  readonly addLevelTexts: (texts: Readonly<Record<string, unknown>>) => void;
}

export interface LevelLibraryOptions {
  /**
   * The texts levels name (the "content" namespace), asked for only when a level is first checked, so
   * the library can be made, and its files fetched, before the texts have arrived.
   */
  readonly loadTexts: () => Promise<LevelTexts>;
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
 * Loads and validates the levels on first use. The validator (the schema compiled at build time by
 * `npm run levels:validator`) is split into its own chunk: the title screen never waits for it.
 */
export function createLevelLibrary(options: LevelLibraryOptions): LevelLibrary {
  const { loadTexts, store } = options;
  let pending: Promise<LevelCatalog> | null = null;
  let ready: LevelCatalog | null = null;
  let custom = readCustom(store);
  const customIds = new Map<string, string>();

  let validatorLoad: Promise<LevelValidator> | null = null;
  const validator = () => {
    validatorLoad ??= Promise.all([
      import('../core/level/validate-level'),
      import('../core/level/level-schema-validator.generated'),
    ]).then(([{ createLevelValidator }, compiled]) => createLevelValidator(compiled.default));
    // A failed load (a dropped connection) may be tried again.
    validatorLoad.catch(() => {
      validatorLoad = null;
    });
    return validatorLoad;
  };
  /** The game's own files (and the fixtures in a test build), in catalog order; read once. */
  let bundledLoad: Promise<LevelFile[]> | null = null;
  const bundledFiles = () => {
    bundledLoad ??= Promise.all([readAll(shippedLevels), readAll(fixtureLevels)]).then(
      ([shipped, fixtures]) => [...shipped, ...fixtures],
    );
    bundledLoad.catch(() => {
      bundledLoad = null;
    });
    return bundledLoad;
  };

  const build = async (): Promise<LevelCatalog> => {
    const [levelValidator, bundled, { hasText, describeProblem, addLevelTexts }] = await Promise.all([
      validator(),
      bundledFiles(),
      loadTexts(),
    ]);
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

  const level = async (levelId: string): Promise<Level | undefined> => {
    if (ready) return ready.levels.find((candidate) => candidate.id === levelId);
    const [levelValidator, bundled, { hasText, addLevelTexts }] = await Promise.all([
      validator(),
      bundledFiles(),
      loadTexts(),
    ]);
    const found = findLevel(levelValidator, [...bundled, ...custom], levelId, hasText);
    if (!found) return undefined;
    if (found.level.texts) addLevelTexts(found.level.texts);
    const customFile = custom[found.index - bundled.length];
    if (customFile) customIds.set(found.level.id, customFile.file);
    return found.level;
  };

  return {
    loaded: () => ready,
    catalog,
    level,
    isCustom: (levelId) => customIds.has(levelId),
    async addCustomLevel(file, content) {
      const decoded =
        typeof content === 'string' ? { ok: true as const, text: content } : decodeLevelBytes(file, content);
      if (!decoded.ok) return { ok: false, problems: decoded.problems };
      const { text } = decoded;
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
    storedFiles: () => custom.map(({ file, text }) => ({ file, size: text.length, id: claimedId(text) })),
    forgetStoredFile(file) {
      custom = custom.filter((entry) => entry.file !== file);
      for (const [id, kept] of customIds) if (kept === file) customIds.delete(id);
      // The catalog is built again, without the file, when a screen next asks for it.
      pending = null;
      ready = null;
      return keep(custom);
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
