import Phaser from 'phaser';
import type { Focusable, FocusGroup } from '../ui/focus-group';
import { MIRROR_ID } from '../ui/focus-group';
import './a11y.css';
import { liveFocusGroups, watchFocusGroups } from '../ui/focus-group';
import type { Announce } from './announcer';
import {
  type Box,
  contains,
  type DrawnText,
  fontPixels,
  headingAmong,
  joinName,
  type Point,
  pageBox,
  sameOrder,
} from './mirror-geometry';

/** Drawn things move (scrolling lists, tweens): their elements follow this often. */
const FOLLOW_MS = 300;
/** A page of HTML over the canvas hides the canvas's controls: the mirror then steps aside too. */
const COVERING = '.qo-overlay, dialog[open]';
/** Fields and dialogs keep the focus a player gave them; the mirror never takes it from them. */
const KEEPS_FOCUS = 'input, textarea, select, dialog, .qo-overlay';

interface Section {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
}

/**
 * A real, named, focusable <button> for every control in the focus groups of the active scenes,
 * visually hidden but laid over the control it stands for (a finger exploring a touch screen with
 * a screen reader finds it where it is drawn), in keyboard order, under the screen's heading.
 * Activating one presses the control; the focus moves both ways. It never takes a pointer event:
 * a click or a tap on the canvas reaches the game as before.
 */
export class DomMirror {
  private readonly root: HTMLElement;
  private readonly sections = new Map<Phaser.Scene, Section>();
  private readonly elements = new Map<Focusable, HTMLButtonElement>();
  private readonly announced = new Set<Phaser.Scene>();
  private lastFocused: Focusable | undefined;
  private keyPressing = false;
  private scheduled = false;

