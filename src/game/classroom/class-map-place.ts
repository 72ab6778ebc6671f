import { itemAnswers } from '../../core/classroom/class-answers';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import { fromTuple, lonLat } from '../../core/geo/lon-lat';
import type { PlaceItem } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';
import { VERDICT_ICON, verdictOf } from '../dom/answer-text';
import { colours } from '../theme';
import type { MapMarker } from '../ui/map-markers';
import type { TextPart } from './text-column';

/** Above this many pins, names beside them would hide the map; the panel still lists every one. */
const MAX_NAMED_PINS = 12;

const VERDICT_COLOUR = { right: colours.rightText, partial: colours.accentText, wrong: colours.wrongText };

/** Every participant's pin around the true place and its full-points ring. */
export function placeMarkers(
  session: ClassroomSession,
  step: number,
  item: PlaceItem,
  itemName: string,
): MapMarker[] {
  const answers = itemAnswers(session, step, item.id);
  const named = answers.length <= MAX_NAMED_PINS;
  const truth = fromTuple(item.lonLat);
  return [
    { kind: 'ring', centre: truth, radiusKm: item.toleranceKm },
    ...answers.flatMap(({ participant, result }): MapMarker[] => {
      const guess = result?.guessLonLat;
      if (!guess) return [];
      return [
        {
          kind: 'pin',
          at: lonLat(guess[0], guess[1]),
          tone: 'guess',
          ...(named ? { label: participant.name } : {}),
        },
      ];
    }),
    { kind: 'pin', at: truth, tone: 'truth', label: itemName },
  ];
}

/** The panel beside the map: the place, how many were right, each answer, and the fact. */
export function placePanel(
  i18n: Translator,
  session: ClassroomSession,
  step: number,
  item: PlaceItem,
): TextPart[] {
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const answers = itemAnswers(session, step, item.id);
  const right = answers.filter((answer) => answer.result?.correct).length;
  return [
    { text: i18n.t(`content:${item.name}`), colour: colours.text, scale: 1.3, bold: true },
    {
      text: `✓ ${i18n.t('classroom:classMap.placeTally', {
        right,
        answered: answers.length,
        km: number.format(item.toleranceKm),
      })}`,
      colour: colours.rightText,
      scale: 1,
      bold: true,
    },
    ...answers.map(({ participant, result }): TextPart => {
      if (!result || result.skipped || result.distanceKm === undefined)
        return {
          text: `• ${participant.name} — ${i18n.t(result?.skipped ? 'classroom:classMap.dontKnow' : 'classroom:classMap.noAnswer')}`,
          colour: colours.mutedText,
          scale: 0.9,
        };
      const verdict = verdictOf(result);
      return {
        text: `${VERDICT_ICON[verdict]} ${participant.name} — ${i18n.t('classroom:classMap.distance', {
          km: number.format(result.distanceKm),
        })}`,
        colour: VERDICT_COLOUR[verdict],
        scale: 0.9,
      };
    }),
    { text: i18n.t(`content:${item.fact}`), colour: colours.mutedText, scale: 0.8 },
  ];
}
