import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, shippedLevels, snapshot, target, waitForScene } from './game-page';

/** Test knowledge: the right answers, read from the level file on disk. */
interface MatchData {
  readonly id: string;
  readonly mode: 'pairs' | 'categories';
  readonly items: { id: string; answer: string; text: string; country?: string }[];
  readonly targets: { id: string; text: string }[];
}

/** A level text in English, read from the locale file on disk. */
function englishText(key: string): string {
  let text: unknown = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../locales/en/content.json'), 'utf8'),
  );
  for (const part of key.split('.')) text = (text as Record<string, unknown>)[part];
  if (typeof text !== 'string') throw new Error(`no English text for ${key}`);
  return text;
}

function challengesOf(levelId: string): MatchData[] {
  const level = shippedLevels().find((candidate) => candidate.id === levelId);
  if (!level) throw new Error(`levels/${levelId}.json is missing`);
  return level.json.challenges.filter((challenge: { kind: string }) => challenge.kind === 'match');
}

interface MatchInfo {
  readonly challengeId: string;
  readonly items: string[];
  readonly targets: string[];
  readonly phase: 'linking' | 'solved' | 'revealed';
  readonly checks: number;
  readonly links: Record<string, string>;
  readonly marks: Record<string, string>;
  readonly selected: { side: string; id: string } | null;
  readonly focused: string | null;
  readonly openFact: string | null;
  readonly mapReady: boolean;
  readonly highlighted: string | null;
  readonly countries: Record<string, { x: number; y: number; visible: boolean }>;
}

async function matchInfo(page: Page): Promise<MatchInfo> {
  return (await snapshot(page)).info.match as MatchInfo;
}

/** Starts a level on its full ("hard") variant, so every item of the file is in play. */
async function openLevel(page: Page, levelId: string): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('qantar.difficulty', 'hard'));
  await page.goto(`./#/level/${levelId}`);
  await waitForScene(page, 'match');
}

async function waitForChallenge(page: Page, challengeId: string): Promise<MatchInfo> {
  await expect
    .poll(async () => (await matchInfo(page).catch(() => null))?.challengeId, { timeout: 30_000 })
    .toBe(challengeId);
  return matchInfo(page);
}

/**
 * Two frames for the game to take in an event: the board is drawn anew after each action, and
 * Phaser only hit-tests new cards from the next frame on, which a player never notices and a test
 * would.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function click(page: Page, id: string): Promise<void> {
  const { cx, cy } = await target(page, id);
  await page.mouse.click(cx, cy);
  await settle(page);
}

async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await settle(page);
}

/** A real drag with the mouse, from the centre of one probe target to the centre of another. */
async function drag(page: Page, fromId: string, toId: string): Promise<void> {
  const from = await target(page, fromId);
  const to = await target(page, toId);
  await page.mouse.move(from.cx, from.cy);
  await page.mouse.down();
  await page.mouse.move((from.cx + to.cx) / 2, (from.cy + to.cy) / 2, { steps: 6 });
  await page.mouse.move(to.cx, to.cy, { steps: 6 });
  await page.mouse.up();
  await settle(page);
}

/** Each item to an answer that is not its own: the next item's, in a cycle (distinct, so pairs allow it). */
function wrongAnswers(challenge: MatchData): Map<string, string> {
  const wrong = new Map<string, string>();
  challenge.items.forEach((item, index) => {
    if (challenge.mode === 'pairs') {
      const next = challenge.items[(index + 1) % challenge.items.length]!;
      wrong.set(item.id, next.answer);
    } else {
      const bins = challenge.targets.map((bin) => bin.id);
      wrong.set(item.id, bins[(bins.indexOf(item.answer) + 1) % bins.length]!);
    }
  });
  return wrong;
}

async function shoot(page: Page, name: string): Promise<void> {
  await test.info().attach(name, {
    body: await page.screenshot({ path: test.info().outputPath(`${name}.png`) }),
    contentType: 'image/png',
  });
}

