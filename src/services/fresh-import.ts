/**
 * Some browsers (Chromium 150, for one) keep a failed dynamic `import()` failed for the life of
 * the page: calling the same `import()` again rejects at once without asking the network. After one
 * network glitch, the screen would never open. Importing the same chunk under a fresh address
 * (`?retry=<n>`) makes the browser fetch it again; the chunks it imports keep their own addresses,
 * so the modules already loaded are shared, not loaded twice.
 *
 * A chunk it imports may itself be one that failed, and only a new page clears that: when the fresh
 * import fails although the chunk can now be fetched, the page is reloaded at the same address, which
 * the router keeps at the screen the player is on, and the next press starts from a clean slate.
 */
export async function importAgain(
  load: () => Promise<unknown>,
  attempt: number,
  base: string,
): Promise<unknown> {
  const url = freshUrlOf(load, attempt, base);
  if (!url) return load();
  retryFailedStyles(attempt);
  try {
    // The address is only known once the bundler has named the chunk, hence a variable import.
    return await import(/* @vite-ignore */ url);
  } catch (error) {
    // A network failure is a TypeError in every browser; an error thrown by the module's own code is not retried.
    if (!(error instanceof TypeError) || !(await reachable(url))) throw error;
    console.warn(
      'Qantar: a chunk this screen needs stays failed in this browser; the page is reloaded.',
      error,
    );
    window.location.reload();
    // The page is going away: the screen keeps waiting rather than saying that it failed.
    return new Promise<never>(() => undefined);
  }
}

/**
 * The address `load` imports, with `retry=<attempt>` added; null when `load` is not a plain
 * `() => import('…')`. The bundler writes the chunk's final address into the function it builds
 * (relative to the chunk holding `load`, whose own address is `base`), so the function's text is
 * the one place that knows it on every browser; the browsers' error messages name it only in some.
 */
export function freshUrlOf(load: () => Promise<unknown>, attempt: number, base: string): string | null {
  const specifiers = [...load.toString().matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g)];
  const specifier = specifiers.length === 1 ? specifiers[0]?.[2] : undefined;
  if (!specifier) return null;
  const url = new URL(specifier, base);
  url.searchParams.set('retry', String(attempt));
  return url.href;
}

/** Whether the network gives the chunk now; a failed fetch is the answer "no", not an error to report. */
async function reachable(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

/**
 * A screen's styles come in `<link>`s that the bundler adds beside its code, and never adds again:
 * one that failed with the code is asked for again under a fresh address, or the screen would open bare.
 */
function retryFailedStyles(attempt: number): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    if (!styleFailed(link)) continue;
    const url = new URL(link.href);
    url.searchParams.set('retry', String(attempt));
    link.href = url.href;
  }
}

/**
 * A stylesheet of the game's own that cannot be read did not arrive: Chromium leaves a failed one as
 * an empty sheet that refuses to be read, other browsers leave none. The refusal is the answer here.
 */
function styleFailed(link: HTMLLinkElement): boolean {
  if (!link.sheet) return true;
  try {
    return link.sheet.cssRules === null;
  } catch {
    return true;
  }
}
