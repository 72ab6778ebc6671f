import { quoteText } from '../../core/level/read-level-json';
import type { Translator } from '../../core/ports/translator';
import type { LevelLibrary } from '../../services/level-library';
import { button, h } from './element';

/** Characters of a file name or id shown: enough to tell files apart, never a wall of text. */
const SHOWN_CHARS = 60;

export interface LevelFilesActions {
  readonly back: () => void;
}

/**
 * The level files kept on this device, listed by name, claimed id and size, each with a button to
 * forget it. Nothing is validated and none of a file's texts is drawn, so a file that would stall
 * the level select (or any other screen) can be removed here without clearing the site's data,
 * which would erase every score and classroom session as well.
 */
export function levelFilesView(
  i18n: Translator,
  levels: LevelLibrary,
  actions: LevelFilesActions,
): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const status = h('p', { className: 'qo-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const body = h('div');
  const page = h(
    'main',
    {
      className: 'qo-page',
      attrs: { 'aria-labelledby': 'qo-level-files-heading', 'data-testid': 'level-files' },
    },
    h('h1', { attrs: { id: 'qo-level-files-heading' } }, t('ui:levelFiles.heading')),
    h('p', {}, t('ui:levelFiles.intro')),
    body,
    status,
    h('nav', { className: 'qo-actions' }, button(t('ui:levelFiles.back'), actions.back, 'qo-primary')),
  );

  const forget = (files: readonly string[]) => {
    const refused = files.filter((file) => !levels.forgetStoredFile(file));
    status.dataset.state = refused.length > 0 ? 'failed' : 'saved';
    status.textContent =
      refused.length > 0
        ? t('ui:levelFiles.notForgotten', { file: quoteText(refused.join(', '), SHOWN_CHARS) })
        : t('ui:levelFiles.forgotten', {
            count: files.length,
            file: quoteText(files.join(', '), SHOWN_CHARS),
          });
    render();
  };

  const render = () => {
    const files = levels.storedFiles();
    if (files.length === 0) {
      body.replaceChildren(h('p', { className: 'qo-muted' }, t('ui:levelFiles.none')));
      return;
    }
    const rows = files.map((stored) =>
      h(
        'tr',
        {},
        h('td', {}, h('bdi', {}, quoteText(stored.file, SHOWN_CHARS))),
        h(
          'td',
          {},
          h('bdi', {}, stored.id === undefined ? t('ui:levelFiles.noId') : quoteText(stored.id, SHOWN_CHARS)),
        ),
        h(
          'td',
          {},
          t('ui:levelFiles.size', { count: stored.size, size: stored.size.toLocaleString(i18n.language) }),
        ),
        h(
          'td',
          {},
          h(
            'button',
            {
              className: 'qo-danger',
              attrs: {
                type: 'button',
                'aria-label': t('ui:levelFiles.forgetOne', { file: quoteText(stored.file, SHOWN_CHARS) }),
              },
              onClick: () => forget([stored.file]),
            },
            t('ui:levelFiles.forget'),
          ),
        ),
      ),
    );
    body.replaceChildren(
      h(
        'table',
        { className: 'qo-table' },
        h('caption', {}, t('ui:levelFiles.caption', { count: files.length })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { attrs: { scope: 'col' } }, t('ui:levelFiles.file')),
            h('th', { attrs: { scope: 'col' } }, t('ui:levelFiles.id')),
            h('th', { attrs: { scope: 'col' } }, t('ui:levelFiles.length')),
            h(
              'th',
              { attrs: { scope: 'col' } },
              h('span', { className: 'qo-visually-hidden' }, t('ui:levelFiles.forget')),
            ),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
      h(
        'p',
        { className: 'qo-actions' },
        button(t('ui:levelFiles.forgetAll'), () => forget(files.map((stored) => stored.file)), 'qo-danger'),
      ),
    );
  };
  render();
  return page;
}
