/**
 * Some browsers (Chromium 150, for one) keep a failed dynamic `import()` failed for the life of
 * the page: calling the same `import()` again rejects at once without asking the network. After one
 * network glitch, the screen would never open. Importing the same chunk under a fresh address
 * (`?retry=<n>`) makes the browser fetch it again; the chunks it imports keep their own addresses,
 * so the modules already loaded are shared, not loaded twice.
 */
export function importAgain(load: () => Promise<unknown>, attempt: number, base: string): Promise<unknown> {
  const url = freshUrlOf(load, attempt, base);
  // The address is only known once the bundler has named the chunk, hence a variable import.
  return url ? import(/* @vite-ignore */ url) : load();
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
