import type { ClassroomSession } from '../../core/classroom/classroom-session';
import { sessionPosition, stepsDone } from '../../core/classroom/session-position';
import { checkClassName } from '../../core/classroom/session-setup';
import type { Translator } from '../../core/ports/translator';
import { button, h } from '../dom/element';
import type { Formats } from '../dom/formats';

export interface SessionListOptions {
  readonly i18n: Translator;
  readonly format: Formats;
  readonly sessions: readonly ClassroomSession[];
  readonly onOpen: (session: ClassroomSession) => void;
  /** Called with a name already checked. */
  readonly onRename: (session: ClassroomSession, name: string) => void;
  readonly onDelete: (session: ClassroomSession) => void;
}

/** The saved sessions, most recent first: where each stands, and open, rename or delete (asked first). */
export function sessionListView(options: SessionListOptions): HTMLElement {
  const { i18n, sessions } = options;
  if (sessions.length === 0) return h('p', { className: 'qo-panel' }, i18n.t('classroom:lobby.none'));
  return h(
    'ul',
    { className: 'qc-sessions' },
    ...sessions.map((session, index) => sessionItem(options, session, `qc-session-${index}`)),
  );
}

function sessionItem(options: SessionListOptions, session: ClassroomSession, id: string): HTMLElement {
  const { i18n, format } = options;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const finished = sessionPosition(session).phase === 'finished';
  const status = finished
    ? `✓ ${t(session.endedEarly ? 'classroom:status.endedEarly' : 'classroom:status.finished')}`
    : `${session.paused ? '⏸' : '▶'} ${t(
        session.paused ? 'classroom:status.paused' : 'classroom:status.playing',
        {
          step: stepsDone(session) + 1,
          steps: session.steps.length,
        },
      )}`;
  const titleId = `${id}-title`;
  const labelled = (control: HTMLButtonElement) => {
    control.setAttribute('aria-describedby', titleId);
    return control;
  };
  const actions = h(
    'div',
    { className: 'qo-actions' },
    labelled(
      button(
        finished ? `📊 ${t('classroom:lobby.results')}` : `▶ ${t('classroom:lobby.resume')}`,
        () => options.onOpen(session),
        'qo-primary',
      ),
    ),
    labelled(button(t('classroom:lobby.rename'), () => item.replaceChildren(...renameForm()))),
    labelled(button(t('classroom:lobby.delete'), () => dialog.showModal(), 'qo-danger')),
  );

  const cancel = button(t('classroom:lobby.deleteCancel'), () => dialog.close());
  cancel.autofocus = true;
  const dialog = h(
    'dialog',
    {
      className: 'qc-dialog',
      attrs: { 'aria-labelledby': `${id}-delete`, 'aria-describedby': `${id}-delete-text` },
    },
    h('h2', { attrs: { id: `${id}-delete` } }, t('classroom:lobby.deleteTitle', { name: session.name })),
    h('p', { attrs: { id: `${id}-delete-text` } }, t('classroom:lobby.deleteQuestion')),
    h(
      'div',
      { className: 'qo-actions' },
      cancel,
      button(
        t('classroom:lobby.deleteConfirm'),
        () => {
          dialog.close();
          options.onDelete(session);
        },
        'qo-danger',
      ),
    ),
  );
  const members = session.participants.length;
  const summary = h(
    'p',
    { className: 'qo-muted' },
    [
      format.date(session.createdAt),
      t(session.teams ? 'classroom:lobby.teams' : 'classroom:lobby.players', { count: members }),
      t('classroom:lobby.levels', { count: session.playlist.length }),
      session.live ? t('live:entry.badge') : t(`classroom:turnMode.${session.settings.turnMode}`),
    ].join(' · '),
  );
  const view = () => [
    h('h3', { attrs: { id: titleId } }, session.name),
    summary,
    h('p', { attrs: { 'data-testid': 'session-status' } }, status),
    actions,
    dialog,
  ];
  const renameForm = () => {
    const inputId = `${id}-rename`;
    const errorId = `${inputId}-error`;
    const input = h('input', { attrs: { id: inputId, type: 'text', 'aria-describedby': errorId } });
    input.value = session.name;
    const error = h('p', { className: 'qc-field-error', attrs: { id: errorId, role: 'alert' } });
    const form = h(
      'form',
      { className: 'qo-form' },
      h(
        'div',
        { className: 'qo-field' },
        h('label', { attrs: { for: inputId } }, t('classroom:lobby.renameLabel', { name: session.name })),
        input,
      ),
      h('button', { className: 'qo-primary', attrs: { type: 'submit' } }, t('classroom:lobby.renameSave')),
      button(t('classroom:lobby.renameCancel'), () => item.replaceChildren(...view())),
      error,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const check = checkClassName(input.value);
      if (check.ok) {
        options.onRename(session, check.name);
        return;
      }
      error.textContent = `⚠ ${t(check.problem === 'empty' ? 'classroom:setup.problem.nameEmpty' : 'classroom:setup.problem.nameTooLong')}`;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    });
    queueMicrotask(() => input.focus());
    return [form];
  };
  const item = h('li', { attrs: { 'aria-labelledby': titleId } }, ...view());
  return item;
}
