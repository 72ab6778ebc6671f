import type Phaser from 'phaser';
import type { TimelinePlayState } from '../../../core/challenges/timeline/timeline-play';
import { factInfo } from '../../../core/challenges/timeline/timeline-review';
import { eventDateOf, type TimelineScore } from '../../../core/challenges/timeline/timeline-rules';
import { swapMessage } from '../../../core/feedback/timeline-feedback';
import type { Level, TimelineChallenge, TimelineItem } from '../../../core/level/level-types';
import type { I18nService } from '../../../services/i18n-service';
import { feedbackText } from '../../feedback-text';
import { formatEventDate } from '../../format-event-date';
import type { Probe } from '../../probe';
import { type DrawnFact, drawTimelineFact, type TimelineFactContent } from './timeline-fact';
import { verdictOf } from './timeline-reveals';
import type { Rect } from './timeline-track';

/** One event's fact card, translated: its date and rank, the slot it was left in, and the swap it is part of. */
export function timelineFactContent(
  i18n: I18nService,
  open: { readonly level: Level; readonly challenge: TimelineChallenge },
  play: TimelinePlayState,
  score: TimelineScore,
  id: string,
): TimelineFactContent {
  const { challenge } = open;
  const itemOf = (itemId: string): TimelineItem => {
    const item = challenge.items.find((candidate) => candidate.id === itemId);
    if (!item) throw new Error(`No answer for timeline item "${itemId}" here`);
    return item;
  };
  const item = itemOf(id);
  const info = factInfo(challenge, play, id);
  const detail = [
    i18n.t('timeline:when', {
      date: formatEventDate(eventDateOf(item), i18n.language, 'long'),
      rank: info.rank,
      count: info.count,
    }),
    info.slot === null ? '' : i18n.t('timeline:yourSlot', { slot: info.slot }),
    info.sameDate ? i18n.t('timeline:sameDate') : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
  const swap = info.swap;
  return {
    item,
    verdict: verdictOf(score, id),
    heading: i18n.t(`content:${item.place}`),
    detail,
    feedback: swap ? [feedbackText(i18n, swapMessage(itemOf(swap.earlier), itemOf(swap.later)))] : [],
    level: open.level,
  };
}

/** Draws the open event's fact card and names its Continue and close buttons for the test probe. */
export function drawOpenFact(
  scene: Phaser.Scene,
  services: { readonly i18n: I18nService; readonly probe: Probe | null },
  open: { readonly level: Level; readonly challenge: TimelineChallenge },
  checked: { readonly play: TimelinePlayState; readonly score: TimelineScore; readonly id: string },
  place: { readonly area: Rect; readonly slot: Rect; readonly unit: number; readonly touch: boolean },
  actions: { readonly next: () => void; readonly close: () => void },
): DrawnFact | null {
  const { i18n, probe } = services;
  const content = timelineFactContent(i18n, open, checked.play, checked.score, checked.id);
  const fact = drawTimelineFact(scene, i18n, content, place, actions);
  if (!fact) return null;
  const { continueButton } = fact.card;
  probe?.register(scene, 'timeline.closeFact', fact.close, () => fact.close.label);
  probe?.register(scene, 'timeline.continue', continueButton, () => continueButton.label);
  return fact;
}
