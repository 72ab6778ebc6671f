import type Phaser from 'phaser';
import { oncePerKeyEvent } from './once-per-key-event';

export interface Focusable {
  setFocused(focused: boolean): void;
  activate(): void;
  isEnabled(): boolean;
}

/**
 * Keyboard play for a screen: Tab / Shift+Tab and the arrow keys move between controls, Enter or
 * Space activates. One group per scene; its listeners go when the scene shuts down.
 */
export class FocusGroup {
  private readonly items: Focusable[] = [];
  private index = -1;

  constructor(private readonly scene: Phaser.Scene) {
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
  }

  clear(): void {
    this.items.length = 0;
    this.index = -1;
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

  private step(direction: 1 | -1): void {
    const count = this.items.length;
    if (count === 0) return;
    for (let tried = 1; tried <= count; tried++) {
      const next = (((this.index + direction * tried) % count) + count) % count;
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
  }
}