  constructor(
    private readonly game: Phaser.Game,
    private readonly announce: Announce,
  ) {
    this.root = document.createElement('div');
    this.root.id = MIRROR_ID;
    // Right after the canvas: Tab past the last control goes on to the page's own controls.
    const canvasParent = document.getElementById('game');
    if (canvasParent) canvasParent.after(this.root);
    else document.body.append(this.root);
    // Enter and Space reach the game (Phaser listens on the window) and its focus group presses
    // the control; the click the browser then makes of the same key must not press it twice.
    this.root.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.keyPressing = true;
    });
    this.root.addEventListener('keyup', () => {
      setTimeout(() => {
        this.keyPressing = false;
      });
    });
    watchFocusGroups(() => this.schedule());
    game.scale.on('resize', () => this.schedule());
    window.setInterval(() => this.refresh(), FOLLOW_MS);
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.refresh();
    });
  }

  /** Brings the elements in line with the controls on screen now. */
  refresh(): void {
    const groups = liveFocusGroups().filter((group) => group.scene.sys.isActive());
    this.root.hidden = document.querySelector(COVERING) !== null;
    const canvas = this.game.canvas.getBoundingClientRect();
    const toPage = (corners: readonly Point[]) =>
      pageBox(corners, canvas, this.game.scale.width, this.game.scale.height);

    const wantedSections: HTMLElement[] = [];
    const wantedItems = new Set<Focusable>();
    for (const group of groups) {
      const section = this.sectionOf(group.scene);
      const items = group.controls.filter((item) => isShownControl(item));
      const buttons = items.map((item) => {
        wantedItems.add(item);
        const element = this.elementOf(group, item);
        update(element, item, toPage);
        return element;
      });
      const heading = screenHeading(group.scene, items);
      const headingElement = section.heading;
      headingElement.textContent = heading?.text ?? '';
      headingElement.hidden = heading === undefined;
      if (heading) place(headingElement, toPage(heading.corners));
      const children = [headingElement, ...buttons];
      if (!sameOrder([...section.element.children], children))
        this.keepingFocus(() => section.element.replaceChildren(...children));
      wantedSections.push(section.element);
      if (!this.announced.has(group.scene) && heading) {
        this.announced.add(group.scene);
        this.announce(heading.text);
      }
    }
    for (const [scene, section] of this.sections) {
      if (groups.some((group) => group.scene === scene)) continue;
      section.element.remove();
      this.sections.delete(scene);
      this.announced.delete(scene);
    }
    for (const item of [...this.elements.keys()]) if (!wantedItems.has(item)) this.elements.delete(item);
    if (!sameOrder([...this.root.children], wantedSections))
      this.keepingFocus(() => this.root.replaceChildren(...wantedSections));
    this.followCanvasFocus(groups);
  }

  /** The game moved its focus (arrows, Tab, a new screen): the browser's focus goes along. */
  private followCanvasFocus(groups: readonly FocusGroup[]): void {
    // Under a dialog the browser's focus stays in it; the game's focus is followed once it closes.
    if (this.root.hidden) return;
    const focused = groups.find((group) => group.focused)?.focused;
    if (focused === this.lastFocused) return;
    this.lastFocused = focused;
    const element = focused && this.elements.get(focused);
    if (!element) return;
    const active = document.activeElement;
    if (active && active !== document.body && !this.root.contains(active) && active.closest(KEEPS_FOCUS))
      return;
    if (active !== element) element.focus({ preventScroll: true });
  }

  private keepingFocus(change: () => void): void {
    const active = document.activeElement;
    change();
    if (active instanceof HTMLElement && active !== document.activeElement && this.root.contains(active))
      active.focus({ preventScroll: true });
  }

  private sectionOf(scene: Phaser.Scene): Section {
    const known = this.sections.get(scene);
    if (known) return known;
    const element = document.createElement('section');
    element.dataset.scene = scene.scene.key;
    // Each screen's own title; two screens shown at once (a challenge and its bar) are two sections.
    const heading = document.createElement('h1');
    element.append(heading);
    const section = { element, heading };
    this.sections.set(scene, section);
    shutdownOf(scene, () => {
      element.remove();
      this.sections.delete(scene);
      this.announced.delete(scene);
    });
    return section;
  }

  private elementOf(group: FocusGroup, item: Focusable): HTMLButtonElement {
    const known = this.elements.get(item);
    if (known) return known;
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'qa-control';
    element.addEventListener('focus', () => {
      if (group.focused !== item) group.focus(item);
      this.lastFocused = item;
    });
    // A screen reader's "activate" is a click with no key behind it; a key was already handled.
    element.addEventListener('click', () => {
      if (this.keyPressing) return;
      if (!item.isEnabled()) return;
      group.focus(item);
      item.activate();
    });
    this.elements.set(item, element);
    return element;
  }
}

function shutdownOf(scene: Phaser.Scene, run: () => void): void {
  scene.events.once('shutdown', run);
  scene.events.once('destroy', run);
}

function isShownControl(item: Focusable): boolean {
  if (!(item instanceof Phaser.GameObjects.GameObject)) return true;
  if (!item.active) return false;
  let current: Phaser.GameObjects.GameObject | null = item;
  while (current) {
    if ('visible' in current && current.visible === false) return false;
    current = current.parentContainer;
  }
  return true;
}

function update(
  element: HTMLButtonElement,
  item: Focusable,
  toPage: (corners: readonly Point[]) => Box,
): void {
  const name = nameOf(item);
  if (element.textContent !== name) element.textContent = name;
  setAttribute(element, 'aria-disabled', item.isEnabled() ? null : 'true');
  const pressed = item.accessiblePressed?.();
  setAttribute(element, 'aria-pressed', pressed === undefined ? null : String(pressed));
  setAttribute(element, 'lang', item.accessibleLang?.() ?? null);
  const corners = item instanceof Phaser.GameObjects.Container ? controlCorners(item) : null;
  if (corners) place(element, toPage(corners));
  else element.classList.add('qa-unplaced');
}

