import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KeyValueStore } from '../../../src/core/ports/key-value-store';
import { createLevelLibrary } from '../../../src/services/level-library';
import { validLevel } from './valid-level';

/**
 * The level library as the game builds it: the bundled levels, and in this (test) mode the broken
 * fixtures too. `level(id)` answers a link to a level without validating every file.
 */

const root = join(import.meta.dirname, '../../..');
const shippedIds = readdirSync(join(root, 'levels'))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => (JSON.parse(readFileSync(join(root, 'levels', name), 'utf8')) as { id: string }).id);

function memoryStore(initial: Record<string, string> = {}): KeyValueStore {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
      return true;
    },
  };
}

function library(store = memoryStore()) {
  const options = {
    hasText: () => true,
    describeProblem: vi.fn(() => 'a problem'),
    addLevelTexts: vi.fn(),
    store,
  };
  return { levels: createLevelLibrary({ loadTexts: async () => options, store }), options };
}

describe('the level library', () => {
  // The catalog names each broken fixture on the console.
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives a shipped level by id before, and without, the catalog', async () => {
    const { levels, options } = library();
    const id = shippedIds[0]!;
    const level = await levels.level(id);
    expect(level?.id).toBe(id);
    expect(levels.loaded()).toBeNull();
    // The catalog's report of the broken fixtures waits for the catalog.
    expect(options.describeProblem).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    const catalog = await levels.catalog();
    expect(catalog.levels.find((candidate) => candidate.id === id)).toEqual(level);
    expect(warn).toHaveBeenCalled();
  });

  it('gives the shipped level, not a broken fixture claiming the same id', async () => {
    const { levels } = library();
    const level = await levels.level('places-of-the-crisis');
    const catalog = await levels.catalog();
    expect(level).toEqual(catalog.levels.find((candidate) => candidate.id === 'places-of-the-crisis'));
    expect(catalog.brokenFiles).toContain('broken-duplicate-level-id.json');
  });

  it('gives nothing for an unknown id or a broken file', async () => {
    const { levels } = library();
    expect(await levels.level('no-such-level')).toBeUndefined();
    expect(await levels.level('broken-backwards-bbox')).toBeUndefined();
  });

  it('gives the catalog’s own level once the catalog is loaded', async () => {
    const { levels } = library();
    const catalog = await levels.catalog();
    const id = shippedIds[1]!;
    expect(await levels.level(id)).toBe(catalog.levels.find((candidate) => candidate.id === id));
  });

  it('gives a level kept on this device, with its own texts, and knows it is custom', async () => {
    const texts = { en: { sample: { title: 'Sample' } } };
    const custom = { ...validLevel(), id: 'my-own', texts };
    const store = memoryStore({
      'custom-levels': JSON.stringify([{ file: 'mine.json', text: JSON.stringify(custom) }]),
    });
    const { levels, options } = library(store);
    const level = await levels.level('my-own');
    expect(level?.id).toBe('my-own');
    expect(levels.isCustom('my-own')).toBe(true);
    expect(options.addLevelTexts).toHaveBeenCalledWith(texts);
  });
});
