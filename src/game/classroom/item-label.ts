import { playedLevel } from '../../core/classroom/class-results';
import type { ClassroomSession } from '../../core/classroom/classroom-session';
import { itemLabelKey } from '../../core/level/item-label';
import type { Level } from '../../core/level/level-types';
import type { Translator } from '../../core/ports/translator';

/** The words on an item's card, as the class saw it; its id when its level is no longer on the device. */
export function itemLabel(
  i18n: Translator,
  session: ClassroomSession,
  levels: ReadonlyMap<string, Level>,
  step: number,
  itemId: string,
): { readonly item: string; readonly level: string; readonly challenge: string } {
  const info = session.steps[step];
  const level = info ? levels.get(info.levelId) : undefined;
  const challenge = level
    ? playedLevel(session, level).challenges.find((candidate) => candidate.id === info?.challengeId)
    : undefined;
  const key = challenge ? itemLabelKey(challenge, itemId) : undefined;
  return {
    item: key ? i18n.t(`content:${key}`) : itemId,
    level: level ? i18n.t(`content:${level.title}`) : (info?.levelId ?? ''),
    challenge: challenge ? i18n.t(`content:${challenge.prompt}`) : (info?.challengeId ?? ''),
  };
}
