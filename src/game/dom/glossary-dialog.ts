import type { I18nService } from '../../services/i18n-service';

/**
 * The glossary as an HTML dialog over the canvas: real text that screen readers, zoom and the
 * browser's own Escape handling all understand. Terms come from the `content:glossary` texts.
 */
export function openGlossary(i18n: I18nService, onClose: () => void): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'qantar-dialog';
  dialog.setAttribute('aria-labelledby', 'qantar-glossary-title');

  const heading = document.createElement('h2');
  heading.id = 'qantar-glossary-title';
  heading.textContent = i18n.t('ui:glossary.title');

  const list = document.createElement('dl');
  for (const term of i18n.childKeys('content:glossary')) {
    const name = document.createElement('dt');
    name.textContent = i18n.t(`content:glossary.${term}.term`);
    const definition = document.createElement('dd');
    definition.textContent = i18n.t(`content:glossary.${term}.definition`);
    list.append(name, definition);
  }

  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = i18n.t('ui:glossary.close');
  close.addEventListener('click', () => dialog.close());

  dialog.append(heading, list, close);
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  return dialog;
}
