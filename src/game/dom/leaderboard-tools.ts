import type { Translator } from '../../core/ports/translator';
import { button, h } from './element';

export interface LeaderboardToolsOptions {
  readonly i18n: Translator;
  /** False when the scores cannot be read: nothing to export, nowhere to import. */
  readonly storageWorks: boolean;
  readonly hasRecords: boolean;
  /** What the last import or clearing did, in words. */
  readonly notice: readonly string[];
  readonly exportCsv: () => void;
  readonly exportJson: () => void;
  readonly importFile: (file: File) => void;
  readonly clear: () => void;
}

/** Export (CSV, JSON), import (JSON) and clearing, which asks first in a modal dialog. */
export function leaderboardTools(options: LeaderboardToolsOptions): HTMLElement {
  const { i18n, storageWorks, hasRecords } = options;
  const t = (key: string) => i18n.t(key);

  const csv = button(t('leaderboard:tools.csv'), options.exportCsv);
  const json = button(t('leaderboard:tools.json'), options.exportJson);
  const clear = button(t('leaderboard:tools.clear'), () => dialog.showModal(), 'qo-danger');
  for (const control of [csv, json, clear]) control.disabled = !storageWorks || !hasRecords;

  const file = h('input', {
    className: 'qo-file-input',
    attrs: { id: 'qo-import', type: 'file', accept: '.json,application/json' },
  });
  file.disabled = !storageWorks;
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) options.importFile(chosen);
  });

  const cancel = button(t('leaderboard:clear.cancel'), () => dialog.close());
  // The safe choice has the focus when the dialog opens.
  cancel.autofocus = true;
  const confirm = button(
    t('leaderboard:clear.confirm'),
    () => {
      dialog.close();
      options.clear();
    },
    'qo-danger',
  );
  const dialog = h(
    'dialog',
    {
      className: 'qo-dialog',
      attrs: { 'aria-labelledby': 'qo-clear-title', 'aria-describedby': 'qo-clear-text' },
    },
    h('h2', { attrs: { id: 'qo-clear-title' } }, t('leaderboard:clear.title')),
    h('p', { attrs: { id: 'qo-clear-text' } }, t('leaderboard:clear.question')),
    h('div', { className: 'qo-actions' }, cancel, confirm),
  );

  return h(
    'section',
    { className: 'qo-panel', attrs: { 'aria-labelledby': 'qo-tools-title' } },
    h('h2', { attrs: { id: 'qo-tools-title' } }, t('leaderboard:tools.heading')),
    h(
      'div',
      { className: 'qo-actions' },
      csv,
      json,
      h(
        'span',
        {},
        file,
        h(
          'label',
          { className: 'qo-file-label', attrs: { for: 'qo-import' } },
          t('leaderboard:tools.import'),
        ),
      ),
      clear,
    ),
    h('div', { attrs: { role: 'status' } }, ...options.notice.map((line) => h('p', {}, line))),
    dialog,
  );
}
