import type { TimelinePlayerItem } from '../../../core/challenges/timeline/timeline-answer';
import { eventDateOf, type TimelineScore } from '../../../core/challenges/timeline/timeline-rules';
import type { TimelineItem } from '../../../core/level/level-types';
import { formatEventDate } from '../../format-event-date';
import { colours } from '../../theme';
import type { DetailLine } from './event-detail-panel';
import { verdictOf, verdictText } from './timeline-reveals';

/** What the side panel is asked to tell, already worked out by the scene. */
export interface DetailRequest {
  /** The card described (describedCard in core), or null for the hint. */
  readonly item: TimelinePlayerItem | null;
  /** After the check of a timeline played with its answers: the event with its date, and the score. */
  readonly revealed: { readonly truth: TimelineItem; readonly score: TimelineScore } | null;
  readonly checked: boolean;
  readonly language: string;
  readonly touch: boolean;
  /** A card is in the keyboard's hand. */
  readonly moving: boolean;
  readonly t: (key: string) => string;
}

/** The side panel's paragraphs: the card's verdict and date once revealed, its event and place; or a hint. */
export function detailLines(request: DetailRequest): DetailLine[] {
  const { item, revealed, t } = request;
  if (!item) {
    // A touch-first device rarely has a keyboard: its hint leaves the keys out.
    const hint = t(
      request.checked ? 'timeline:reviewHint' : request.touch ? 'timeline:hintTouch' : 'timeline:hint',
    );
    return [{ text: hint, colour: colours.mutedText, scale: 0.9 }];
  }
  const lines: DetailLine[] = [];
  if (revealed) {
    const verdict = verdictOf(revealed.score, revealed.truth.id);
    lines.push({
      text: verdictText(t, verdict),
      colour:
        verdict === 'right' ? colours.rightText : verdict === 'partial' ? colours.text : colours.wrongText,
      bold: true,
      scale: 1,
    });
    const date = formatEventDate(eventDateOf(revealed.truth), request.language, 'long');
    lines.push({ text: date, colour: colours.text, bold: true, scale: 1 });
  }
  lines.push({ text: t(`content:${item.text}`), colour: colours.text, scale: 1 });
  lines.push({ text: t(`content:${item.place}`), colour: colours.mutedText, scale: 0.85, pin: true });
  if (request.moving) lines.push({ text: t('timeline:moving'), colour: colours.accentText, scale: 0.8 });
  return lines;
}
