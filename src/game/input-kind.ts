/**
 * Whether the player's main pointer is a finger: such a device rarely has a keyboard, so the
 * challenges leave out their keyboard hints there and make every target finger-sized.
 */
export function touchFirst(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

/** The keys that pick up and put down a card, on every challenge: one convention everywhere. */
export const PICK_UP_KEYS: readonly string[] = ['Enter', ' '];
