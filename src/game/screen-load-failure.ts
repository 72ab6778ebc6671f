import type Phaser from 'phaser';
import { servicesOf } from './game-services';
import { colours, FONT_FAMILY, fontSize, uiUnit } from './theme';

/**
 * Says, at the foot of the screen the player is still on and in the language already loaded, that
 * the screen they asked for could not be loaded: the same button tries again.
 */
export function showLoadFailure(scene: Phaser.Scene): void {
  const { width, height } = scene.scale;
  const unit = uiUnit(width, height);
  const services = servicesOf(scene);
  const message = services.i18n.t('ui:common.screenNotLoaded');
  services.probe?.setInfo(scene, 'screenNotLoaded', () => message);
  scene.add
    .text(width / 2, height - 24 * unit, message, {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('body', unit),
      color: colours.text,
      backgroundColor: colours.errorBackground,
      align: 'center',
      padding: { x: 16, y: 10 },
      wordWrap: { width: width - 40 },
      resolution: window.devicePixelRatio || 1,
    })
    .setOrigin(0.5, 1)
    .setDepth(1000);
}
