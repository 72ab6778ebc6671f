/**
 * Phaser 4.2's keyboard manager hands every scene the whole queue of key events since the last
 * frame each time a new key event arrives, so when several arrive within one frame (a slow
 * machine, a quick Shift+Arrow), the earlier ones reach the listeners again. This wraps a
 * "keydown-<KEY>" listener so it acts once per event, and on a replay repeats only its decision to
 * stop the event, which keeps the plain "keydown" listeners after it (the focus group) out as well.
 *
 * @param handler returns true when it used the event (and stopped it).
 */
export function oncePerKeyEvent(handler: (event: KeyboardEvent) => boolean): (event: KeyboardEvent) => void {
  const used = new WeakMap<KeyboardEvent, boolean>();
  return (event) => {
    const before = used.get(event);
    if (before === undefined) {
      used.set(event, handler(event));
      return;
    }
    if (before) event.stopImmediatePropagation();
  };
}
