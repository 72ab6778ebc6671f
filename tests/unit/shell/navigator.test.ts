import type Phaser from 'phaser';
import { describe, expect, it, vi } from 'vitest';
import {
  lazyScene,
  Navigator,
  type NavigatorParts,
  navigatorOf,
  provideNavigator,
  type SceneClass,
  type SceneTable,
} from '../../../src/game/navigator';

/** Just enough of Phaser for the navigator: a game that holds scenes by key, and scenes that start others. */
class FakeGame {
  readonly scenes = new Map<string, unknown>();
  readonly registryValues = new Map<string, unknown>();
  readonly registry = {
    set: (key: string, value: unknown) => this.registryValues.set(key, value),
    get: (key: string) => this.registryValues.get(key),
  };
  readonly scene = {
    getScene: (key: string) => this.scenes.get(key) ?? null,
    add: (key: string, scene: unknown) => this.scenes.set(key, scene),
  };
  readonly started: { from: string; key: string; data?: object }[] = [];

  screen(key: string): FakeScene {
    const scene = new FakeScene(this, key);
    this.scenes.set(key, scene);
    return scene;
  }
}

class FakeScene {
  active = true;
  readonly sys: { isActive: () => boolean; settings: { key: string } };
  readonly scene: { start: (key: string, data?: object) => void };
  readonly registry: FakeGame['registry'];

  constructor(
    readonly game: FakeGame,
    readonly key: string,
  ) {
    this.sys = { isActive: () => this.active, settings: { key } };
    this.scene = { start: (next, data) => game.started.push({ from: key, key: next, data }) };
    this.registry = game.registry;
  }

  asPhaser(): Phaser.Scene {
    return this as unknown as Phaser.Scene;
  }
}

