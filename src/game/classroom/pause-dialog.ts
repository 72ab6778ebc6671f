import type { Translator } from '../../core/ports/translator';
import { button, h } from '../dom/element';
import './classroom.css';

export interface PauseActions {
  readonly resume: () => void;
  /** The player or team does not answer this challenge; the next one plays. */
  readonly skip: () => void;
  readonly end: () => void;
  /** Back to the saved sessions; the session stays paused until it is resumed. */
  readonly leave: () => void;
}

/**
 * The teacher's pause: a modal page over the challenge (which is frozen under it, countdown
 * included). Ending the session asks first; Escape resumes.
 */
export function openPauseDialog(i18n: Translator, name: string, actions: PauseActions): void {
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(key, params);
  const dialog = h('dialog', {
    className: 'qc-dialog qc-projector',
    attrs: { 'aria-labelledby': 'qc-pause-title' },
  });
  const then = (action: () => void) => () => {
    dialog.close();
    action();
  };
  const confirmEnd = h(
    'div',
    { className: 'qc-confirm', attrs: { role: 'group', 'aria-labelledby': 'qc-pause-end-question' } },
    h('p', { attrs: { id: 'qc-pause-end-question' } }, t('classroom:end.question')),
    h(
      'div',
      { className: 'qo-actions' },
      button(t('classroom:end.cancel'), () => {
        confirmEnd.hidden = true;
        endButton.focus();
      }),
      button(t('classroom:end.confirm'), then(actions.end), 'qo-danger'),
    ),
  );
  confirmEnd.hidden = true;
  const resume = button(`▶ ${t('classroom:pause.resume')}`, then(actions.resume), 'qo-primary');
  const endButton = button(`■ ${t('classroom:end.button')}`, () => {
    confirmEnd.hidden = false;
    confirmEnd.querySelector('button')?.focus();
  });
  dialog.append(
    h('h2', { attrs: { id: 'qc-pause-title' } }, `⏸ ${t('classroom:pause.title')}`),
    h('p', {}, t('classroom:pause.text', { name })),
    h(
      'div',
      { className: 'qo-actions' },
      resume,
      button(`⏭ ${t('classroom:turn.skip', { name })}`, then(actions.skip)),
      endButton,
      button(t('classroom:pause.leave'), then(actions.leave)),
    ),
    confirmEnd,
  );
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  dialog.addEventListener('keyup', (event) => event.stopPropagation());
  // Escape closes a modal dialog by itself: that is a resume.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    then(actions.resume)();
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  resume.focus();
}
