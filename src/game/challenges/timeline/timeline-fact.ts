import type Phaser from 'phaser';
import type { TimelineVerdict } from '../../../core/challenges/timeline/timeline-rules';
import type { Level, TimelineItem } from '../../../core/level/level-types';
import type { I18nService } from '../../../services/i18n-service';
import { fontSize } from '../../theme';
import { Button } from '../../ui/button';
import { FactCard } from '../../ui/fact-card';
import { targetSize } from './timeline-layout';
import type { Rect } from './timeline-track';

const FACT_DEPTH = 20;

/** What the fact card of one event says, already worked out by the scene from the core. */
export interface TimelineFactContent {
  readonly item: TimelineItem;
  readonly verdict: TimelineVerdict;
  readonly heading: string;
  readonly detail: string;
  readonly feedback: readonly string[];
  readonly level: Level;
}

export interface DrawnFact {
  readonly objects: Phaser.GameObjects.GameObject[];
  readonly card: FactCard;
  readonly close: Button;
}

/**
 * The fact card covers the half of the track away from the explained card, so the card, its
 * verdict and its date stay in sight; a blocker behind it keeps clicks off the cards beneath.
 * A long fact in a narrow space is set smaller rather than run off the screen.
 */
export function drawTimelineFact(
  scene: Phaser.Scene,
  i18n: I18nService,
  content: TimelineFactContent,
  place: { readonly area: Rect; readonly slot: Rect; readonly unit: number; readonly touch: boolean },
  actions: { readonly next: () => void; readonly close: () => void },
): DrawnFact | null {
  const { area, slot, unit } = place;
  const gap = Math.round(12 * unit);
  const middle = area.x + area.width / 2;
  const onLeft = slot.x + slot.width / 2 > middle;
  const left = onLeft ? area.x : Math.max(middle, slot.x + slot.width + gap);
  const right = onLeft ? Math.min(middle, slot.x - gap) : area.x + area.width;
  const width = Math.min(area.width, Math.max(Math.round(240 * unit), right - left));
  const x = onLeft ? Math.max(area.x, right - width) : Math.min(left, area.x + area.width - width);
  const { item, level } = content;
  const articleTitles = Object.fromEntries(
    Object.entries(level.articles).map(([key, article]) => [key, article.title]),
  );
  let card: FactCard | null = null;
  for (const scale of [1, 0.9, 0.8, 0.7, 0.6]) {
    card?.destroy();
    card = new FactCard(
      scene,
      i18n,
      {
        // The fact card has no "skipped" look: a card given up on reads as wrong, which it is.
        verdict: content.verdict === 'skipped' ? 'wrong' : content.verdict,
        heading: content.heading,
        detail: content.detail,
        feedback: [...content.feedback],
        fact: item.fact,
        ...(item.note ? { note: item.note } : {}),
        sources: item.source,
        articleTitles,
      },
      { x, y: area.y, width, unit: unit * scale },
      actions.next,
    );
    if (card.cardHeight <= area.height) break;
  }
  if (!card) return null;
  const y = area.y + Math.max(0, (area.height - card.cardHeight) / 2);
  card.setPosition(x, y).setDepth(FACT_DEPTH);
  const shadow = scene.add.graphics().setDepth(FACT_DEPTH - 1);
  shadow.fillStyle(0x000000, 0.4);
  shadow.fillRoundedRect(x + 8 * unit, y + 10 * unit, width, card.cardHeight, 14);
  const blocker = scene.add
    .zone(x, y, width, card.cardHeight)
    .setOrigin(0, 0)
    .setDepth(FACT_DEPTH - 1)
    .setInteractive();
  const closeSize = targetSize(Math.round(40 * unit), place.touch);
  // Inside the card's corner, so a finger-sized target never hangs off the screen's edge.
  const close = new Button(scene, {
    x: Math.min(x + width - closeSize * 0.25, x + width + area.x - closeSize / 2),
    y: Math.max(y + closeSize * 0.25, closeSize / 2),
    width: closeSize,
    height: closeSize,
    label: '×',
    fontSize: fontSize('heading', unit),
    onPress: actions.close,
  }).setDepth(FACT_DEPTH + 1);
  return { objects: [shadow, blocker, card, close], card, close };
}
