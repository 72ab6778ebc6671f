import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { ProbeSnapshot, ProbeTarget } from '../../src/game/probe';

/** The game as a player meets it, read through the test probe (positions, not internals). */
export async function snapshot(page: Page): Promise<ProbeSnapshot> {
  return page.evaluate(() =>
    (window as unknown as { __qantarProbe: { snapshot(): ProbeSnapshot } }).__qantarProbe.snapshot(),
  );
}

export async function waitForScene(page: Page, scene: string): Promise<void> {
  await expect
    .poll(async () => (await snapshot(page).catch(() => null))?.scenes ?? [], { timeout: 20_000 })
    .toContain(scene);
}

export async function target(page: Page, id: string): Promise<ProbeTarget> {
  let found: ProbeTarget | undefined;
  await expect
    .poll(
      async () => {
        found = (await snapshot(page).catch(() => null))?.targets.find((candidate) => candidate.id === id);
        return found !== undefined;
      },
      { message: `waiting for "${id}" on screen`, timeout: 20_000 },
    )
    .toBe(true);
  return found as ProbeTarget;
}

/** Scrolls with the mouse wheel, as a player would, until the control is on screen. */
export async function scrollTo(page: Page, id: string): Promise<ProbeTarget> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  for (let attempt = 0; attempt < 40; attempt++) {
    const found = await target(page, id);
    if (found.y >= 0 && found.y + found.height <= viewport.height) return found;
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, found.y < 0 ? -240 : 240);
    await page.waitForTimeout(50);
  }
  throw new Error(`"${id}" could not be scrolled into view`);
}

export async function click(page: Page, id: string): Promise<void> {
  const { cx, cy } = await scrollTo(page, id);
  await page.mouse.click(cx, cy);
}

/** Fails the test on any console error or uncaught exception. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const levelsDir = join(import.meta.dirname, '../../levels');

/** The level files in the repository, read from disk: what the game should find on its own. */
export function shippedLevels(): { id: string; file: string; json: any }[] {
  return readdirSync(levelsDir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((file) => {
      const json = JSON.parse(readFileSync(join(levelsDir, file), 'utf8'));
      return { id: json.id as string, file, json };
    });
}
