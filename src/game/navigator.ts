import type Phaser from 'phaser';

export type SceneClass = new () => Phaser.Scene;

/** One scene of a lazy group: the module to import, and which of its exports is the scene. */
export interface LazyScene {
  readonly load: () => Promise<unknown>;
  readonly exportName: string;
}

/** Names a scene class exported by a module loaded with `import()`, checked by the compiler. */
export function lazyScene<M, K extends keyof M & string>(
  load: () => Promise<M>,
  exportName: M[K] extends SceneClass ? K : never,
): LazyScene {
  return { load, exportName };
}

/**
 * Screens the title does not need arrive in chunks of their own, with the texts they show, the first
 * time a player opens one: the title then starts from Phaser plus its own small code.
 */
export interface SceneGroup {
  readonly keys: readonly string[];
  readonly scenes: readonly LazyScene[];
  /** The i18next namespaces its screens show. */
  readonly namespaces: readonly string[];
  /** Groups whose screens this group's screens may open while a turn or a level is under way. */
  readonly needs: readonly string[];
}

/** Every lazy group by name; written once, in src/main.ts. */
export type SceneTable = Readonly<Record<string, SceneGroup>>;

export interface TextLoader {
  loadNamespaces(namespaces: readonly string[]): Promise<unknown>;
}

export interface NavigatorParts {
  readonly table: SceneTable;
  readonly texts: TextLoader;
  /**
   * Imports a scene's module again after a failed attempt. Some browsers keep a failed `import()`
   * failed for the life of the page, so this must not simply call `load` again (see src/services/fresh-import.ts).
   */
  readonly importAgain: (load: () => Promise<unknown>, attempt: number) => Promise<unknown>;
  /** Tells the player, on the screen they are still on, that the next one could not be loaded. */
  readonly showFailure: (scene: Phaser.Scene) => void;
  readonly reportError: (message: string, error?: unknown) => void;
}

/**
 * Every change of screen goes through here: a screen already in the game starts at once; one of a
 * lazy group is downloaded first, with its texts and the groups it needs, while the player stays
 * where they are. A download that fails leaves them there with a message, and the next press tries
 * again; a key that no group holds is reported instead of leaving a blank canvas.
 */
export class Navigator {
  private readonly groupsLoading = new Map<string, Promise<unknown>>();
  private readonly groupsLoaded = new Map<string, readonly SceneClass[]>();
  private readonly scenesLoading = new Map<LazyScene, Promise<SceneClass>>();
  private readonly failedAttempts = new Map<LazyScene, number>();
  /** Scenes waiting for a screen to load: a second press while the first is loading changes nothing. */
  private readonly leaving = new WeakSet<Phaser.Scene>();

  constructor(private readonly parts: NavigatorParts) {
    checkTable(parts.table);
  }

  /**
   * Leaves `from` for the scene `key`, loading it first if it is not there yet. `beforeStart` runs
   * once the scene exists, just before it starts.
   */
  go(from: Phaser.Scene, key: string, data?: object, beforeStart?: () => void): void {
    const start = () => {
      beforeStart?.();
      from.scene.start(key, data);
    };
    if (from.game.scene.getScene(key)) {
      start();
      return;
    }
    const name = this.groupOf(key);
    if (name === null) {
      // Phaser would stop this scene and start nothing, leaving a blank canvas: stay, and say so.
      this.parts.reportError(`Qantar: no screen is registered as "${key}"`);
      this.parts.showFailure(from);
      return;
    }
    if (this.leaving.has(from)) return;
    this.leaving.add(from);
    this.loadGroup(name)
      .then(() => {
        this.leaving.delete(from);
        if (!from.sys.isActive()) return;
        this.register(from.game, name);
        start();
      })
      .catch((error: unknown) => {
        this.leaving.delete(from);
        this.parts.reportError(`Qantar: the "${key}" screen could not be loaded`, error);
        if (from.sys.isActive()) this.parts.showFailure(from);
      });
  }

  /**
   * Starts fetching a screen's code and texts before it is opened: the challenges when the address
   * names a level, the level select while the title is read.
   */
  prefetch(key: string): void {
    const name = this.groupOf(key);
    if (!name) return;
    this.loadGroup(name).catch((error: unknown) =>
      this.parts.reportError(`Qantar: the "${key}" screen could not be loaded`, error),
    );
  }

  /** The text namespaces a screen shows, with those of the screens it opens directly. */
  namespacesOf(key: string): string[] {
    const name = this.groupOf(key);
    const collect = (group: string): string[] => [
      ...this.group(group).namespaces,
      ...this.group(group).needs.flatMap(collect),
    ];
    return name ? [...new Set(collect(name))] : [];
  }

