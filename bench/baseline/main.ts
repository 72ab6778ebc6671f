import Phaser from 'phaser';

/**
 * The bench's yardstick: the least a Phaser 4 page can do (one empty scene, the game's canvas and
 * scale settings), built by the game's own Vite config. Its first frame is marked exactly as the
 * game marks its title screen (src/game/perf-marks.ts).
 */
class BlankScene extends Phaser.Scene {
  constructor() {
    super('blank');
  }

  create(): void {
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () =>
      performance.mark('qantar:baseline-first-frame'),
    );
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  backgroundColor: '#1d2b36',
  scale: { mode: Phaser.Scale.RESIZE, width: window.innerWidth, height: window.innerHeight },
  banner: false,
  scene: [BlankScene],
});
