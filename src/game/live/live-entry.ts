import type { Translator } from '../../core/ports/translator';
import { button, h } from '../dom/element';
import type { LiveStatus } from './live-status';

/**
 * "Live session" in the classroom lobby, beside the one-device sessions: offered when a Live server
 * serves the page; otherwise one line says how to start one.
 */
export function liveEntry(i18n: Translator, status: LiveStatus | null, onOpen: () => void): HTMLElement {
  const t = (key: string) => i18n.t(key);
  return h(
    'section',
    { className: 'qo-panel ql-entry', attrs: { 'aria-labelledby': 'ql-entry-title' } },
    h('h2', { attrs: { id: 'ql-entry-title' } }, t('live:entry.title')),
    h('p', {}, t('live:entry.hint')),
    status
      ? h('div', { className: 'qo-actions' }, button(t('live:entry.open'), onOpen, 'qo-primary ql-new'))
      : h(
          'p',
          { className: 'qo-muted', attrs: { 'data-testid': 'live-unavailable' } },
          `${t('live:entry.unavailable')} `,
          h('code', {}, 'npm run live'),
        ),
  );
}