  private group(name: string): SceneGroup {
    const group = this.parts.table[name];
    if (!group) throw new Error(`no scene group is called "${name}"`);
    return group;
  }

  private groupOf(key: string): string | null {
    const entry = Object.entries(this.parts.table).find(([, group]) => group.keys.includes(key));
    return entry ? entry[0] : null;
  }

  /** A group's scene classes, once its code, its texts and the groups it needs have all arrived. */
  private loadGroup(name: string): Promise<unknown> {
    const started = this.groupsLoading.get(name);
    if (started) return started;
    const group = this.group(name);
    const loading = Promise.all([
      Promise.all(group.scenes.map((scene) => this.loadScene(scene))),
      this.parts.texts.loadNamespaces(group.namespaces),
      ...group.needs.map((needed) => this.loadGroup(needed)),
    ]).then(([classes]) => {
      this.groupsLoaded.set(name, classes);
    });
    // A failed download can be tried again from the same button.
    loading.catch(() => this.groupsLoading.delete(name));
    this.groupsLoading.set(name, loading);
    return loading;
  }

  /** One module; after a failure, imported again by a way that does not meet the same failure. */
  private loadScene(scene: LazyScene): Promise<SceneClass> {
    const started = this.scenesLoading.get(scene);
    if (started) return started;
    const attempt = this.failedAttempts.get(scene) ?? 0;
    const loading = (attempt === 0 ? scene.load() : this.parts.importAgain(scene.load, attempt)).then(
      (module) => sceneExport(module, scene.exportName),
    );
    loading.catch(() => {
      this.scenesLoading.delete(scene);
      this.failedAttempts.set(scene, attempt + 1);
    });
    this.scenesLoading.set(scene, loading);
    return loading;
  }

  /** Adds the scenes of a loaded group, and of the groups it needs, to the game, once each. */
  private register(game: Phaser.Game, name: string): void {
    const group = this.group(name);
    for (const needed of group.needs) this.register(game, needed);
    if (group.keys.every((key) => game.scene.getScene(key))) return;
    for (const SceneOfGroup of this.groupsLoaded.get(name) ?? []) {
      const scene = new SceneOfGroup();
      const key = scene.sys.settings.key;
      if (!game.scene.getScene(key)) game.scene.add(key, scene, false);
    }
    const missing = group.keys.filter((key) => !game.scene.getScene(key));
    if (missing.length > 0) throw new Error(`no scene is registered as ${missing.join(', ')}`);
  }
}

function sceneExport(module: unknown, exportName: string): SceneClass {
  const value = (module as Record<string, unknown>)[exportName];
  if (typeof value !== 'function') throw new Error(`the module loaded has no scene class "${exportName}"`);
  return value as SceneClass;
}

/** A mistake in the table shows when the game starts, not when a player first opens that screen. */
function checkTable(table: SceneTable): void {
  const owner = new Map<string, string>();
  for (const [name, group] of Object.entries(table)) {
    for (const key of group.keys) {
      const other = owner.get(key);
      if (other) throw new Error(`the scene "${key}" is in two groups, "${other}" and "${name}"`);
      owner.set(key, name);
    }
    for (const needed of group.needs)
      if (!table[needed]) throw new Error(`the group "${name}" needs "${needed}", which is not in the table`);
  }
  const visit = (name: string, path: readonly string[]): void => {
    if (path.includes(name)) throw new Error(`the groups need each other: ${[...path, name].join(' → ')}`);
    for (const needed of table[name]?.needs ?? []) visit(needed, [...path, name]);
  };
  for (const name of Object.keys(table)) visit(name, []);
}

const REGISTRY_KEY = 'navigator';

export function provideNavigator(game: Phaser.Game, navigator: Navigator): void {
  game.registry.set(REGISTRY_KEY, navigator);
}

/** What a scene may do to change screens. */
export interface ScreenChanger {
  /** Leaves this scene for `key` (see Navigator.go). */
  go(key: string, data?: object, beforeStart?: () => void): void;
  prefetch(key: string): void;
}

export function navigatorOf(scene: Phaser.Scene): ScreenChanger {
  const navigator = scene.registry.get(REGISTRY_KEY) as Navigator | undefined;
  if (!navigator) throw new Error('The navigator was not provided before the scenes started');
  return {
    go: (key, data, beforeStart) => navigator.go(scene, key, data, beforeStart),
    prefetch: (key) => navigator.prefetch(key),
  };
}
