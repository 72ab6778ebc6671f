import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, snapshot, target, waitForScene } from './game-page';

/** The place level of the repository; the easy variant (the default) asks for its first eight places. */
const LEVEL = 'places-of-the-crisis';

interface PlaceInfo {
  readonly ready: boolean;
  readonly map: { x: number; y: number; width: number; height: number };
  readonly zoom: number;
  readonly places: readonly { id: string; x: number; y: number; onMap: boolean }[];
  readonly crosshair: { x: number; y: number } | null;
  readonly picked: string | null;
  readonly revealing: string | null;
  readonly remaining: readonly string[];
  readonly points: number;
  readonly maxPoints: number;
}

async function placeInfo(page: Page): Promise<PlaceInfo> {
  return (await snapshot(page)).info.place as PlaceInfo;
}

async function openLevel(page: Page): Promise<PlaceInfo> {
  await page.goto(`./#/level/${LEVEL}`);
  await waitForScene(page, 'place');
  await expect.poll(async () => (await placeInfo(page))?.ready ?? false, { timeout: 20_000 }).toBe(true);
  return placeInfo(page);
}

/** Drags a card with the real mouse, in small steps as a hand would, and lets go at (x, y). */
async function dragCard(page: Page, itemId: string, x: number, y: number): Promise<void> {
  const card = (await snapshot(page)).targets.find((target) => target.id === `place.card.${itemId}`);
  if (!card) throw new Error(`card ${itemId} is not on screen`);
  await page.mouse.move(card.cx, card.cy);
  await page.mouse.down();
  await page.mouse.move(card.cx - 30, card.cy, { steps: 3 });
  await page.mouse.move(x, y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await placeInfo(page)).revealing).toBe(itemId);
  await nextFrames(page);
}

/** The first card in the tray, as the probe lists the cards on screen. */
async function firstCard(page: Page): Promise<string | undefined> {
  const card = (await snapshot(page)).targets.find((target) => target.id.startsWith('place.card.'));
  return card?.id.slice('place.card.'.length);
}

/**
 * Let two frames pass between actions, as a person would: Phaser replays the key events of the
 * current frame with each new one, and objects made in answer to an input (the fact card's button,
 * the next cards) only take clicks from the next frame on.
 */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Continue after the fact card, and wait until the tray is back (or the level is over). */
async function continueAfterReveal(page: Page, how: 'click' | 'key'): Promise<void> {
  if (how === 'click') await click(page, 'place.continue');
  else await page.keyboard.press('Enter');
  await nextFrames(page);
  await expect.poll(async () => (await placeInfo(page))?.revealing ?? null).toBeNull();
  await nextFrames(page);
}

async function results(page: Page): Promise<{ points: number; maxPoints: number }> {
  await waitForScene(page, 'results');
  return (await snapshot(page)).info.results as { points: number; maxPoints: number };
}

