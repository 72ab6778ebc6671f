import { setHighContrast, setReducedMotion, setTextScale } from '../theme';
import type { DisplaySettings } from './display-settings';

/**
 * Puts the display settings into effect for everything drawn from now on (the theme's palette,
 * text sizes and motion), and on the page for the HTML screens (data attributes their CSS reads).
 */
export function applyDisplaySettings(settings: DisplaySettings): void {
  setHighContrast(settings.highContrast);
  setTextScale(settings.textScale / 100);
  setReducedMotion(settings.reducedMotion);
  const root = document.documentElement;
  root.dataset.contrast = settings.highContrast ? 'high' : 'normal';
  root.style.setProperty('--qantar-text-scale', String(settings.textScale / 100));
  if (settings.reducedMotion === null) delete root.dataset.motion;
  else root.dataset.motion = settings.reducedMotion ? 'reduced' : 'full';
}