function setAttribute(element: HTMLElement, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function place(element: HTMLElement, box: Box): void {
  element.style.left = `${Math.round(box.x)}px`;
  element.style.top = `${Math.round(box.y)}px`;
  element.style.width = `${Math.max(1, Math.round(box.width))}px`;
  element.style.height = `${Math.max(1, Math.round(box.height))}px`;
}

/** Its own name, else the words drawn in it, else the words drawn over it by its parent (a toggle's state). */
function nameOf(item: Focusable): string {
  const own = item.accessibleName?.().trim();
  if (own) return own;
  if (!(item instanceof Phaser.GameObjects.Container)) return '';
  const inside = joinName(textsIn(item).map((text) => text.text));
  if (inside) return inside;
  const parent = item.parentContainer;
  const corners = controlCorners(item);
  if (!parent || !corners) return '';
  const box = pageBox(corners, { x: 0, y: 0, width: 1, height: 1 }, 1, 1);
  return joinName(
    parent.list
      .filter((child): child is Phaser.GameObjects.Text => child instanceof Phaser.GameObjects.Text)
      .filter((text) => {
        const bounds = text.getBounds();
        return contains(box, { x: bounds.centerX, y: bounds.centerY });
      })
      .map((text) => text.text),
  );
}

function textsIn(container: Phaser.GameObjects.Container): Phaser.GameObjects.Text[] {
  return container.list.flatMap((child) => {
    if (child instanceof Phaser.GameObjects.Text) return child.visible ? [child] : [];
    if (child instanceof Phaser.GameObjects.Container) return textsIn(child);
    return [];
  });
}

/**
 * The corners of the area that takes the control's clicks, in canvas pixels. Phaser adds half a
 * container's size to the local point before testing its hit area, so the area is shifted back.
 */
function controlCorners(object: Phaser.GameObjects.Container): Point[] | null {
  const hitArea: unknown = object.input?.hitArea;
  const local =
    hitArea instanceof Phaser.Geom.Rectangle
      ? {
          x: hitArea.x - object.displayOriginX,
          y: hitArea.y - object.displayOriginY,
          width: hitArea.width,
          height: hitArea.height,
        }
      : { x: -object.width / 2, y: -object.height / 2, width: object.width, height: object.height };
  if (local.width <= 0 || local.height <= 0) return null;
  const matrix = object.getWorldTransformMatrix();
  const camera = object.scene.cameras.main;
  const scrollX = camera.scrollX * object.scrollFactorX;
  const scrollY = camera.scrollY * object.scrollFactorY;
  return [
    [local.x, local.y],
    [local.x + local.width, local.y],
    [local.x, local.y + local.height],
    [local.x + local.width, local.y + local.height],
  ].map(([x = 0, y = 0]) => {
    const point = matrix.transformPoint(x, y, { x: 0, y: 0 });
    return { x: point.x - scrollX, y: point.y - scrollY };
  });
}

interface HeadingText extends DrawnText {
  readonly corners: Point[];
}

/** The largest text the screen draws outside its controls (see headingAmong). */
function screenHeading(scene: Phaser.Scene, controls: readonly Focusable[]): HeadingText | undefined {
  const insideControls = new Set<Phaser.GameObjects.GameObject>();
  for (const control of controls)
    if (control instanceof Phaser.GameObjects.Container)
      for (const text of textsIn(control)) insideControls.add(text);
  const camera = scene.cameras.main;
  const texts: HeadingText[] = [];
  const visit = (list: readonly Phaser.GameObjects.GameObject[]) => {
    for (const object of list) {
      if ('visible' in object && object.visible === false) continue;
      if (object instanceof Phaser.GameObjects.Container) visit(object.list);
      else if (object instanceof Phaser.GameObjects.Text && !insideControls.has(object)) {
        const bounds = object.getBounds();
        const x = bounds.x - camera.scrollX * object.scrollFactorX;
        const y = bounds.y - camera.scrollY * object.scrollFactorY;
        texts.push({
          text: object.text.replace(/\s+/g, ' ').trim(),
          pixels: fontPixels(object.style.fontSize),
          top: y,
          corners: [
            { x, y },
            { x: x + bounds.width, y: y + bounds.height },
          ],
        });
      }
    }
  };
  visit(scene.children.list);
  return headingAmong(texts);
}
