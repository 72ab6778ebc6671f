import Phaser from 'phaser';
import type { SourceRef } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';
import type { I18nService } from '../../services/i18n-service';
import { openGlossary } from '../dom/glossary-dialog';
import { colours, FONT_FAMILY, fontSize } from '../theme';
import { Button } from './button';

export type Verdict = 'right' | 'partial' | 'wrong' | 'revealed';

export interface FactCardContent {
  readonly verdict: Verdict;
  /** Already translated: the item's name and, for instance, the distance and points. */
  readonly heading: string;
  readonly detail?: string;
  /** Already translated: what the player probably confused (core/feedback), one paragraph each. */
  readonly feedback?: readonly string[];
  /** Content keys of the item. */
  readonly fact: string;
  readonly note?: string;
  readonly sources: readonly SourceRef[];
  /** Article titles by article id, as content keys. */
  readonly articleTitles: Readonly<Record<string, string>>;
}

export interface FactCardLayout {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly unit: number;
}

const VERDICT_ICON: Record<Verdict, string> = { right: '✓', partial: '◐', wrong: '✗', revealed: '•' };
const VERDICT_COLOUR: Record<Verdict, string> = {
  right: colours.rightText,
  partial: colours.accentText,
  wrong: colours.wrongText,
  revealed: colours.mutedText,
};

/** Paragraph citations, grouped by article: "Article A, §1, §2 · Article B, §4". */
export function formatSources(i18n: Translator, sources: readonly SourceRef[]): string {
  const byArticle = new Map<string, number[]>();
  for (const { article, paragraph } of sources) {
    const list = byArticle.get(article) ?? [];
    if (!list.includes(paragraph)) list.push(paragraph);
    byArticle.set(article, list);
  }
  return [...byArticle]
    .map(([article, paragraphs]) =>
      i18n.t('ui:fact.citation', { article, paragraphs: paragraphs.map((p) => `§${p}`).join(', ') }),
    )
    .join(' · ');
}

/**
 * The card revealed after an answer: the verdict (icon and word, never colour alone), the fact in
 * the current language, any caveat, and where it comes from. Its (x, y) is its top-left corner.
 */
export class FactCard extends Phaser.GameObjects.Container {
  readonly continueButton: Button;
  /** Opens the glossary (also the G key while the card is shown). */
  readonly glossaryButton: Button;
  /** The feedback paragraphs, as a box of their own (empty when none): tests read it and measure it. */
  readonly feedbackBox: Phaser.GameObjects.Container;
  readonly feedbackText: string;
  readonly cardHeight: number;

  constructor(
    scene: Phaser.Scene,
    i18n: I18nService,
    content: FactCardContent,
    layout: FactCardLayout,
    onContinue: () => void,
  ) {
    super(scene, layout.x, layout.y);
    const { width, unit } = layout;
    const pad = Math.round(18 * unit);
    const textWidth = width - pad * 2;
    const style = (size: 'heading' | 'body' | 'small', color: string, bold = false) => ({
      fontFamily: FONT_FAMILY,
      fontSize: fontSize(size, unit),
      fontStyle: bold ? 'bold' : 'normal',
      color,
      wordWrap: { width: textWidth, useAdvancedWrap: true },
      lineSpacing: Math.round(4 * unit),
      resolution: window.devicePixelRatio || 1,
    });

    const parts: Phaser.GameObjects.Text[] = [];
    let y = pad;
    const addText = (text: string, s: ReturnType<typeof style>) => {
      const object = scene.add.text(pad, y, text, s);
      parts.push(object);
      y += object.height + Math.round(8 * unit);
      return object;
    };

    addText(
      `${VERDICT_ICON[content.verdict]} ${i18n.t(`ui:fact.verdict.${content.verdict}`)} — ${content.heading}`,
      style('body', VERDICT_COLOUR[content.verdict], true),
    );
    if (content.detail) addText(content.detail, style('small', colours.text));
    this.feedbackText = (content.feedback ?? []).map((line) => `→ ${line}`).join('\n');
    this.feedbackBox = scene.add.container(pad, y);
    if (this.feedbackText !== '') {
      const feedback = scene.add.text(0, 0, this.feedbackText, style('small', colours.accentText));
      this.feedbackBox.add(feedback).setSize(feedback.width, feedback.height);
      y += feedback.height + Math.round(8 * unit);
    }
    addText(i18n.t(`content:${content.fact}`), style('body', colours.text));
    if (content.note) addText(`⚠ ${i18n.t(`content:${content.note}`)}`, style('small', colours.accentText));
    addText(
      `${i18n.t('ui:fact.source')} ${formatSources(i18n, content.sources)}`,
      style('small', colours.mutedText),
    );
    const titles = [...new Set(content.sources.map((s) => s.article))]
      .map((article) => content.articleTitles[article])
      .filter((key): key is string => key !== undefined)
      .map((key) => i18n.t(`content:${key}`));
    if (titles.length > 0) addText(titles.join(' · '), style('small', colours.mutedText));

    const buttonHeight = Math.round(52 * unit);
    const buttonWidth = Math.min(Math.round(220 * unit), (width - pad * 3) / 2);
    this.continueButton = new Button(scene, {
      x: width - pad - buttonWidth / 2,
      y: y + buttonHeight / 2,
      width: buttonWidth,
      height: buttonHeight,
      label: i18n.t('ui:common.continue'),
      fontSize: fontSize('body', unit),
      variant: 'primary',
      onPress: onContinue,
    });
    this.glossaryButton = new Button(scene, {
      x: pad + buttonWidth / 2,
      y: y + buttonHeight / 2,
      width: buttonWidth,
      height: buttonHeight,
      label: `${i18n.t('ui:glossary.open')} (G)`,
      fontSize: fontSize('small', unit),
      onPress: () => this.showGlossary(i18n),
    });
    const keyboard = scene.input.keyboard;
    const onKey = () => this.showGlossary(i18n);
    keyboard?.on('keydown-G', onKey);
    this.once('destroy', () => keyboard?.off('keydown-G', onKey));
    this.cardHeight = y + buttonHeight + pad;

    const background = scene.add.graphics();
    background.fillStyle(colours.panel, 0.97);
    background.fillRoundedRect(0, 0, width, this.cardHeight, 14);
    background.lineStyle(2, colours.panelBorder, 1);
    background.strokeRoundedRect(0, 0, width, this.cardHeight, 14);
    this.add([background, ...parts, this.feedbackBox, this.glossaryButton, this.continueButton]);
    this.setSize(width, this.cardHeight);
    scene.add.existing(this);
  }

  /** The game's keys are paused while the dialog is open, so typing in it never plays a move. */
  private showGlossary(i18n: I18nService): void {
    const keyboard = this.scene.input.keyboard;
    if (document.querySelector('dialog[open]')) return;
    if (keyboard) keyboard.enabled = false;
    openGlossary(i18n, () => {
      if (keyboard && this.scene) keyboard.enabled = true;
    });
  }
}