test.describe('the place challenge', () => {
  test.use({ locale: 'en-GB' });
  // A whole level is played in each test, drag by drag: give a slow (software-rendered) browser time.
  test.describe.configure({ timeout: 360_000 });

  test('a player who drops every card exactly on its place scores the maximum', async ({ page }) => {
    const errors = collectErrors(page);
    const start = await openLevel(page);
    expect(start.remaining.length).toBeGreaterThan(0);
    for (let left = start.remaining.length; left > 0; left--) {
      const itemId = await firstCard(page);
      if (!itemId) throw new Error('no card left in the tray');
      const truth = (await placeInfo(page)).places.find((place) => place.id === itemId)!;
      expect(truth.onMap).toBe(true);
      await dragCard(page, itemId, truth.x, truth.y);
      const info = await placeInfo(page);
      expect(info.points).toBe(
        info.maxPoints - (info.remaining.length * info.maxPoints) / start.remaining.length,
      );
      if (left === 1) await page.screenshot({ path: 'test-results/place-exact-answers.png' });
      await continueAfterReveal(page, 'click');
    }
    const score = await results(page);
    expect(score.maxPoints).toBe(start.maxPoints);
    expect(score.points).toBe(score.maxPoints);
    expect(errors).toEqual([]);
  });

  test('a player who drops everything in a far corner scores zero', async ({ page }) => {
    const errors = collectErrors(page);
    const start = await openLevel(page);
    // The map's top-left corner is the Atlantic off Scotland: more than maxDistanceKm from every place.
    const corner = { x: start.map.x + 30, y: start.map.y + 40 };
    for (let left = start.remaining.length; left > 0; left--) {
      const itemId = await firstCard(page);
      if (!itemId) throw new Error('no card left in the tray');
      await dragCard(page, itemId, corner.x, corner.y);
      expect((await placeInfo(page)).points).toBe(0);
      if (left === 1) {
        // The artefact to look at: the guess, the great-circle line to the truth, the ring and the pins.
        await page.waitForTimeout(2_000);
        await page.screenshot({ path: 'test-results/place-revealed-answers.png' });
      }
      await continueAfterReveal(page, 'click');
    }
    const score = await results(page);
    expect(score.points).toBe(0);
    expect(score.maxPoints).toBe(start.maxPoints);
    expect(errors).toEqual([]);
  });

  test('the whole level can be played with the keyboard alone', async ({ page }) => {
    const errors = collectErrors(page);
    const start = await openLevel(page);
    for (let left = start.remaining.length; left > 0; left--) {
      // The first card has the focus; Enter picks it up and a crosshair appears mid-map.
      await page.keyboard.press('Enter');
      await nextFrames(page);
      await expect.poll(async () => (await placeInfo(page)).crosshair ?? null).not.toBeNull();
      const info = await placeInfo(page);
      const truth = info.places.find((place) => place.id === info.picked)!;
      await steerTo(page, truth);
      await page.keyboard.press('Enter');
      await nextFrames(page);
      await expect.poll(async () => (await placeInfo(page)).revealing).toBe(truth.id);
      await nextFrames(page);
      // The fact card's Continue button has the focus.
      await continueAfterReveal(page, 'key');
    }
    const score = await results(page);
    // Six-pixel steps land within a few kilometres of each place: full points everywhere.
    expect(score.points).toBe(score.maxPoints);
    expect(errors).toEqual([]);
  });

  test('the wheel zooms about the pointer, and the buttons zoom back out', async ({ page }) => {
    const errors = collectErrors(page);
    const start = await openLevel(page);
    const almaty = start.places.find((place) => place.id === 'almaty')!;
    await page.mouse.move(almaty.x, almaty.y);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => ((await snapshot(page)).info.place as { zoom: number }).zoom)
      .toBeGreaterThan(1.5);
    // Zooming about the pointer keeps the place under it.
    const after = (await placeInfo(page)).places.find((place) => place.id === 'almaty')!;
    expect(Math.hypot(after.x - almaty.x, after.y - almaty.y)).toBeLessThan(2);
    await click(page, 'place.zoomOut');
    await click(page, 'place.zoomOut');
    await click(page, 'place.zoomOut');
    await expect.poll(async () => ((await snapshot(page)).info.place as { zoom: number }).zoom).toBe(1);
    expect(errors).toEqual([]);
  });
});

/** The fact card's feedback line, as the page shows it, after checking it stays on screen. */
async function feedbackShown(page: Page): Promise<string> {
  const feedback = await target(page, 'place.feedback');
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  // Wrapped to the card: nothing runs off the screen, whatever the language or the screen.
  expect(feedback.x).toBeGreaterThanOrEqual(0);
  expect(feedback.y).toBeGreaterThanOrEqual(0);
  expect(feedback.x + feedback.width).toBeLessThanOrEqual(viewport.width);
  expect(feedback.y + feedback.height).toBeLessThanOrEqual(viewport.height);
  return feedback.label;
}

for (const screen of [
  { name: 'a 1280×720 screen', viewport: { width: 1280, height: 720 } },
  { name: 'a 390×844 phone', viewport: { width: 390, height: 844 } },
]) {
  test.describe(`feedback that teaches, on ${screen.name}`, () => {
    test.use({ locale: 'en-GB', viewport: screen.viewport });
    test.describe.configure({ timeout: 120_000 });

    test('a card dropped on another place, or in another country, is told what is there', async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await openLevel(page);
      // Read afresh before each drop: the reveal may pan the map to show the truth.
      const at = async (id: string) => {
        const place = (await placeInfo(page)).places.find((candidate) => candidate.id === id)!;
        expect(place.onMap).toBe(true);
        return place;
      };
      expect(await firstCard(page)).toBe('almaty');
      // Almaty dropped right on Astana: the card names the place it was put on, how far and which way.
      const onAstana = await at('astana');
      await dragCard(page, 'almaty', onAstana.x, onAstana.y);
      // Then the level's own note for that very confusion.
      expect(await feedbackShown(page)).toMatch(
        /^→ You put Almaty \(Alma-Ata\) on Astana \(Nur-Sultan in January 2022\), \d+ km north-west of where it really is\.\n→ An easy mix-up: Almaty is the former capital and still the economic capital \(B§4\), while the capital of January 2022, then called Nur-Sultan, lies far to the north \(A§2, B§3\)\.$/,
      );
      await page.screenshot({
        path: test.info().outputPath(`place-feedback-on-place-${screen.viewport.width}.png`),
      });
      await continueAfterReveal(page, 'click');

      // Astana dropped halfway to Moscow lands in Russia, on no place of the challenge.
      expect(await firstCard(page)).toBe('astana');
      const moscow = await at('moscow');
      const astana = await at('astana');
      await dragCard(page, 'astana', (moscow.x + astana.x) / 2, (moscow.y + astana.y) / 2);
      expect(await feedbackShown(page)).toMatch(
        /^→ You put Astana \(Nur-Sultan in January 2022\) in another country \(Russia\), [\d,]+ km (west|north-west) of where it really is\.$/,
      );
      await page.screenshot({
        path: test.info().outputPath(`place-feedback-in-country-${screen.viewport.width}.png`),
      });
      await continueAfterReveal(page, 'click');

      // Moscow dropped on Moscow: nothing to teach, no feedback line.
      expect(await firstCard(page)).toBe('moscow');
      const onMoscow = await at('moscow');
      await dragCard(page, 'moscow', onMoscow.x, onMoscow.y);
      await target(page, 'place.continue');
      expect((await snapshot(page)).targets.map((shown) => shown.id)).not.toContain('place.feedback');
      expect(errors).toEqual([]);
    });
  });
}

