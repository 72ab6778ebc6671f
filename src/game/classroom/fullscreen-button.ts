import type { Translator } from '../../core/ports/translator';
import { button } from '../dom/element';

/**
 * Full screen for the projector: the whole page, so the canvas and the HTML screens stay together.
 * Its label follows the state, whichever way it changed (the button, Escape, F11).
 */
export function fullscreenButton(i18n: Translator): HTMLButtonElement {
  const control = button('', () => {
    const change =
      document.fullscreenElement !== null
        ? document.exitFullscreen()
        : document.documentElement.requestFullscreen();
    change.catch((error: unknown) => console.warn('Qantar: full screen was refused.', error));
  });
  const render = () => {
    const on = document.fullscreenElement !== null;
    control.textContent = `${on ? '🗗' : '⛶'} ${i18n.t(on ? 'classroom:fullscreen.leave' : 'classroom:fullscreen.enter')}`;
  };
  // The button is dropped with its page; the listener goes at the next change after that.
  const onChange = () => {
    if (control.isConnected) render();
    else document.removeEventListener('fullscreenchange', onChange);
  };
  render();
  document.addEventListener('fullscreenchange', onChange);
  control.hidden = !document.fullscreenEnabled;
  return control;
}
