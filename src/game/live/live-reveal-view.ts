import type { Translator } from '../../core/ports/translator';
import { answerTexts, VERDICT_ICON, verdictOf } from '../dom/answer-text';
import { h } from '../dom/element';
import type { Formats } from '../dom/formats';
import { formatSources } from '../ui/fact-card';
import type { RevealMessage } from './live-pupil-link';

/**
 * A pupil's own answers at the class reveal, as a page that scrolls on a phone: the points, the rank
 * where fair play shows it, then each item with the verdict (icon and word), what they answered,
 * the right answer, and its fact card (the fact, the note, the source).
 */
export function revealView(i18n: Translator, format: Formats, reveal: RevealMessage): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const { challenge, result, rank } = reveal;
  const items = result?.items ?? [];
  const points = Math.max(0, items.reduce((sum, item) => sum + item.points, 0) - (result?.penalty ?? 0));
  const max = items.reduce((sum, item) => sum + item.maxPoints, 0);
  const right = items.filter((item) => item.correct).length;
  const byId = new Map(items.map((item) => [item.itemId, item]));
  return h(
    'section',
    { className: 'ql-reveal', attrs: { 'aria-labelledby': 'ql-reveal-title', 'data-testid': 'reveal' } },
    h('h2', { attrs: { id: 'ql-reveal-title' } }, t('live:reveal.title')),
    h('p', { className: 'ql-prompt-small' }, t(`content:${challenge.prompt}`)),
    result
      ? h(
          'p',
          { className: 'qo-total', attrs: { 'data-testid': 'reveal-points' } },
          t('live:reveal.points', { points: format.number(points), max: format.number(max) }),
        )
      : h('p', { className: 'qo-warning' }, t('live:reveal.noAnswer')),
    result
      ? h('p', {}, t('live:reveal.right', { count: right, total: format.number(challenge.items.length) }))
      : null,
    rank
      ? h(
          'p',
          { className: 'ql-rank', attrs: { 'data-testid': 'reveal-rank' } },
          t('live:reveal.rank', { rank: format.number(rank.rank), of: format.number(rank.of) }),
        )
      : null,
    h(
      'ol',
      { className: 'ql-facts' },
      ...challenge.items.map((item) => {
        const own = byId.get(item.id);
        const texts = answerTexts(
          i18n,
          format,
          challenge,
          own ?? { itemId: item.id, points: 0, maxPoints: 0, correct: false, skipped: true },
        );
        // Without an answer there is no verdict to give: the item and its right answer only.
        const verdict = own ? verdictOf(own) : null;
        return h(
          'li',
          { attrs: { 'data-verdict': verdict ?? 'none' } },
          h(
            'p',
            { className: 'ql-verdict' },
            h('span', { attrs: { 'aria-hidden': 'true' } }, `${verdict ? VERDICT_ICON[verdict] : '•'} `),
            h('strong', {}, texts.item),
            verdict ? ` — ${t(`ui:fact.verdict.${verdict}`)}` : '',
          ),
          h(
            'p',
            { className: 'qo-muted' },
            verdict
              ? `${t('live:reveal.yours')} ${texts.given} · ${t('live:reveal.expected')} ${texts.expected}`
              : `${t('live:reveal.expected')} ${texts.expected}`,
          ),
          h('p', {}, t(`content:${item.fact}`)),
          item.note ? h('p', { className: 'ql-note' }, t(`content:${item.note}`)) : null,
          h('p', { className: 'qo-muted' }, `${t('ui:fact.source')} ${formatSources(i18n, item.source)}`),
        );
      }),
    ),
  );
}
