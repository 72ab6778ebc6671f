import type { KeyValueStore } from '../../core/ports/key-value-store';
import type { Translator } from '../../core/ports/translator';
import { applyDisplaySettings } from '../a11y/apply-display-settings';
import {
  type DisplaySettings,
  readDisplaySettings,
  TEXT_SCALES,
  type TextScale,
  writeDisplaySettings,
} from '../a11y/display-settings';
import { h } from './element';
import './settings-dialog.css';

export interface SettingsDialogOptions {
  readonly i18n: Translator;
  readonly settings: KeyValueStore;
  /** A setting changed and is in effect: the screen behind is drawn again with it. */
  readonly onChange: (settings: DisplaySettings) => void;
  readonly onClose: () => void;
}

/**
 * The display settings (less motion, larger text, high contrast) as an HTML dialog over the title:
 * real form controls that screen readers, zoom and the keyboard all understand. Each change is
 * kept on the device and applied at once, without a reload.
 */
export function openSettingsDialog(options: SettingsDialogOptions): HTMLDialogElement {
  const { i18n, settings } = options;
  const t = (key: string, params?: Record<string, string | number>) => i18n.t(`a11y:${key}`, params);
  let current = readDisplaySettings(settings);

  const status = h('p', { className: 'qs-status', attrs: { role: 'status' } });
  const change = (next: DisplaySettings) => {
    current = next;
    applyDisplaySettings(current);
    status.textContent = writeDisplaySettings(settings, current) ? '' : t('settings.notKept');
    options.onChange(current);
  };

  const motionChoice = (value: 'system' | 'reduce' | 'full', label: string) => {
    const input = h('input', { attrs: { type: 'radio', name: 'qs-motion', value } });
    input.checked =
      value === 'system' ? current.reducedMotion === null : current.reducedMotion === (value === 'reduce');
    input.addEventListener('change', () =>
      change({ ...current, reducedMotion: value === 'system' ? null : value === 'reduce' }),
    );
    return h('label', {}, input, label);
  };
  const textChoice = (scale: TextScale) => {
    const input = h('input', { attrs: { type: 'radio', name: 'qs-text', value: String(scale) } });
    input.checked = current.textScale === scale;
    input.addEventListener('change', () => change({ ...current, textScale: scale }));
    return h('label', {}, input, t('settings.text.option', { percent: scale }));
  };
  const contrast = h('input', { attrs: { type: 'checkbox', id: 'qs-contrast' } });
  contrast.checked = current.highContrast;
  contrast.addEventListener('change', () => change({ ...current, highContrast: contrast.checked }));

  const close = h('button', { attrs: { type: 'button' } }, t('settings.close'));
  const dialog = h(
    'dialog',
    { className: 'qantar-dialog qs-settings', attrs: { 'aria-labelledby': 'qs-title' } },
    h('h2', { attrs: { id: 'qs-title' } }, t('settings.title')),
    h(
      'fieldset',
      {},
      h('legend', {}, t('settings.motion.legend')),
      motionChoice('system', t('settings.motion.system')),
      motionChoice('reduce', t('settings.motion.reduce')),
      motionChoice('full', t('settings.motion.full')),
    ),
    h('fieldset', {}, h('legend', {}, t('settings.text.legend')), ...TEXT_SCALES.map(textChoice)),
    h('p', {}, contrast, h('label', { attrs: { for: 'qs-contrast' } }, t('settings.contrast'))),
    h('p', { className: 'qs-note' }, t('settings.soundNote')),
    status,
    close,
  );
  // Phaser listens on the window: a space that ticks a box must not also press a button of the title.
  dialog.addEventListener('keydown', (event) => event.stopPropagation());
  dialog.addEventListener('keyup', (event) => event.stopPropagation());
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    options.onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
  return dialog;
}
