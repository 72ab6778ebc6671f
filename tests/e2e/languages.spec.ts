import { expect, type Page, test } from '@playwright/test';
import type { ProbeTarget } from '../../src/game/probe';
import { click, shippedLevels, snapshot, waitForScene } from './game-page';

const LANGUAGES = ['fr', 'en', 'ru'] as const;

/** What a text key looks like when it reaches the screen untranslated ("places.almaty.name", "ui:title.play"). */
const RAW_KEY = /^(?:[a-z]+:)?[a-z0-9_-]+(?:\.[a-z0-9_-]+){1,}$/;

/** The first control whose id starts with the prefix, waiting for the screen to settle. */
async function firstTarget(page: Page, prefix: string): Promise<ProbeTarget> {
  let found: ProbeTarget | undefined;
  await expect
    .poll(async () => {
      found = (await snapshot(page)).targets.find((t) => t.id.startsWith(prefix) && t.width > 0);
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

/** Plays the first item of the current challenge as a player would, so its fact card is drawn too. */
async function playFirstItem(page: Page, kind: string): Promise<void> {
  if (kind === 'place') {
    type Box = { x: number; y: number; width: number; height: number };
    let card: ProbeTarget | undefined;
    let map: Box | undefined;
    // The card and the map are read from one snapshot, once the scene has settled.
    await expect
      .poll(async () => {
        const snap = await snapshot(page);
        const info = snap.info.place as { ready?: boolean; map?: Box } | undefined;
        card = snap.targets.find((t) => t.id.startsWith('place.card.') && t.width > 0);
        map = info?.ready ? info.map : undefined;
        return card !== undefined && map !== undefined;
      })
      .toBe(true);
    const info = { map: map! };
    await page.mouse.move(card!.cx, card!.cy);
    await page.mouse.down();
    await page.mouse.move(card!.cx - 30, card!.cy, { steps: 3 });
    await page.mouse.move(info.map.x + info.map.width / 2, info.map.y + info.map.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect
      .poll(async () => (await snapshot(page)).targets.some((t) => t.id === 'place.continue'))
      .toBe(true);
  } else if (kind === 'timeline') {
    await click(page, 'timeline.check');
    await expect
      .poll(async () => (await snapshot(page)).targets.some((t) => t.id === 'timeline.continue'))
      .toBe(true);
  } else {
    const item = await firstTarget(page, 'match.item.');
    const bin = await firstTarget(page, 'match.target.');
    await page.mouse.click(item.cx, item.cy);
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.mouse.click(bin.cx, bin.cy);
  }
}

for (const language of LANGUAGES) {
  test(`every level starts and plays its first item in ${language}, with no raw text key and no error`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.text().includes('missing translation'))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript((lang) => window.localStorage.setItem('qantar.language', lang), language);

    for (const level of shippedLevels()) {
      await page.goto(`./#/level/${level.id}`);
      const kind = level.json.challenges[0].kind as string;
      await waitForScene(page, kind);
      await playFirstItem(page, kind);
      const snap = await snapshot(page);
      expect(snap.language).toBe(language);
      const raw = snap.targets.map((t) => t.label.trim()).filter((label) => RAW_KEY.test(label));
      expect(raw, `untranslated text in ${level.id}`).toEqual([]);
    }
    expect(problems).toEqual([]);
  });
}