/** A scene class as a chunk would export it. */
function sceneClass(key: string) {
  return class {
    readonly sys = { settings: { key } };
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A table of two groups, whose modules, texts and retries are counted. */
function setUp(options: { failFirst?: string } = {}) {
  const imports: string[] = [];
  const retries: { module: string; attempt: number }[] = [];
  const failing = new Set(options.failFirst ? [options.failFirst] : []);
  const module = (name: string, exportName: string, key: string) => {
    const load = async () => {
      imports.push(name);
      if (failing.has(name)) throw new TypeError(`Failed to fetch dynamically imported module: ${name}`);
      return { [exportName]: sceneClass(key), helper: () => 'not a scene' };
    };
    return { load, name };
  };
  const menu = module('menu-chunk', 'MenuScene', 'menu');
  const play = module('play-chunk', 'PlayScene', 'play');
  const results = module('results-chunk', 'ResultsScene', 'results');
  const byLoad = new Map([menu, play, results].map((entry) => [entry.load as () => Promise<unknown>, entry]));
  const table: SceneTable = {
    menus: {
      keys: ['menu'],
      scenes: [{ load: menu.load, exportName: 'MenuScene' }],
      namespaces: ['menu'],
      needs: [],
    },
    play: {
      keys: ['play', 'results'],
      scenes: [
        { load: play.load, exportName: 'PlayScene' },
        { load: results.load, exportName: 'ResultsScene' },
      ],
      namespaces: ['play', 'menu'],
      needs: ['menus'],
    },
  };
  const namespaces: string[][] = [];
  const failures: string[] = [];
  const errors: string[] = [];
  const parts: NavigatorParts = {
    table,
    texts: {
      loadNamespaces: async (wanted) => {
        namespaces.push([...wanted]);
      },
    },
    importAgain: async (load, attempt) => {
      const entry = byLoad.get(load);
      if (!entry) throw new Error('unknown module');
      retries.push({ module: entry.name, attempt });
      // The browser keeps the first failure: only a fresh address reaches the network again.
      failing.delete(entry.name);
      return load();
    },
    showFailure: (scene) => failures.push((scene as unknown as FakeScene).key),
    reportError: (message) => errors.push(message),
  };
  const game = new FakeGame();
  const title = game.screen('title');
  const navigator = new Navigator(parts);
  return { navigator, game, title, imports, retries, namespaces, failures, errors, failing };
}

describe('the navigator', () => {
  it('starts a screen already in the game at once, after the caller’s last step', () => {
    const { navigator, game, title } = setUp();
    game.screen('other');
    const order: string[] = [];
    navigator.go(title.asPhaser(), 'other', { a: 1 }, () =>
      order.push(`before, ${game.started.length} started`),
    );
    expect(order).toEqual(['before, 0 started']);
    expect(game.started).toEqual([{ from: 'title', key: 'other', data: { a: 1 } }]);
  });

  it('downloads a screen’s group with the groups it needs and their texts, then opens it', async () => {
    const { navigator, game, title, imports, namespaces } = setUp();
    navigator.go(title.asPhaser(), 'results', { score: 3 });
    expect(game.started).toEqual([]);
    await flush();
    expect(imports.sort()).toEqual(['menu-chunk', 'play-chunk', 'results-chunk']);
    expect(namespaces).toEqual([['play', 'menu'], ['menu']]);
    expect([...game.scenes.keys()].sort()).toEqual(['menu', 'play', 'results', 'title']);
    expect(game.started).toEqual([{ from: 'title', key: 'results', data: { score: 3 } }]);
  });

  it('changes nothing on a second press while the screen is still downloading', async () => {
    const { navigator, game, title, imports } = setUp();
    navigator.go(title.asPhaser(), 'menu');
    navigator.go(title.asPhaser(), 'menu');
    await flush();
    expect(imports).toEqual(['menu-chunk']);
    expect(game.started.map((start) => start.key)).toEqual(['menu']);
  });

  it('keeps the player where they are when a download fails, and opens the screen on the next press by a fresh import', async () => {
    const { navigator, game, title, imports, retries, failures, errors } = setUp({ failFirst: 'play-chunk' });
    navigator.go(title.asPhaser(), 'play');
    await flush();
    expect(game.started).toEqual([]);
    expect(failures).toEqual(['title']);
    expect(errors).toEqual(['Qantar: the "play" screen could not be loaded']);
    expect(game.scene.getScene('play')).toBeNull();

    navigator.go(title.asPhaser(), 'play');
    await flush();
    expect(retries).toEqual([{ module: 'play-chunk', attempt: 1 }]);
    // The modules that did arrive the first time are not asked for again.
    expect(imports.filter((name) => name !== 'play-chunk').sort()).toEqual(['menu-chunk', 'results-chunk']);
    expect(game.started.map((start) => start.key)).toEqual(['play']);
    expect(failures).toEqual(['title']);
  });

  it('says so and stays when a screen is in no group', () => {
    const { navigator, game, title, failures, errors } = setUp();
    navigator.go(title.asPhaser(), 'nowhere');
    expect(game.started).toEqual([]);
    expect(failures).toEqual(['title']);
    expect(errors).toEqual(['Qantar: no screen is registered as "nowhere"']);
  });

  it('does not move a player who already left the screen while the next one downloaded', async () => {
    const { navigator, game, title } = setUp();
    navigator.go(title.asPhaser(), 'menu');
    title.active = false;
    await flush();
    expect(game.started).toEqual([]);
    expect(game.scene.getScene('menu')).toBeNull();
  });

  it('fetches ahead without opening, and reports a failed fetch', async () => {
    const { navigator, game, imports, errors } = setUp({ failFirst: 'menu-chunk' });
    navigator.prefetch('menu');
    navigator.prefetch('not-lazy');
    await flush();
    expect(imports).toEqual(['menu-chunk']);
    expect(errors).toEqual(['Qantar: the "menu" screen could not be loaded']);
    expect(game.started).toEqual([]);
  });

  it('lists the texts a screen shows, with those of the groups it needs', () => {
    const { navigator } = setUp();
    expect(navigator.namespacesOf('results')).toEqual(['play', 'menu']);
    expect(navigator.namespacesOf('title')).toEqual([]);
  });

  it('refuses a table with a screen in two groups, an unknown group or groups that need each other', () => {
    const parts = (table: SceneTable): NavigatorParts => ({
      table,
      texts: { loadNamespaces: async () => undefined },
      importAgain: async () => ({}),
      showFailure: () => undefined,
      reportError: () => undefined,
    });
    const group = (keys: string[], needs: string[] = []) => ({ keys, scenes: [], namespaces: [], needs });
    expect(() => new Navigator(parts({ a: group(['x']), b: group(['x']) }))).toThrow(
      'the scene "x" is in two groups, "a" and "b"',
    );
    expect(() => new Navigator(parts({ a: group(['x'], ['live']) }))).toThrow(
      'the group "a" needs "live", which is not in the table',
    );
    expect(() => new Navigator(parts({ a: group(['x'], ['b']), b: group(['y'], ['a']) }))).toThrow(
      'the groups need each other: a → b → a',
    );
  });

  it('reports a module whose named export is not there', async () => {
    const { game, title } = setUp();
    const errors: unknown[] = [];
    const navigator = new Navigator({
      table: {
        g: {
          keys: ['k'],
          scenes: [{ load: async () => ({ Other: 1 }), exportName: 'KScene' }],
          namespaces: [],
          needs: [],
        },
      },
      texts: { loadNamespaces: async () => undefined },
      importAgain: async () => ({}),
      showFailure: () => undefined,
      reportError: (_message, error) => errors.push(error),
    });
    navigator.go(title.asPhaser(), 'k');
    await flush();
    expect(String(errors[0])).toContain('no scene class "KScene"');
    expect(game.started).toEqual([]);
  });

  it('names a module’s scene export, and the compiler refuses an export that is no scene', () => {
    const load = async () => ({ RealScene: sceneClass('real') as unknown as SceneClass, helper: () => 1 });
    expect(lazyScene(load, 'RealScene')).toEqual({ load, exportName: 'RealScene' });
    // @ts-expect-error `helper` is not a scene class
    expect(lazyScene(load, 'helper').exportName).toBe('helper');
  });

  it('is reached from any scene once provided to the game, and says so when it was not', () => {
    const { navigator, game, title } = setUp();
    expect(() => navigatorOf(title.asPhaser())).toThrow('The navigator was not provided');
    provideNavigator(game as unknown as Phaser.Game, navigator);
    game.screen('other');
    const go = vi.spyOn(navigator, 'go');
    navigatorOf(title.asPhaser()).go('other', { b: 2 });
    expect(go).toHaveBeenCalledWith(title, 'other', { b: 2 }, undefined);
    expect(game.started).toEqual([{ from: 'title', key: 'other', data: { b: 2 } }]);
  });
});
