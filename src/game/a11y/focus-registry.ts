import type { FocusGroup } from '../ui/focus-group';

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
