import type Phaser from 'phaser';
import { PICK_UP_KEYS } from '../../input-kind';

/** What the keys do to a card in hand; each returns false when no card is held and the key is not theirs. */
export interface HeldCardKeys {
  move(delta: number): boolean;
  /** Enter or Space: put the card in hand down. */
  drop(): boolean;
  /** Tab: put the card down, then let the focus move on (so it returns false). */
  putDownForTab(): void;
  columns(): number;
  count(): number;
}

/** Phaser's event name for each key of the shared pick-up convention (input-kind.ts). */
const PICK_UP_EVENTS: Record<string, string> = { Enter: 'keydown-ENTER', ' ': 'keydown-SPACE' };

/**
 * Binds the arrows, Home, End, the pick-up keys and Tab for the card in hand. Key-specific events
 * come before the generic 'keydown' the focus group listens to; stopping them keeps the keys for
 * the card instead of moving the focus. Returns the function that unbinds them.
 */
export function bindHeldCardKeys(keyboard: Phaser.Input.Keyboard.KeyboardPlugin | null, keys: HeldCardKeys) {
  const bindings: [string, () => boolean][] = [
    ['keydown-LEFT', () => keys.move(-1)],
    ['keydown-RIGHT', () => keys.move(1)],
    ['keydown-UP', () => keys.move(-keys.columns())],
    ['keydown-DOWN', () => keys.move(keys.columns())],
    ['keydown-HOME', () => keys.move(-keys.count())],
    ['keydown-END', () => keys.move(keys.count())],
    ...PICK_UP_KEYS.flatMap((key): [string, () => boolean][] => {
      const event = PICK_UP_EVENTS[key];
      return event ? [[event, () => keys.drop()]] : [];
    }),
    [
      'keydown-TAB',
      () => {
        keys.putDownForTab();
        return false;
      },
    ],
  ];
  // Phaser 4.2 hands a key event to the scene again with every later key event of the same frame
  // (its queue is emptied once per frame, but read on each event), so on a slow machine a quick
  // Tab or arrow would act twice. A repeat is swallowed here, before the focus group sees it.
  const dispatched = new WeakSet<KeyboardEvent>();
  const handlers = bindings.map(([name, handle]) => {
    const handler = (event: KeyboardEvent) => {
      if (dispatched.has(event)) {
        event.stopImmediatePropagation();
        return;
      }
      dispatched.add(event);
      if (!handle()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    keyboard?.on(name, handler);
    return [name, handler] as const;
  });
  return () => {
    for (const [name, handler] of handlers) keyboard?.off(name, handler);
  };
}
