import type { Translator } from '../core/ports/translator';
import { showUpdateOffer } from './pwa-update-offer';

/** Screens between levels: a new version may be offered there, never while a level or a session is being played. */
const CALM_SCREENS: ReadonlySet<string> = new Set(['title', 'level-select', 'leaderboard', 'results']);
const CALM_CHECK_MS = 1_000;

export interface OfflineOptions {
  /** The game's texts, once loaded. */
  readonly texts: Promise<Translator>;
  /** The keys of the screens showing now. */
  readonly activeScreens: () => readonly string[];
}

/**
 * Offline play: registers the service worker that vite-plugin-pwa builds (it precaches the whole
 * game), offers a new version when one is waiting, and asks the browser to keep the game's storage.
 *
 * Only where a service worker can work: a secure context (https, or localhost for the teacher). A
 * pupil on the Live server's plain HTTP gets no worker, and nothing is tried or logged.
 */
export function startOffline(options: OfflineOptions): void {
  if (!import.meta.env.PROD || !window.isSecureContext || !('serviceWorker' in navigator)) return;
  // After the page has loaded and gone idle: precaching the game must not slow its first frames.
  const start = () => requestIdleCallback(() => void register(options), { timeout: 5_000 });
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function register(options: OfflineOptions): Promise<void> {
  try {
    const { Workbox } = await import('workbox-window');
    const worker = new Workbox(new URL('sw.js', document.baseURI).href);
    // A new version is installed and waiting: it takes over only when the player says so.
    worker.addEventListener('waiting', () => {
      void whenCalm(options.activeScreens).then(async () => {
        const t = await options.texts;
        showUpdateOffer(t, () => {
          worker.addEventListener('controlling', () => window.location.reload());
          worker.messageSkipWaiting();
        });
      });
    });
    await worker.register();
  } catch (error) {
    console.warn('Qantar: offline play could not be set up; the game works online as before.', error);
    return;
  }
  await keepStorage();
}

function whenCalm(activeScreens: () => readonly string[]): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const screens = activeScreens();
      if (screens.length > 0 && screens.every((key) => CALM_SCREENS.has(key))) resolve();
      else setTimeout(check, CALM_CHECK_MS);
    };
    check();
  });
}

/**
 * Asks the browser not to evict the scores and drafts under storage pressure. A refusal changes
 * nothing the player sees: everything is still saved, only without that promise.
 */
async function keepStorage(): Promise<void> {
  if (!navigator.storage?.persist) return;
  try {
    if (await navigator.storage.persisted()) return;
    if (!(await navigator.storage.persist()))
      console.info(
        'Qantar: the browser keeps the saved scores as ordinary site data (persistent storage refused).',
      );
  } catch (error) {
    console.warn('Qantar: persistent storage could not be asked for.', error);
  }
}