/** Arrow presses towards a point: Shift for big steps while far, single steps when near. */
async function steerTo(page: Page, goal: { x: number; y: number }): Promise<void> {
  for (let presses = 0; presses < 400; presses++) {
    const crosshair = (await placeInfo(page)).crosshair;
    if (!crosshair) throw new Error(`no crosshair: ${JSON.stringify(await placeInfo(page))}`);
    const dx = goal.x - crosshair.x;
    const dy = goal.y - crosshair.y;
    if (Math.abs(dx) <= 3 && Math.abs(dy) <= 3) return;
    const horizontal = Math.abs(dx) >= Math.abs(dy);
    const distance = Math.abs(horizontal ? dx : dy);
    const key = horizontal ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp';
    // Shift takes 48-pixel steps, plain arrows 6 (at 1280×720, where the interface scale is 1).
    await page.keyboard.press(distance >= 48 ? `Shift+${key}` : key);
    await nextFrames(page);
  }
  throw new Error('the crosshair did not reach its goal');
}

test.describe('on a touch screen', () => {
  test.use({ locale: 'en-GB', hasTouch: true });

  test('a finger drags a card onto its place and scores it', async ({ page }) => {
    const errors = collectErrors(page);
    const start = await openLevel(page);
    const itemId = await firstCard(page);
    const card = (await snapshot(page)).targets.find((target) => target.id === `place.card.${itemId}`);
    const place = start.places.find((candidate) => candidate.id === itemId);
    if (!card || !place?.onMap) throw new Error(`card ${itemId} or its place is not on screen`);

    // Playwright's touchscreen only taps: a drag is a touch start, moves and an end, as a finger makes them.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', card.cx, card.cy);
    const steps = 10;
    for (let step = 1; step <= steps; step++) {
      await touch(
        'touchMove',
        card.cx + ((place.x - card.cx) * step) / steps,
        card.cy + ((place.y - card.cy) * step) / steps,
      );
      await nextFrames(page);
    }
    await touch('touchEnd', place.x, place.y);

    await expect.poll(async () => (await placeInfo(page)).revealing).toBe(itemId);
    const after = await placeInfo(page);
    expect(after.remaining).not.toContain(itemId);
    expect(after.points).toBeGreaterThan(start.points);
    expect(errors).toEqual([]);
  });

  test('two fingers spread apart zoom the map in, and pinching back zooms it out', async ({ page }) => {
    const errors = collectErrors(page);
    const { map } = await openLevel(page);
    const cdp = await page.context().newCDPSession(page);
    const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
    const fingers = (type: 'touchStart' | 'touchMove', apart: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: [
          { x: centre.x - apart, y: centre.y, id: 1 },
          { x: centre.x + apart, y: centre.y, id: 2 },
        ],
      });
    const pinch = async (from: number, to: number) => {
      await fingers('touchStart', from);
      for (let step = 1; step <= 8; step++) {
        await fingers('touchMove', from + ((to - from) * step) / 8);
        await nextFrames(page);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await nextFrames(page);
    };
    const zoom = async () => (await placeInfo(page)).zoom;
    expect(await zoom()).toBe(1);

    await pinch(40, 200);
    const spread = await zoom();
    expect(spread).toBeGreaterThan(1.5);
    await pinch(200, 60);
    expect(await zoom()).toBeLessThan(spread);
    expect(errors).toEqual([]);
  });
});
