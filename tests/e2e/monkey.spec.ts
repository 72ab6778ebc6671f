import { expect, type Page, test } from '@playwright/test';
import type { ProbeSnapshot } from '../../src/game/probe';
import { shippedLevels, snapshot } from './game-page';

/**
 * A monkey: seeded random clicks, drags, keys, wheel turns and window sizes on every screen a link
 * reaches. It fails on any uncaught exception or console error, and if the game stops answering or
 * cannot be led back to a menu. `npm run bench -- --monkey 300` sets QANTAR_MONKEY_SECONDS for a
 * longer soak; QANTAR_MONKEY_SEED replays a run (the seed is printed and attached to the report).
 */
const totalSeconds = Number(process.env.QANTAR_MONKEY_SECONDS ?? 20);
const seed = Number(process.env.QANTAR_MONKEY_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** mulberry32: small, fast and good enough to vary a monkey; the same seed replays the same choices. */
function seededRandom(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const KEYS = [
  'Tab',
  'Shift+Tab',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Enter',
  'Escape',
  'Space',
  '+',
  '-',
  'PageDown',
  'PageUp',
];
const MENUS = ['title', 'level-select'];
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

interface Stage {
  readonly name: string;
  readonly url: string;
  readonly scene: string;
}

const stages: Stage[] = [
  { name: 'title', url: './', scene: 'title' },
  { name: 'level select', url: './#/levels', scene: 'level-select' },
  ...shippedLevels()
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((level) => ({
      name: `level ${level.id}`,
      url: `./#/level/${level.id}`,
      scene: level.json.challenges[0].kind as string,
    })),
];

/** The probe's answer, or null when the page does not answer within a second. */
async function probe(page: Page): Promise<ProbeSnapshot | null> {
  return Promise.race([
    snapshot(page).catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 1_000)),
  ]);
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** One random action; returns a line for the log that a failure report shows. */
async function act(page: Page, random: () => number): Promise<string> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const viewport = page.viewportSize() ?? DEFAULT_VIEWPORT;
  const point = () => ({
    x: Math.round(random() * viewport.width),
    y: Math.round(random() * viewport.height),
  });
  const targets = (await probe(page))?.targets ?? [];
  const roll = random();
  if (roll < 0.25) {
    const { x, y } = point();
    await page.mouse.click(x, y);
    return `click at ${x},${y}`;
  }
  if (roll < 0.5 && targets.length > 0) {
    const target = pick(targets);
    await page.mouse.click(target.cx, target.cy);
    return `click on ${target.id}`;
  }
  if (roll < 0.7) {
    const target = targets.length > 0 && random() < 0.7 ? pick(targets) : null;
    const from = target ? { x: target.cx, y: target.cy } : point();
    const to = point();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 2 + Math.floor(random() * 12) });
    await page.mouse.up();
    return `drag ${target?.id ?? `${from.x},${from.y}`} to ${to.x},${to.y}`;
  }
  if (roll < 0.9) {
    const key = pick(KEYS);
    await page.keyboard.press(key);
    return `key ${key}`;
  }
  if (roll < 0.96) {
    const { x, y } = point();
    const delta = Math.round((random() - 0.5) * 1_200);
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, delta);
    return `wheel ${delta} at ${x},${y}`;
  }
  const size = { width: 320 + Math.floor(random() * 1_400), height: 400 + Math.floor(random() * 700) };
  await page.setViewportSize(size);
  return `resize to ${size.width}×${size.height}`;
}

/** Escape and Back buttons, as a player would, until a menu shows; the path taken is returned. */
async function leadBackToMenu(page: Page): Promise<{ reached: string | null; path: string[] }> {
  const path: string[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const state = await probe(page);
    const menu = state?.scenes.find((scene) => MENUS.includes(scene));
    if (menu) return { reached: menu, path };
    const back = state?.targets.find((target) => /(^|\.)(back|quit|leave|menu)$/.test(target.id));
    if (back && attempt % 2 === 1) {
      await page.mouse.click(back.cx, back.cy);
      path.push(`click ${back.id}`);
    } else {
      await page.keyboard.press('Escape');
      path.push('Escape');
    }
    await page.waitForTimeout(400);
  }
  return { reached: null, path };
}

test('the game survives a monkey on every screen a link reaches', async ({ page }) => {
  test.setTimeout((totalSeconds + 30 * stages.length) * 1_000);
  test.info().annotations.push({ type: 'monkey seed', description: String(seed) });
  console.info(`monkey: seed ${seed}, ${totalSeconds} s over ${stages.length} screens`);

  const failures: string[] = [];
  let log: string[] = [];
  let stageName = '';
  const report = (what: string) =>
    failures.push(`[${stageName}] ${what}\n    last actions: ${log.slice(-8).join(' | ') || '(none)'}`);
  page.on('console', (message) => {
    if (message.type() === 'error') report(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => report(`uncaught ${error.stack ?? error.message}`));
  page.on('crash', () => report('the page crashed'));

  const stageMs = (totalSeconds * 1_000) / stages.length;
  for (const [index, stage] of stages.entries()) {
    stageName = stage.name;
    log = [];
    const random = seededRandom(seed + index);
    await page.setViewportSize(DEFAULT_VIEWPORT);
    await page.goto('about:blank');
    await page.goto(stage.url);
    const shown = await waitUntil(
      async () => (await probe(page))?.scenes.includes(stage.scene) ?? false,
      20_000,
    );
    if (!shown) {
      report(
        `scene "${stage.scene}" never showed (scenes: ${(await probe(page))?.scenes.join(', ') ?? 'no answer'})`,
      );
      continue;
    }
    const end = Date.now() + stageMs;
    while (Date.now() < end) {
      log.push(await act(page, random));
      await page.waitForTimeout(Math.floor(random() * 80));
    }
    await page.setViewportSize(DEFAULT_VIEWPORT);
    if (!(await waitUntil(async () => (await probe(page)) !== null, 5_000))) {
      report('the probe stopped answering');
      continue;
    }
    const { reached, path } = await leadBackToMenu(page);
    log.push(...path);
    if (!reached)
      report(`Escape/Back did not reach a menu (scenes: ${(await probe(page))?.scenes.join(', ')})`);
  }

  expect(failures, `monkey seed ${seed}`).toEqual([]);
});
