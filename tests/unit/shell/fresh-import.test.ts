import { describe, expect, it } from 'vitest';
import { freshUrlOf } from '../../../src/services/fresh-import';

/** A loader as the bundler rewrites it, whose text is what a built page would hold. */
function loaderWritten(text: string): () => Promise<unknown> {
  return Object.assign(async () => ({}), { toString: () => text });
}

const base = 'https://example.org/qantar/assets/index-abc.js';

describe('a fresh address for a chunk that failed to load', () => {
  it('is the chunk the built loader imports, relative to the chunk holding the loader, with the attempt added', () => {
    const built = loaderWritten(
      '()=>E(()=>import(`./level-select-scene-DstgR-kj.js`),__vite__mapDeps([0,1,2]),import.meta.url)',
    );
    expect(freshUrlOf(built, 1, base)).toBe(
      'https://example.org/qantar/assets/level-select-scene-DstgR-kj.js?retry=1',
    );
    expect(freshUrlOf(built, 2, base)).toBe(
      'https://example.org/qantar/assets/level-select-scene-DstgR-kj.js?retry=2',
    );
  });

  it('keeps the query the development server adds, and the server’s absolute paths', () => {
    const dev = loaderWritten('() => import("/src/game/scenes/place-scene.ts?t=123")');
    expect(freshUrlOf(dev, 3, base)).toBe('https://example.org/src/game/scenes/place-scene.ts?t=123&retry=3');
  });

  it('is not guessed when the loader imports nothing plainly or more than one module', () => {
    expect(freshUrlOf(loaderWritten('() => load(name)'), 1, base)).toBeNull();
    expect(
      freshUrlOf(loaderWritten('() => Promise.all([import("./a.js"), import("./b.js")])'), 1, base),
    ).toBeNull();
  });
});
