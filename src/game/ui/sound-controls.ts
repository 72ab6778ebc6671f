import Phaser from 'phaser';
import type { AudioPlayer } from '../../core/ports/audio-player';
import type { Translator } from '../../core/ports/translator';
import { stepVolume } from '../../core/settings/sound-settings';
import { FONT_FAMILY, fontSize } from '../theme';
import { Button } from './button';

export interface SoundControlsOptions {
  /** Top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly unit: number;
  readonly i18n: Translator;
  readonly audio: AudioPlayer;
}

/**
 * Sound on/off and a volume in steps of ten per cent, for the menus. The state shows as a speaker
 * with or without waves and as a word, never by colour alone. The scene adds `toggle`, `quieter`
 * and `louder` to its FocusGroup (and to the probe, with `toggleLabel`) so they work by keyboard.
 */
export class SoundControls extends Phaser.GameObjects.Container {
  readonly toggle: Button;
  readonly quieter: Button;
  readonly louder: Button;
  private readonly icon: Phaser.GameObjects.Graphics;
  private readonly stateText: Phaser.GameObjects.Text;
  private readonly volumeText: Phaser.GameObjects.Text;

  constructor(
    scene: Phaser.Scene,
    private readonly options: SoundControlsOptions,
  ) {
    super(scene, options.x, options.y);
    const { unit } = options;
    const height = Math.round(48 * unit);
    const toggleWidth = Math.round(200 * unit);
    const gap = Math.round(12 * unit);
    const volumeWidth = Math.round(150 * unit);
    const textStyle = {
      fontFamily: FONT_FAMILY,
      fontSize: fontSize('small', unit),
      color: '#ffffff',
      resolution: window.devicePixelRatio || 1,
    };

    // The button's own label is centred and fixed at creation; the icon and the word sit on top
    // instead, so they can change in place without losing the button's focus and hover state.
    this.toggle = new Button(scene, {
      x: toggleWidth / 2,
      y: height / 2,
      width: toggleWidth,
      height,
      label: '',
      fontSize: fontSize('small', unit),
      onPress: () => this.setMuted(!options.audio.muted),
    });
    this.icon = scene.add.graphics({ x: Math.round(28 * unit), y: height / 2 });
    this.stateText = scene.add.text(Math.round(52 * unit), height / 2, '', textStyle).setOrigin(0, 0.5);

    let x = toggleWidth + gap;
    this.quieter = this.stepButton(scene, x + height / 2, height, '−', -1);
    x += height;
    this.volumeText = scene.add
      .text(x + volumeWidth / 2, height / 2, '', { ...textStyle, align: 'center' })
      .setOrigin(0.5);
    x += volumeWidth;
    this.louder = this.stepButton(scene, x + height / 2, height, '+', 1);
    x += height;

    this.add([this.toggle, this.icon, this.stateText, this.quieter, this.volumeText, this.louder]);
    this.setSize(x, height);
    this.refresh();
    scene.add.existing(this);
  }

  /** What the toggle says now, for the test probe (the button's own label stays empty). */
  get toggleLabel(): string {
    return this.stateText.text;
  }

  private stepButton(
    scene: Phaser.Scene,
    x: number,
    size: number,
    symbol: string,
    direction: 1 | -1,
  ): Button {
    return new Button(scene, {
      x,
      y: size / 2,
      width: size,
      height: size,
      label: symbol,
      fontSize: fontSize('body', this.options.unit),
      onPress: () => {
        const { audio } = this.options;
        audio.setVolume(stepVolume(audio.volume, direction));
        this.refresh();
        // Heard at the new level, so the player can judge it.
        audio.play('button');
      },
    });
  }

  private setMuted(muted: boolean): void {
    this.options.audio.setMuted(muted);
    this.refresh();
    this.options.audio.play('button');
  }

  private refresh(): void {
    const { audio, i18n } = this.options;
    this.stateText.setText(i18n.t(audio.muted ? 'ui:sound.off' : 'ui:sound.on'));
    this.volumeText.setText(i18n.t('ui:sound.volume', { percent: Math.round(audio.volume * 100) }));
    this.quieter.setEnabled(audio.volume > 0);
    this.louder.setEnabled(audio.volume < 1);
    this.drawSpeaker(audio.muted);
  }

  private drawSpeaker(muted: boolean): void {
    const s = Math.round(22 * this.options.unit);
    const g = this.icon;
    g.clear();
    g.fillStyle(0xffffff, 1);
    g.fillRect(-0.5 * s, -0.18 * s, 0.25 * s, 0.36 * s);
    g.fillTriangle(-0.3 * s, 0, 0.05 * s, -0.48 * s, 0.05 * s, 0.48 * s);
    g.lineStyle(Math.max(2, Math.round(2.5 * this.options.unit)), 0xffffff, 1);
    if (muted) {
      g.lineBetween(0.22 * s, -0.18 * s, 0.58 * s, 0.18 * s);
      g.lineBetween(0.22 * s, 0.18 * s, 0.58 * s, -0.18 * s);
      return;
    }
    for (const radius of [0.3 * s, 0.55 * s]) {
      g.beginPath();
      g.arc(0.05 * s, 0, radius, -Math.PI / 4, Math.PI / 4);
      g.strokePath();
    }
  }
}
