import Phaser from 'phaser';
import { colours, FONT_FAMILY } from '../../theme';
import { drawPinIcon } from './event-card';

/** One paragraph of the panel, already translated; `scale` is relative to the panel's body size. */
export interface DetailLine {
  readonly text: string;
  readonly colour: string;
  readonly scale: number;
  readonly bold?: boolean;
  /** Preceded by a map pin: the line names a place. */
  readonly pin?: boolean;
}

export interface PanelArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const LARGEST_PX = 24;
const SMALLEST_PX = 11;

/**
 * The side panel that tells the current card large enough for the back of a classroom: its event,
 * its place, and after the check its verdict and date. The text is set at the largest size that
 * fits the panel, measured off screen so only the final text is drawn.
 */
export class EventDetailPanel extends Phaser.GameObjects.Container {
  private readonly measurer: Phaser.GameObjects.Text;
  private shown = '';

  constructor(
    scene: Phaser.Scene,
    private readonly area: PanelArea,
    private readonly unit: number,
  ) {
    super(scene, area.x, area.y);
    this.measurer = new Phaser.GameObjects.Text(scene, 0, 0, '', {});
    scene.add.existing(this);
  }

  /** Draws the lines, unless they are what the panel already shows. */
  show(lines: readonly DetailLine[]): void {
    const key = JSON.stringify(lines);
    if (key === this.shown) return;
    this.shown = key;
    this.removeAll(true);
    const { width, height } = this.area;
    const background = this.scene.add.graphics();
    background.fillStyle(colours.panel, 1);
    background.fillRoundedRect(0, 0, width, height, 12);
    background.lineStyle(2, colours.panelBorder, 1);
    background.strokeRoundedRect(0, 0, width, height, 12);
    this.add(background);
    const px = this.fittingSize(lines);
    const pad = this.pad();
    let y = pad;
    for (const line of lines) {
      const { size, indent, style } = this.styleOf(line, px);
      const room = height - pad / 2 - y;
      if (room < size) break;
      const text = this.scene.add.text(pad + indent, y, line.text, style);
      // Only on a very small screen: what the smallest size cannot fit is cut at the panel's edge.
      if (text.height > room) text.setCrop(0, 0, text.width, room);
      this.add(text);
      if (line.pin) this.add(drawPinIcon(this.scene, pad + size * 0.4, y + size * 0.65, size));
      y += text.height + Math.round(size * 0.45);
    }
  }

  override destroy(fromScene?: boolean): void {
    this.measurer.destroy();
    super.destroy(fromScene);
  }

  private pad(): number {
    return Math.round(14 * this.unit);
  }

  private fittingSize(lines: readonly DetailLine[]): number {
    for (let px = Math.round(LARGEST_PX * this.unit); px > SMALLEST_PX; px -= 1) {
      let y = this.pad();
      for (const line of lines) {
        const { size, style } = this.styleOf(line, px);
        y += this.measure(line.text, style) + Math.round(size * 0.45);
      }
      if (y <= this.area.height) return px;
    }
    return SMALLEST_PX;
  }

  private styleOf(line: DetailLine, px: number) {
    const size = Math.max(10, Math.round(px * line.scale));
    const indent = line.pin ? size : 0;
    const style: Phaser.Types.GameObjects.Text.TextStyle = {
      fontFamily: FONT_FAMILY,
      fontSize: `${size}px`,
      fontStyle: line.bold ? 'bold' : 'normal',
      color: line.colour,
      wordWrap: { width: this.area.width - this.pad() * 2 - indent, useAdvancedWrap: true },
      lineSpacing: Math.round(size * 0.15),
      resolution: window.devicePixelRatio || 1,
    };
    return { size, indent, style };
  }

  private measure(text: string, style: Phaser.Types.GameObjects.Text.TextStyle): number {
    this.measurer.setStyle(style);
    // setStyle leaves the line spacing alone; the drawn text gets it from its style.
    this.measurer.setLineSpacing(style.lineSpacing ?? 0);
    this.measurer.setText(text);
    return this.measurer.height;
  }
}
