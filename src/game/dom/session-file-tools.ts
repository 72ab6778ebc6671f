import type { ClassroomSession } from '../../core/classroom/classroom-session';
import type { ClassroomStore } from '../../core/classroom/classroom-store';
import type { Translator } from '../../core/ports/translator';
import { readSessionFile, sessionFileText } from '../../services/classroom-session-file';
import { dateStamp, downloadFile } from './download-file';
import { button, h, selectElement } from './element';

export interface SessionFileToolsOptions {
  readonly i18n: Translator;
  readonly store: ClassroomStore;
  readonly sessions: readonly ClassroomSession[];
  /** Called once an imported session is on this device, to list it. */
  readonly onImported: (session: ClassroomSession) => void;
}

/** File names keep letters and digits of the class's name only: it may hold anything. */
function fileNameOf(session: ClassroomSession): string {
  const name = session.name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `qantar-session-${name || 'class'}-${dateStamp(session.updatedAt)}.json`;
}

/**
 * Export one classroom session as a JSON file, and import one: a teacher moves a session to another
 * computer or keeps a copy. An imported file is checked as strictly as the sessions on this device.
 */
export function sessionFileTools({
  i18n,
  store,
  sessions,
  onImported,
}: SessionFileToolsOptions): HTMLElement {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const status = h('p', { attrs: { role: 'status', 'data-testid': 'session-file-status' } });
  const picker = selectElement(
    'qc-export-session',
    sessions.map((session) => [session.id, session.name]),
    sessions[0]?.id ?? '',
  );
  const exportButton = button(t('classroom:sessionFile.export'), () => {
    const session = sessions.find((candidate) => candidate.id === picker.value);
    if (!session) return;
    downloadFile(fileNameOf(session), sessionFileText(session), 'application/json');
    status.textContent = t('classroom:sessionFile.exported', { name: session.name });
  });
  const input = h('input', {
    className: 'qo-file-input',
    attrs: { id: 'qc-import-session', type: 'file', accept: '.json,application/json' },
  });
  input.addEventListener('change', () => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    void chosen.text().then(
      async (text) => {
        const read = readSessionFile(text, (id) => sessions.find((session) => session.id === id));
        if (!read.ok) {
          status.textContent = `⚠ ${t('classroom:sessionFile.refused', { file: chosen.name })} ${t(`classroom:sessionFile.problem.${read.problem.code}`, read.problem)}`;
          return;
        }
        const saved = await store.save(read.session);
        if (!saved.ok) {
          status.textContent = `⚠ ${t('classroom:sessionFile.notSaved')} ${t(`classroom:storage.${saved.problem}`)}`;
          return;
        }
        status.textContent = `✓ ${t('classroom:sessionFile.imported', { name: read.session.name })}`;
        onImported(read.session);
      },
      (error: unknown) => {
        console.warn(`Qantar: the file ${chosen.name} could not be read`, error);
        status.textContent = `⚠ ${t('classroom:sessionFile.refused', { file: chosen.name })} ${t('classroom:sessionFile.problem.notJson')}`;
      },
    );
  });
  return h(
    'section',
    { className: 'qo-panel', attrs: { 'aria-labelledby': 'qc-session-file-heading' } },
    h('h2', { attrs: { id: 'qc-session-file-heading' } }, t('classroom:sessionFile.heading')),
    sessions.length > 0
      ? h(
          'div',
          { className: 'qo-actions' },
          h('label', { attrs: { for: 'qc-export-session' } }, t('classroom:sessionFile.which')),
          picker,
          exportButton,
        )
      : null,
    h(
      'div',
      { className: 'qo-actions' },
      input,
      h(
        'label',
        { className: 'qo-file-label', attrs: { for: 'qc-import-session' } },
        t('classroom:sessionFile.import'),
      ),
    ),
    status,
  );
}
