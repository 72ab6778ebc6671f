import { linkOf, markOf, scoreMatch } from '../../../core/challenges/match/match-rules';
import { checkSummary } from '../../../core/challenges/match/match-selection';
import { matchFeedback } from '../../../core/feedback/match-feedback';
import type { ScreenRect } from '../../../core/geo/lon-lat';
import type { MatchItem } from '../../../core/level/level-types';
import { countryName } from '../../../services/country-names';
import { feedbackText } from '../../feedback-text';
import { colours, FONT_FAMILY, fontSize } from '../../theme';
import { formatSources } from '../../ui/fact-card';
import { binLetter } from './bin-symbol';
import { itemById, type MatchDrawContext, truthItem } from './match-draw-context';

/** A one-off line above the status, e.g. after a press the rules refused. */
export interface Notice {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}

/** The smallest status text, in CSS pixels, before it would stop being readable on that screen. */
const MIN_STATUS_PX = 13;

/** The status text in the side panel (or under the board on a phone), shrunk to fit within a readable floor. */
export function drawStatus(context: MatchDrawContext, rect: ScreenRect, lines: readonly string[]): void {
  const u = context.unit;
  const text = context.scene.add.text(rect.x, rect.y, lines.join('\n\n'), {
    fontFamily: FONT_FAMILY,
    fontSize: fontSize('small', u),
    color: colours.text,
    wordWrap: { width: rect.width },
    lineSpacing: Math.round(3 * u),
    resolution: window.devicePixelRatio || 1,
  });
  let size = Math.round(20 * u);
  while (text.height > rect.height && size > MIN_STATUS_PX) {
    size -= 1;
    text.setFontSize(size);
  }
  context.layer.add(text);
}

/** What the status says now: the map caption, a notice, the phase, the chosen card's hint, the progress. */
export function statusLines(
  context: MatchDrawContext,
  notice: Notice | null,
  map: { readonly shown: boolean; readonly ready: boolean },
): string[] {
  const { view, state, selection } = context;
  const t = context.t.bind(context);
  const lines: string[] = [];
  const order = view.items.map((item) => item.id);
  const { right, linked, total, checkCost } = checkSummary(order, state);
  if (view.mode === 'pairs' && map.shown) lines.push(mapCaption(context, map.ready));
  if (notice) lines.push(t(notice.key, notice.params));
  if (state.phase === 'solved') lines.push(t('match:status.solved'));
  else if (state.phase === 'revealed')
    lines.push(t(state.dontKnow ? 'match:status.gaveUp' : 'match:status.revealed', { right, total }));
  else {
    if (selection?.side === 'item') {
      const item = itemById(view, selection.id);
      const truth = truthItem(context, selection.id);
      if (truth && markOf(state, truth.id) === 'wrong') {
        const confusion = confusionText(context, truth);
        if (confusion) lines.push(`→ ${confusion}`);
        lines.push(t('match:status.reread', { sources: formatSources(context.services.i18n, truth.source) }));
      } else if (item) lines.push(t('match:status.itemSelected', { name: t(`content:${item.text}`) }));
    } else if (selection?.side === 'target') {
      const index = view.targets.findIndex((target) => target.id === selection.id);
      const bin = view.targets[index];
      lines.push(
        view.mode === 'pairs' || !bin
          ? t('match:status.targetSelected')
          : t('match:status.binArmed', { letter: binLetter(index), bin: t(`content:${bin.text}`) }),
      );
    } else if (state.checks > 0) {
      lines.push(t('match:status.checked', { right, total, penalty: checkCost }));
    } else {
      lines.push(t(`match:hint.${view.mode === 'pairs' ? 'pairs' : view.onMap ? 'map' : 'categories'}`));
    }
    if (linked < total) lines.push(t('match:status.progress', { linked, total }));
  }
  const penalty = context.open ? (scoreMatch(context.open.challenge, state).penalty ?? 0) : 0;
  if (penalty > 0) lines.push(t('match:status.penalty', { points: penalty }));
  if (view.onMap && state.checks > 0) lines.push(t('match:status.legend'));
  return lines;
}

/** What the item's wrong link actually fits (core/feedback), or null for a right or missing link. */
export function confusionText(context: MatchDrawContext, item: MatchItem): string | null {
  const chosen = linkOf(context.state, item.id);
  if (!context.open || chosen === undefined || markOf(context.state, item.id) !== 'wrong') return null;
  const message = matchFeedback(context.open.challenge, item, chosen);
  return message ? feedbackText(context.services.i18n, message) : null;
}

function mapCaption(context: MatchDrawContext, mapReady: boolean): string {
  const { selection, view } = context;
  const selected = selection?.side === 'item' ? itemById(view, selection.id) : undefined;
  if (!mapReady) return context.t('match:map.loading');
  if (!selected) return context.t('match:map.idle');
  if (!selected.country)
    return context.t('match:map.noCountry', { name: context.t(`content:${selected.text}`) });
  return context.t('match:map.shows', {
    country: countryName(selected.country, context.services.i18n.language) ?? selected.country,
  });
}
