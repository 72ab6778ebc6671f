import type Phaser from 'phaser';
import { oncePerKeyEvent } from './once-per-key-event';

export interface Focusable {
  setFocused(focused: boolean): void;
  activate(): void;
  isEnabled(): boolean;
  /**
   * What a screen reader calls the control, in the page's language. Without it the DOM mirror
   * (src/game/a11y/) reads the texts drawn inside the control.
   */
  accessibleName?(): string;
  /** For a toggle: whether it is on now (the mirror says "pressed"); undefined for a plain button. */
  accessiblePressed?(): boolean | undefined;
  /** The language of the name when it is not the page's (a language's name in itself). */
  accessibleLang?(): string | undefined;
}

/** The DOM mirror of the canvas controls (src/game/a11y/dom-mirror.ts): part of the game, not of the page. */
export const MIRROR_ID = 'qantar-a11y-mirror';

/** Controls of the page itself, outside the game's canvas (e.g. the classroom's turn bar). */
const PAGE_CONTROLS = `body > :not(#game):not(#${MIRROR_ID}) :is(button, a[href], input, select, textarea):not([disabled]):not([tabindex="-1"])`;

/**
 * Keyboard play for a screen: Tab / Shift+Tab and the arrow keys move between controls, Enter or
 * Space activates. Tab past the last control (Shift+Tab before the first) goes on to the page's own
 * controls when there are any, as on any web page, and comes back to the game after them. One group
 * per scene; its listeners go when the scene shuts down.
 */
export class FocusGroup {
  private readonly items: Focusable[] = [];
  private index = -1;

  constructor(readonly scene: Phaser.Scene) {
    const leave = joinFocusRegistry(this);
    scene.events.once('shutdown', leave);
    const keyboard = scene.input.keyboard;
    if (!keyboard) return;
    const onKey = oncePerKeyEvent((event) => {
      this.onKey(event);
      return false;
    });
    keyboard.on('keydown', onKey);
    scene.events.once('shutdown', () => keyboard.off('keydown', onKey));
  }

  add(item: Focusable): void {
    this.items.push(item);
    focusGroupsChanged();
  }

  clear(): void {
    this.items.length = 0;
    this.index = -1;
    focusGroupsChanged();
  }

  /** The controls in keyboard order, which is also the order the screen reader reads them in. */
  get controls(): readonly Focusable[] {
    return this.items;
  }

  focus(item: Focusable): void {
    const index = this.items.indexOf(item);
    if (index >= 0) this.moveTo(index);
  }

  get focused(): Focusable | undefined {
    return this.items[this.index];
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.scene.scene.isActive()) return;
    switch (event.key) {
      case 'Tab':
        if (this.atEnd(event.shiftKey ? -1 : 1) && document.querySelector(PAGE_CONTROLS)) {
          // The browser moves the focus on; the game shows none meanwhile.
          this.moveTo(-1);
          break;
        }
        event.preventDefault();
        this.step(event.shiftKey ? -1 : 1);
        break;
      case 'ArrowDown':
      case 'ArrowRight':
        this.step(1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        this.step(-1);
        break;
      case 'Enter':
      case ' ':
        if (this.focused?.isEnabled()) {
          event.preventDefault();
          this.focused.activate();
        }
        break;
    }
  }

  /** True when no enabled control follows the focused one in that direction without wrapping round. */
  private atEnd(direction: 1 | -1): boolean {
    if (this.index < 0) return false;
    for (let next = this.index + direction; next >= 0 && next < this.items.length; next += direction) {
      if (this.items[next]?.isEnabled()) return false;
    }
    return true;
  }

  private step(direction: 1 | -1): void {
    const count = this.items.length;
    if (count === 0) return;
    // With nothing focused, Tab starts at the first control and Shift+Tab at the last.
    const from = this.index >= 0 ? this.index : direction === 1 ? -1 : count;
    for (let tried = 1; tried <= count; tried++) {
      const next = (((from + direction * tried) % count) + count) % count;
      if (this.items[next]?.isEnabled()) {
        this.moveTo(next);
        return;
      }
    }
  }

  private moveTo(index: number): void {
    this.items[this.index]?.setFocused(false);
    this.index = index;
    this.items[index]?.setFocused(true);
    focusGroupsChanged();
  }
}

/**
 * The focus groups of the scenes that exist now. The DOM mirror (dom-mirror.ts) reads them to give
 * every canvas control a real element; a group joins when its scene creates it and leaves when the
 * scene shuts down, so the mirror never needs to know any scene.
 */
const groups = new Set<FocusGroup>();
const watchers = new Set<() => void>();

export function joinFocusRegistry(group: FocusGroup): () => void {
  groups.add(group);
  notify();
  return () => {
    groups.delete(group);
    notify();
  };
}

/** Tells the watchers that a group changed (a control added, the focus moved, the list cleared). */
export function focusGroupsChanged(): void {
  notify();
}

export function liveFocusGroups(): readonly FocusGroup[] {
  return [...groups];
}

export function watchFocusGroups(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

function notify(): void {
  for (const watcher of watchers) watcher();
}