/** Check, then what the player reads: every card's verdict word and the marks behind them. */
async function checkAndExpect(page: Page, expected: 'Right' | 'Wrong', count: number): Promise<MatchInfo> {
  await click(page, 'match.check');
  await expect.poll(async () => (await matchInfo(page)).checks).toBe(1);
  const info = await matchInfo(page);
  expect(Object.values(info.marks)).toEqual(Array(count).fill(expected.toLowerCase()));
  const labels = (await snapshot(page)).targets
    .filter((t) => t.id.startsWith('match.item.'))
    .map((t) => t.label);
  expect(labels).toHaveLength(count);
  for (const label of labels) expect(label).toMatch(new RegExp(`· ${expected}$`));
  return info;
}

async function expectResults(page: Page, points: number, maxPoints: number): Promise<void> {
  await waitForScene(page, 'results');
  await expect.poll(async () => (await snapshot(page)).info.results).toMatchObject({ points, maxPoints });
}

test.describe('match challenges', () => {
  test.use({ locale: 'en-GB' });
  // Whole play-throughs of 14–16 items, with the software renderer of a shared CI machine.
  test.describe.configure({ timeout: 180_000 });

  test('pairs, by mouse: every actor linked right (clicks and a drag), checked, a fact read', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const [challenge] = challengesOf('who-is-who');
    await openLevel(page, 'who-is-who');
    await waitForChallenge(page, challenge!.id);
    await expect.poll(async () => (await matchInfo(page)).mapReady).toBe(true);

    const items = challenge!.items;
    // The first link by dragging a line, the others by clicking one card, then the other.
    await drag(page, `match.item.${items[0]!.id}`, `match.target.${items[0]!.answer}`);
    for (const item of items.slice(1)) {
      await click(page, `match.item.${item.id}`);
      if (item.country) await expect.poll(async () => (await matchInfo(page)).highlighted).toBe(item.country);
      await click(page, `match.target.${item.answer}`);
    }
    await expect.poll(async () => Object.keys((await matchInfo(page)).links).length).toBe(items.length);
    await shoot(page, 'pairs-right-before-check');

    const info = await checkAndExpect(page, 'Right', items.length);
    expect(info.phase).toBe('solved');
    await shoot(page, 'pairs-right-after-check');

    await click(page, `match.item.${items[0]!.id}`);
    await target(page, 'match.fact');
    await shoot(page, 'pairs-fact-card');
    await click(page, 'match.fact.continue');
    await expect.poll(async () => (await matchInfo(page)).openFact).toBeNull();

    await click(page, 'match.continue');
    await expectResults(page, items.length * 100, items.length * 100);
    expect(errors).toEqual([]);
  });

  test('pairs, by mouse: every line dragged to a wrong role, checked, then finished for nothing', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const [challenge] = challengesOf('who-is-who');
    await openLevel(page, 'who-is-who');
    await waitForChallenge(page, challenge!.id);
    const wrong = wrongAnswers(challenge!);
    for (const item of challenge!.items)
      await drag(page, `match.item.${item.id}`, `match.target.${wrong.get(item.id)}`);
    await expect.poll(async () => (await matchInfo(page)).links).toEqual(Object.fromEntries(wrong));

    const info = await checkAndExpect(page, 'Wrong', challenge!.items.length);
    expect(info.phase).toBe('linking');
    await shoot(page, 'pairs-wrong-after-check');
    await click(page, 'match.finish');
    await expect.poll(async () => (await matchInfo(page)).phase).toBe('revealed');
    await click(page, `match.item.${challenge!.items[1]!.id}`);
    expect((await target(page, 'match.fact')).label).toBe(challenge!.items[1]!.id);
    // The card says what the chosen role really fits: the next actor's, as the wrong links were made.
    const [, linked, owner] = challenge!.items;
    const role = challenge!.targets.find((candidate) => candidate.id === owner!.answer)!;
    const feedback = await target(page, 'match.feedback');
    expect(feedback.label).toBe(
      `→ “${englishText(role.text)}”: that is ${englishText(owner!.text)}, not ${englishText(linked!.text)}.`,
    );
    expect(feedback.x + feedback.width).toBeLessThanOrEqual(1280);
    expect(feedback.y + feedback.height).toBeLessThanOrEqual(720);
    await shoot(page, 'pairs-wrong-fact-card');
    await press(page, 'Escape');
    await click(page, 'match.continue');
    await expectResults(page, 0, challenge!.items.length * 100);
    expect(errors).toEqual([]);
  });

  test('categories on the map, by mouse: countries clicked on the map and sorted right', async ({ page }) => {
    const errors = collectErrors(page);
    const [challenge] = challengesOf('alliances-on-the-map');
    await openLevel(page, 'alliances-on-the-map');
    await waitForChallenge(page, challenge!.id);
    await expect.poll(async () => (await matchInfo(page)).mapReady).toBe(true);

    // Choose a bin first, then click each of its countries on the map.
    for (const bin of challenge!.targets) {
      await click(page, `match.target.${bin.id}`);
      const { countries } = await matchInfo(page);
      for (const item of challenge!.items.filter((candidate) => candidate.answer === bin.id)) {
        const at = countries[item.id]!;
        expect(at.visible).toBe(true);
        await page.mouse.click(at.x, at.y);
        await settle(page);
        await expect.poll(async () => (await matchInfo(page)).links[item.id]).toBe(bin.id);
      }
      await click(page, `match.target.${bin.id}`);
    }
    await shoot(page, 'map-right-before-check');
    expect((await checkAndExpect(page, 'Right', challenge!.items.length)).phase).toBe('solved');
    await shoot(page, 'map-right-after-check');
    await click(page, 'match.continue');
    await expectResults(page, challenge!.items.length * 100, challenge!.items.length * 100);
    expect(errors).toEqual([]);
  });

  test('categories on the map, by mouse: each country clicked, then a wrong bin', async ({ page }) => {
    const errors = collectErrors(page);
    const [challenge] = challengesOf('alliances-on-the-map');
    await openLevel(page, 'alliances-on-the-map');
    await waitForChallenge(page, challenge!.id);
    await expect.poll(async () => (await matchInfo(page)).mapReady).toBe(true);
    const wrong = wrongAnswers(challenge!);
    for (const item of challenge!.items) {
      const at = (await matchInfo(page)).countries[item.id]!;
      await page.mouse.click(at.x, at.y);
      await settle(page);
      await expect.poll(async () => (await matchInfo(page)).highlighted).toBe(item.country);
      await click(page, `match.target.${wrong.get(item.id)}`);
    }
    expect((await checkAndExpect(page, 'Wrong', challenge!.items.length)).phase).toBe('linking');
    await shoot(page, 'map-wrong-after-check');
    await click(page, 'match.finish');
    await click(page, 'match.continue');
    await expectResults(page, 0, challenge!.items.length * 100);
    expect(errors).toEqual([]);
  });

  test('categories on cards, by mouse: dragged right into bins, then clicked into wrong ones', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const [first, second] = challengesOf('two-articles-two-readings');
    await openLevel(page, 'two-articles-two-readings');
    await waitForChallenge(page, first!.id);
    for (const item of first!.items) await drag(page, `match.item.${item.id}`, `match.target.${item.answer}`);
    await expect
      .poll(async () => Object.keys((await matchInfo(page)).links).length)
      .toBe(first!.items.length);
    await shoot(page, 'cards-right-before-check');
    expect((await checkAndExpect(page, 'Right', first!.items.length)).phase).toBe('solved');
    await shoot(page, 'cards-right-after-check');
    await click(page, 'match.continue');

    await waitForChallenge(page, second!.id);
    const wrong = wrongAnswers(second!);
    for (const item of second!.items) {
      await click(page, `match.item.${item.id}`);
      await click(page, `match.target.${wrong.get(item.id)}`);
    }
    await expect.poll(async () => (await matchInfo(page)).links).toEqual(Object.fromEntries(wrong));
    await checkAndExpect(page, 'Wrong', second!.items.length);
    await shoot(page, 'cards-wrong-after-check');
    await click(page, 'match.finish');
    await click(page, 'match.continue');
    const max = (first!.items.length + second!.items.length) * 100;
    await expectResults(page, first!.items.length * 100, max);
    expect(errors).toEqual([]);
  });

  test('pairs, by keyboard only: Tab to an actor, Enter, arrows to its role, Enter, then Check', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const [challenge] = challengesOf('who-is-who');
    await openLevel(page, 'who-is-who');
    await waitForChallenge(page, challenge!.id);
    const answers = new Map(challenge!.items.map((item) => [item.id, item.answer]));

    // Tab moves from the Levels button to the first actor.
    await press(page, 'Tab');
    await press(page, 'Tab');
    for (let linked = 0; linked < challenge!.items.length; linked++) {
      const focused = (await matchInfo(page)).focused ?? '';
      expect(focused).toMatch(/^item:/);
      const itemId = focused.slice('item:'.length);
      await press(page, 'Enter');
      await expect.poll(async () => (await matchInfo(page)).selected).toEqual({ side: 'item', id: itemId });
      // After Enter the focus jumps to the first role; the arrows walk the roles in screen order.
      const { focused: first, targets } = await matchInfo(page);
      expect(first).toBe(`target:${targets[0]}`);
      // One key per frame: Phaser's keyboard queue replays a frame's earlier keys when another arrives.
      for (let step = targets.indexOf(answers.get(itemId)!); step > 0; step--) await press(page, 'ArrowDown');
      expect((await matchInfo(page)).focused).toBe(`target:${answers.get(itemId)}`);
      await press(page, 'Enter');
      await expect.poll(async () => (await matchInfo(page)).links[itemId]).toBe(answers.get(itemId));
    }
    // After the last link the focus waits on Check.
    expect((await matchInfo(page)).focused).toBe('check');
    await press(page, 'Enter');
    await expect.poll(async () => (await matchInfo(page)).phase).toBe('solved');
    await shoot(page, 'keyboard-after-check');
    expect((await matchInfo(page)).focused).toBe('continue');
    await press(page, 'Enter');
    await expectResults(page, challenge!.items.length * 100, challenge!.items.length * 100);
    expect(errors).toEqual([]);
  });
});

