import Phaser from 'phaser';
import { type ItemMark, linkOf, markOf } from '../../../core/challenges/match/match-rules';
import type { Level, MatchItem } from '../../../core/level/level-types';
import { colours } from '../../theme';
import { FactCard, type FactCardContent } from '../../ui/fact-card';
import { type MatchDrawContext, truthItem } from './match-draw-context';
import { confusionText } from './match-status';

/**
 * The fact card of one item over a dimmed board: its verdict, the player's link and the right
 * one, what the wrong link really fits, the fact and its sources. A click on the dimmer closes it.
 */
export function drawFactCard(
  context: MatchDrawContext,
  itemId: string,
  width: number,
  height: number,
  onClose: () => void,
): void {
  const item = truthItem(context, itemId);
  const open = context.open;
  if (!item || !open) return;
  const { scene, unit: u } = context;
  const probe = context.services.probe;
  const dimmer = scene.add.rectangle(0, 0, width, height, colours.background, 0.75).setOrigin(0, 0);
  // The dimmer catches clicks meant for the board underneath.
  dimmer.setInteractive();
  dimmer.on(Phaser.Input.Events.GAMEOBJECT_POINTER_UP, onClose);
  context.layer.add(dimmer);
  const cardWidth = Math.min(width - 32, Math.round(760 * u));
  const card = new FactCard(
    scene,
    context.services.i18n,
    factContent(context, item, open.level),
    { x: (width - cardWidth) / 2, y: 0, width: cardWidth, unit: u },
    onClose,
  );
  const scale = Math.min(1, (height - 32) / card.cardHeight);
  card.setScale(scale);
  card.setPosition((width - cardWidth * scale) / 2, Math.max(16, (height - card.cardHeight * scale) / 2));
  context.layer.add(card);
  context.addFocusable('fact.glossary', card.glossaryButton);
  context.addFocusable('fact', card.continueButton);
  probe?.register(scene, 'match.fact.glossary', card.glossaryButton, () => card.glossaryButton.label);
  probe?.register(scene, 'match.fact.continue', card.continueButton, () => card.continueButton.label);
  probe?.register(
    scene,
    'match.fact',
    card,
    () => item.id,
    () => true,
    'topLeft',
  );
  if (card.feedbackText !== '')
    probe?.register(
      scene,
      'match.feedback',
      card.feedbackBox,
      () => card.feedbackText,
      () => true,
      'topLeft',
    );
}

function factContent(context: MatchDrawContext, item: MatchItem, level: Level): FactCardContent {
  const { state, view } = context;
  const mark: ItemMark = markOf(state, item.id) ?? 'unanswered';
  const targetText = (id: string | undefined) => {
    const target = view.targets.find((candidate) => candidate.id === id);
    return target ? context.t(`content:${target.text}`) : '';
  };
  const yours = linkOf(state, item.id);
  const detail =
    mark === 'right'
      ? context.t('match:fact.linkedTo', { target: targetText(yours) })
      : [
          ...(yours !== undefined ? [context.t('match:fact.yourAnswer', { target: targetText(yours) })] : []),
          context.t('match:fact.rightAnswer', { target: targetText(item.answer) }),
        ].join('\n');
  const articleTitles: Record<string, string> = {};
  for (const [id, article] of Object.entries(level.articles)) articleTitles[id] = article.title;
  const confusion = confusionText(context, item);
  return {
    verdict: mark === 'right' ? 'right' : mark === 'wrong' ? 'wrong' : 'revealed',
    heading: context.t(`content:${item.text}`),
    detail,
    ...(confusion ? { feedback: [confusion] } : {}),
    fact: item.fact,
    ...(item.note ? { note: item.note } : {}),
    sources: item.source,
    articleTitles,
  };
}
