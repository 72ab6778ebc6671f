import type { Focusable } from '../../ui/focus-group';
import type { EventCard } from './event-card';

/** What the keyboard can reach, by the ids the focus is kept by across a redraw. */
export interface FocusTargets {
  readonly cards: ReadonlyMap<string, EventCard>;
  /** The header's and the controls' buttons, by their probe ids ("timeline.check"…), as made. */
  readonly buttons: ReadonlyMap<Focusable, string>;
  /** The open fact card's Continue and close buttons, in that order; empty when none is open. */
  readonly factButtons: ReadonlyMap<Focusable, string>;
  /** The card order on the track. */
  readonly order: readonly string[];
}

/** The Tab order: an open fact card's buttons, the cards in track order, the other buttons, and Back last. */
export function focusOrder(targets: FocusTargets): Focusable[] {
  const items: Focusable[] = [...targets.factButtons.keys()];
  for (const id of targets.order) {
    const card = targets.cards.get(id);
    if (card) items.push(card);
  }
  const buttons = [...targets.buttons];
  items.push(...buttons.filter(([, id]) => id !== 'timeline.back').map(([button]) => button));
  items.push(...buttons.filter(([, id]) => id === 'timeline.back').map(([button]) => button));
  return items;
}

/** A key that names the focused card or button, so the focus survives a redraw ("card:<id>", "button:<id>"). */
export function focusKeyOf(targets: FocusTargets, focused: Focusable): string | null {
  for (const [id, card] of targets.cards) if (card === focused) return `card:${id}`;
  const button = targets.buttons.get(focused) ?? targets.factButtons.get(focused);
  return button ? `button:${button}` : null;
}

export function focusableByKey(targets: FocusTargets, key: string): Focusable | undefined {
  const [kind, id] = key.split(/:(.*)/s);
  if (kind === 'card') return targets.cards.get(id ?? '');
  return [...targets.buttons, ...targets.factButtons].find(([, buttonId]) => buttonId === id)?.[0];
}
