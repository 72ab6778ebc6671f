import type Phaser from 'phaser';

/** What a drag of a card does, by the card's name (its item id). */
export interface CardDrag {
  start(id: string, pointer: Phaser.Input.Pointer): void;
  move(id: string, pointer: Phaser.Input.Pointer): void;
  end(id: string, pointer: Phaser.Input.Pointer): void;
}

/**
 * Routes the scene's drag events to the card dragged; returns the function that unbinds them.
 * The card is moved from the pointer itself rather than Phaser's drag position, which counts from
 * where the drag threshold was crossed: the point of the card that was grabbed stays under the
 * finger, and the release position always counts.
 */
export function bindCardDrag(input: Phaser.Input.InputPlugin, drag: CardDrag): () => void {
  type Handler = (pointer: Phaser.Input.Pointer, object: Phaser.GameObjects.GameObject) => void;
  const handlers: [string, Handler][] = [
    ['dragstart', (pointer, object) => drag.start(object.name, pointer)],
    ['drag', (pointer, object) => drag.move(object.name, pointer)],
    ['dragend', (pointer, object) => drag.end(object.name, pointer)],
  ];
  for (const [event, handler] of handlers) input.on(event, handler);
  return () => {
    for (const [event, handler] of handlers) input.off(event, handler);
  };
}