test.describe('match on a portrait tablet', () => {
  test.use({ locale: 'en-GB', viewport: { width: 820, height: 1180 }, hasTouch: true });
  test.describe.configure({ timeout: 180_000 });

  test('actor cards take taps and clicks, and the level can be finished', async ({ page }) => {
    const errors = collectErrors(page);
    const [challenge] = challengesOf('who-is-who');
    await openLevel(page, 'who-is-who');
    await waitForChallenge(page, challenge!.id);
    const items = challenge!.items;
    // Half by finger, half by mouse: a tap on the actor, then a tap on its role.
    for (const [index, item] of items.entries()) {
      const actor = await target(page, `match.item.${item.id}`);
      // The whole card answers, not only its middle: the mouse clicks near its bottom-right corner.
      if (index % 2 === 0) await page.touchscreen.tap(actor.cx, actor.cy);
      else await page.mouse.click(actor.x + actor.width * 0.9, actor.y + actor.height * 0.85);
      await settle(page);
      await expect.poll(async () => (await matchInfo(page)).selected).toEqual({ side: 'item', id: item.id });
      const role = await target(page, `match.target.${item.answer}`);
      if (index % 2 === 0) await page.touchscreen.tap(role.cx, role.cy);
      else await page.mouse.click(role.cx, role.cy);
      await settle(page);
      await expect.poll(async () => (await matchInfo(page)).links[item.id]).toBe(item.answer);
    }
    await shoot(page, 'tablet-portrait-before-check');
    const check = await target(page, 'match.check');
    await page.touchscreen.tap(check.cx, check.cy);
    await expect.poll(async () => (await matchInfo(page)).phase).toBe('solved');
    const next = await target(page, 'match.continue');
    await page.touchscreen.tap(next.cx, next.cy);
    await expectResults(page, items.length * 100, items.length * 100);
    expect(errors).toEqual([]);
  });
});
