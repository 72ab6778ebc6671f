import Phaser from 'phaser';

/** User Timing marks read by `npm run bench` (bench/run-bench.mjs); their start time counts from navigation. */
export type PerfMark =
  | 'qantar:title-first-frame'
  | 'qantar:challenge-playable'
  | 'qantar:challenge-map-drawn';

/**
 * Sets `mark` once the frame that first draws the scene `sceneKey` has been rendered, so the bench
 * measures what the player sees rather than when code ran. Call it before or during the scene's
 * create(). Only the first time per page load counts: later visits are no longer cold loads.
 */
export function markFirstFrame(game: Phaser.Game, sceneKey: string, mark: PerfMark): void {
  if (marked(mark)) return;
  const scene = game.scene.getScene(sceneKey);
  scene?.events.once(Phaser.Scenes.Events.CREATE, () => markNextFrame(game, mark));
}

/**
 * Sets `mark` once the next frame has been rendered: call it when something the player waits for,
 * such as a map, has just been added. Only the first time per page load counts, as above.
 */
export function markNextFrame(game: Phaser.Game, mark: PerfMark): void {
  if (marked(mark)) return;
  game.events.once(Phaser.Core.Events.POST_RENDER, () => {
    if (!marked(mark)) performance.mark(mark);
  });
}

function marked(mark: PerfMark): boolean {
  return performance.getEntriesByName(mark, 'mark').length > 0;
}
