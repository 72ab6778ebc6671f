import type Phaser from 'phaser';

/** A thing on screen a player can act on, in page (CSS pixel) coordinates. */
export interface ProbeTarget {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Centre, where a test clicks. */
  readonly cx: number;
  readonly cy: number;
  readonly enabled: boolean;
}

export interface ProbeSnapshot {
  readonly scenes: readonly string[];
  readonly language: string;
  readonly targets: readonly ProbeTarget[];
  readonly info: Readonly<Record<string, unknown>>;
}

/** Where a registered container's size is measured from: its centre (buttons) or its top-left corner. */
export type ProbeAnchor = 'centre' | 'topLeft';

interface Registered {
  readonly object: Phaser.GameObjects.Container;
  readonly label: () => string;
  readonly enabled: () => boolean;
  readonly anchor: ProbeAnchor;
}

/**
 * A read-only window onto the game for browser tests: the active scenes and where each
 * interactive object is on the page, so a test can click and drag like a player.
 * Present in test builds, or with `?probe` in the address; it never changes the game.
 */
export class Probe {
  private readonly targets = new Map<string, Registered>();
  private readonly infos = new Map<string, () => unknown>();
  private game: Phaser.Game | null = null;
  private languageOf: () => string = () => '';

  static isWanted(): boolean {
    return import.meta.env.MODE === 'test' || new URLSearchParams(window.location.search).has('probe');
  }

  attach(game: Phaser.Game, language: () => string): void {
    this.game = game;
    this.languageOf = language;
    Object.defineProperty(window, '__qantarProbe', {
      value: Object.freeze({ snapshot: () => this.snapshot() }),
      configurable: true,
    });
  }

  /** Registers an object under a stable id; it is forgotten when its scene shuts down. */
  register(
    scene: Phaser.Scene,
    id: string,
    object: Phaser.GameObjects.Container,
    label: () => string,
    enabled: () => boolean = () => true,
    anchor: ProbeAnchor = 'centre',
  ): void {
    this.targets.set(id, { object, label, enabled, anchor });
    const forget = () => {
      if (this.targets.get(id)?.object === object) this.targets.delete(id);
    };
    object.once('destroy', forget);
    scene.events.once('shutdown', forget);
  }

  /** Extra read-only facts a scene offers tests (e.g. where a level's places are on screen). */
  setInfo(scene: Phaser.Scene, key: string, read: () => unknown): void {
    this.infos.set(key, read);
    scene.events.once('shutdown', () => {
      if (this.infos.get(key) === read) this.infos.delete(key);
    });
  }

  private snapshot(): ProbeSnapshot {
    const game = this.game;
    if (!game) return { scenes: [], language: '', targets: [], info: {} };
    const rect = game.canvas.getBoundingClientRect();
    const scaleX = rect.width / game.scale.width;
    const scaleY = rect.height / game.scale.height;
    const targets: ProbeTarget[] = [];
    for (const [id, entry] of this.targets) {
      if (!entry.object.active || !isShown(entry.object)) continue;
      const bounds = screenBounds(entry.object, entry.anchor);
      const x = rect.left + bounds.x * scaleX;
      const y = rect.top + bounds.y * scaleY;
      const width = bounds.width * scaleX;
      const height = bounds.height * scaleY;
      targets.push({
        id,
        label: entry.label(),
        x,
        y,
        width,
        height,
        cx: x + width / 2,
        cy: y + height / 2,
        enabled: entry.enabled(),
      });
    }
    const info: Record<string, unknown> = {};
    for (const [key, read] of this.infos) info[key] = read();
    return {
      scenes: game.scene.getScenes(true).map((scene) => scene.scene.key),
      language: this.languageOf(),
      targets,
      info,
    };
  }
}

/** The container's box on the canvas, after its parents' transforms and its camera's scroll. */
function screenBounds(object: Phaser.GameObjects.Container, anchor: ProbeAnchor) {
  const matrix = object.getWorldTransformMatrix();
  const width = object.width * Math.abs(matrix.scaleX);
  const height = object.height * Math.abs(matrix.scaleY);
  const camera = object.scene.cameras.main;
  const left = matrix.tx - (anchor === 'centre' ? width / 2 : 0) - camera.scrollX * object.scrollFactorX;
  const top = matrix.ty - (anchor === 'centre' ? height / 2 : 0) - camera.scrollY * object.scrollFactorY;
  return { x: left, y: top, width, height };
}

function isShown(object: Phaser.GameObjects.GameObject): boolean {
  let current: Phaser.GameObjects.GameObject | null = object;
  while (current) {
    if ('visible' in current && current.visible === false) return false;
    current = current.parentContainer;
  }
  return true;
}
