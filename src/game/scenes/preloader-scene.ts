import Phaser from 'phaser';
import { type GameServices, provideServices } from '../game-services';
import { playLevel } from '../level-flow';
import { navigatorOf } from '../navigator';
import { parseRoute } from '../router';
import { colours } from '../theme';

export type ServicesLoader = (onProgress: (share: number) => void) => Promise<GameServices>;

/**
 * Draws the loading bar while the font, the texts of the chosen language and the game's assets
 * arrive, then opens the screen the address asks for.
 */
export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly loadServices: ServicesLoader) {
    super('preloader');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(colours.background);
    const bar = this.add.graphics();
    let shown = 0;
    const draw = (share: number) => {
      shown = Math.max(shown, share);
      const { width, height } = this.scale;
      const barWidth = Math.min(480, width * 0.6);
      const x = (width - barWidth) / 2;
      const y = height / 2;
      bar.clear();
      bar.lineStyle(2, colours.panelBorder, 1);
      bar.strokeRoundedRect(x - 4, y - 14, barWidth + 8, 28, 8);
      bar.fillStyle(colours.accent, 1);
      bar.fillRoundedRect(x, y - 10, Math.max(4, barWidth * shown), 20, 6);
    };
    draw(0);
    const onResize = () => draw(shown);
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));

    this.loadServices(draw)
      .then((services) => {
        provideServices(this.game, services);
        draw(1);
        const route = parseRoute(window.location.hash);
        if (route.screen === 'level') this.openLinkedLevel(services, route.id);
        else navigatorOf(this).go(route.screen === 'levels' ? 'level-select' : 'title');
      })
      .catch((error: unknown) => {
        console.error('Qantar could not start', error);
        this.add
          .text(
            this.scale.width / 2,
            this.scale.height / 2 + 60,
            'Qantar n’a pas pu démarrer : rechargez la page.\nQantar could not start: please reload the page.',
            {
              color: '#ffffff',
              fontSize: '22px',
              align: 'center',
            },
          )
          .setOrigin(0.5);
      });
  }

  /**
   * A link to a level plays it as soon as that one level is checked (src/main.ts started checking it
   * and fetching the challenge scenes while Phaser booted); the other levels are checked behind it, for
   * Next and the level select. A level that cannot be played is explained by the level select.
   */
  private openLinkedLevel(services: GameServices, levelId: string): void {
    const explain = () => navigatorOf(this).go('level-select', { openLevel: levelId });
    services.levels.level(levelId).then(
      (level) => {
        if (!level) {
          explain();
          return;
        }
        playLevel(this, level);
        services.levels
          .catalog()
          .catch((error: unknown) =>
            console.warn(
              'Qantar: the other levels could not be checked yet; the level select tries again.',
              error,
            ),
          );
      },
      (error: unknown) => {
        console.error(`Qantar: the level "${levelId}" could not be loaded`, error);
        explain();
      },
    );
  }
}
