import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, shippedLevels, snapshot, target, waitForScene } from './game-page';

const LEVEL_ID = 'january-2022-day-by-day';

// Every drag and key press waits for a frame of a software-rendered canvas: on a busy machine a
// whole timeline (up to seventeen cards) takes longer than the default minute.
test.describe.configure({ timeout: 180_000 });

type Verdict = 'right' | 'partial' | 'wrong' | 'skipped';

interface TimelineInfo {
  readonly order: string[];
  readonly displayed: string[];
  readonly checked: boolean;
  readonly held: string | null;
  readonly chosen: string | null;
  readonly explaining: string | null;
  /** Each card's one verdict, as the results and the class map give it too. */
  readonly marks: Record<string, Verdict> | null;
  /** The verdicts the cards' badges show now: null on every card while the true order is shown. */
  readonly badges: Record<string, Verdict | null>;
  readonly points: number | null;
  readonly maxPoints: number | null;
  readonly animating: boolean;
  readonly textPx: number | null;
  /** After the check: the swapped events named under the summary, and on the open fact card. */
  readonly swaps: string;
  readonly factFeedback: string;
}

async function timelineInfo(page: Page): Promise<TimelineInfo> {
  return (await snapshot(page)).info.timeline as TimelineInfo;
}

/** Test knowledge, not game knowledge: the events' dates, read from the level file on disk. */
function eventDates(): Map<string, string> {
  const level = shippedLevels().find((candidate) => candidate.id === LEVEL_ID);
  if (!level) throw new Error(`levels/${LEVEL_ID}.json is missing`);
  const challenge = level.json.challenges.find(
    (candidate: { kind: string }) => candidate.kind === 'timeline',
  );
  return new Map(challenge.items.map((item: { id: string; date: string }) => [item.id, item.date]));
}

/** An event's words on its card, in the page's language, read from the locale file on disk. */
function eventText(language: string, itemId: string): string {
  const level = shippedLevels().find((candidate) => candidate.id === LEVEL_ID);
  const challenge = level?.json.challenges.find(
    (candidate: { kind: string }) => candidate.kind === 'timeline',
  );
  const key: string = challenge.items.find((item: { id: string }) => item.id === itemId).text;
  const file = join(import.meta.dirname, `../../locales/${language}/content.json`);
  let text: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of key.split('.')) text = (text as Record<string, unknown>)[part];
  if (typeof text !== 'string') throw new Error(`no ${language} text for ${key}`);
  return text;
}

/** The dealt cards in an order the sources allow (a day, a month or a year: unknown parts first). */
function rightOrder(ids: readonly string[]): string[] {
  const dates = eventDates();
  const key = (id: string) => {
    const [year = '0', month = '0', day = '0'] = (dates.get(id) ?? '').split('-');
    return Number(year) * 10_000 + Number(month) * 100 + Number(day);
  };
  return [...ids].sort((a, b) => key(a) - key(b));
}

/** Starts the level, on its full ("hard") variant when asked, so every event of the file is dealt. */
async function openLevel(page: Page, variant: 'easy' | 'hard'): Promise<TimelineInfo> {
  await page.addInitScript(
    (difficulty) => window.localStorage.setItem('qantar.difficulty', difficulty),
    variant,
  );
  await page.goto(`./#/level/${LEVEL_ID}`);
  await waitForScene(page, 'timeline');
  return settled(page);
}

/** Waits until no card is gliding to its slot, so the probe's positions are where cards rest. */
async function settled(page: Page): Promise<TimelineInfo> {
  await expect.poll(async () => (await timelineInfo(page).catch(() => null))?.animating ?? true).toBe(false);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return timelineInfo(page);
}

/** A real drag: press on the card, move in steps as a hand would, release over the slot. */
async function dragCardToSlot(page: Page, itemId: string, slot: number): Promise<void> {
  const card = await target(page, `timeline.card.${itemId}`);
  const place = await target(page, `timeline.slot.${slot}`);
  await page.mouse.move(card.cx, card.cy);
  await page.mouse.down();
  await page.mouse.move(place.cx, place.cy, { steps: 6 });
  await page.mouse.up();
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  }
}

test('a player who drags the cards into the right order gets the maximum and sees every card marked right', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const dealt = await openLevel(page, 'hard');
  const truth = rightOrder(dealt.order);
  expect(dealt.order.length).toBe(eventDates().size);
  expect(dealt.order).not.toEqual(truth);
  // Seventeen cards still fit 1280×720 at a size that reads from a classroom's front rows.
  expect(dealt.textPx).toBeGreaterThanOrEqual(13);

  for (const [slot, itemId] of truth.entries()) {
    if ((await settled(page)).order[slot] === itemId) continue;
    await dragCardToSlot(page, itemId, slot);
    await expect.poll(async () => (await timelineInfo(page)).order[slot]).toBe(itemId);
  }
  const sorted = await settled(page);
  expect(sorted.order).toEqual(truth);
  expect(sorted.held).toBeNull();

  await click(page, 'timeline.check');
  await expect.poll(async () => (await timelineInfo(page)).checked).toBe(true);
  const checked = await settled(page);
  expect(Object.values(checked.marks ?? {})).toEqual(truth.map(() => 'right'));
  expect(checked.points).toBe(checked.maxPoints);
  // Nothing the wrong way round, nothing to say about it.
  expect(checked.swaps).toBe('');
  expect(checked.factFeedback).toBe('');
  // The reveal opens the story of the earliest event first.
  expect(checked.explaining).toBe(truth[0]);

  await click(page, 'timeline.results');
  await waitForScene(page, 'results');
  await expect
    .poll(
      async () => (await snapshot(page)).info.results as { points: number; maxPoints: number } | undefined,
    )
    .toMatchObject({ points: checked.maxPoints, maxPoints: checked.maxPoints });
  expect(errors).toEqual([]);
});

test('keyboard-only play orders the cards, checks, reads every story and finishes the level', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const dealt = await openLevel(page, 'easy');
  const truth = rightOrder(dealt.order);

  // Tab chooses the first card; Space picks it up, → moves it one slot, Enter puts it down.
  await press(page, 'Tab');
  expect((await timelineInfo(page)).chosen).toBe(dealt.order[0]);
  await press(page, ' ');
  expect((await timelineInfo(page)).held).toBe(dealt.order[0]);
  await press(page, 'ArrowRight');
  await press(page, 'Enter');
  const moved = await settled(page);
  expect(moved.held).toBeNull();
  expect(moved.order).toEqual([dealt.order[1], dealt.order[0], ...dealt.order.slice(2)]);

  // Then every card in turn: walk the focus to it with the arrows, carry it left to its slot.
  for (const [slot, itemId] of truth.entries()) {
    let info = await timelineInfo(page);
    const at = info.order.indexOf(itemId);
    if (at === slot) continue;
    const focusedAt = info.order.indexOf(info.chosen ?? '');
    await press(page, at > focusedAt ? 'ArrowRight' : 'ArrowLeft', Math.abs(at - focusedAt));
    expect((await timelineInfo(page)).chosen).toBe(itemId);
    await press(page, ' ');
    await press(page, 'ArrowLeft', at - slot);
    await press(page, 'Enter');
    info = await settled(page);
    expect(info.order[slot]).toBe(itemId);
  }
  const sorted = await settled(page);
  expect(sorted.order).toEqual(truth);

  // Tab past the last card reaches Check; Enter checks and hands the focus to the first story.
  const focusedAt = sorted.order.indexOf(sorted.chosen ?? '');
  await press(page, 'Tab', sorted.order.length - focusedAt);
  await press(page, 'Enter');
  await expect.poll(async () => (await timelineInfo(page)).checked).toBe(true);
  const checked = await timelineInfo(page);
  expect(checked.points).toBe(checked.maxPoints);
  expect(Object.values(checked.marks ?? {}).every((mark) => mark === 'right')).toBe(true);

  // Continue steps through the events in the order they happened, then on to the results.
  for (const itemId of truth) {
    await expect.poll(async () => (await timelineInfo(page)).explaining).toBe(itemId);
    await press(page, 'Enter');
  }
  await waitForScene(page, 'results');
  expect(errors).toEqual([]);
});

test('two swapped cards are marked partly right, never below a right card, and the right order shows no stale badge', async ({
  page,
}) => {
  const dealt = await openLevel(page, 'easy');
  const truth = rightOrder(dealt.order);
  for (const [slot, itemId] of truth.entries()) {
    if ((await settled(page)).order[slot] === itemId) continue;
    await dragCardToSlot(page, itemId, slot);
    await expect.poll(async () => (await timelineInfo(page)).order[slot]).toBe(itemId);
  }
  // Swap the first two events, which happened on different dates: one pair is now the wrong way round.
  expect(eventDates().get(truth[0] ?? '')).not.toBe(eventDates().get(truth[1] ?? ''));
  await dragCardToSlot(page, truth[1] ?? '', 0);
  const swapped = await settled(page);
  expect(swapped.order.slice(0, 2)).toEqual([truth[1], truth[0]]);

  await click(page, 'timeline.check');
  await expect.poll(async () => (await timelineInfo(page)).checked).toBe(true);
  const checked = await settled(page);
  // Each swapped card has one pair wrong among many: partly right, as the results page says.
  expect(checked.marks?.[truth[0] ?? '']).toBe('partial');
  expect(checked.marks?.[truth[1] ?? '']).toBe('partial');
  expect(checked.badges).toEqual(checked.marks);
  expect(Object.values(checked.marks ?? {}).filter((mark) => mark === 'right')).toHaveLength(
    truth.length - 2,
  );
  // A swap of neighbours costs little: the share earned is the agreement τ = 1 − 2/pairs, squared, so about
  // 86 % among the easy level's 8 cards (28 pairs), a little less where two dates tie and make one pair fewer.
  const max = checked.maxPoints ?? 0;
  expect(checked.points).toBeLessThan(max);
  expect(checked.points).toBeGreaterThan(max * 0.8);
  // The reveal says which two events were swapped, under the score and on the first event's card.
  const { language } = await snapshot(page);
  expect(language).toBe('en');
  const swap = `→ You put “${eventText('en', truth[1] ?? '')}” before “${eventText('en', truth[0] ?? '')}”, yet it came later.`;
  expect(checked.swaps).toBe(swap);
  expect(checked.explaining).toBe(truth[0]);
  expect(checked.factFeedback).toBe(swap);
  await page.screenshot({ path: test.info().outputPath('timeline-swap-feedback.png') });

  await click(page, 'timeline.order');
  await expect.poll(async () => (await timelineInfo(page)).displayed).toEqual(truth);
  const shown = await timelineInfo(page);
  expect(shown.order).toEqual(swapped.order);
  // In the true order every card stands where it belongs: no verdict of the player's order is left.
  expect(Object.values(shown.badges).every((badge) => badge === null)).toBe(true);
  await click(page, 'timeline.order');
  await expect.poll(async () => (await timelineInfo(page)).badges).toEqual(checked.marks);
});

test('the menus’ music stops for the timeline and does not start again there', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('./#/levels');
  await waitForScene(page, 'level-select');
  await expect.poll(async () => (await snapshot(page)).info.musicWanted).toBe(true);
  await click(page, `level.${LEVEL_ID}`);
  await waitForScene(page, 'timeline');
  await target(page, 'timeline.check');
  // The timeline is drawn as a menu; the menus' music would compete with the cards for attention.
  expect((await snapshot(page)).info.musicWanted).toBe(false);
  expect(errors).toEqual([]);
});

test('pressing Check on the cards as dealt earns about nothing, and "I don\'t know" earns nothing', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await openLevel(page, 'hard');
  await click(page, 'timeline.check');
  await expect.poll(async () => (await timelineInfo(page)).checked).toBe(true);
  const dealt = await settled(page);
  // A random order scored about 60 % before the scoring was corrected for chance.
  expect(dealt.points ?? 1).toBeLessThanOrEqual((dealt.maxPoints ?? 0) * 0.3);

  await page.goto('./#/levels');
  await openLevel(page, 'hard');
  await click(page, 'timeline.dontKnow');
  await expect.poll(async () => (await timelineInfo(page)).checked).toBe(true);
  const givenUp = await settled(page);
  expect(givenUp.points).toBe(0);
  expect(Object.values(givenUp.marks ?? {}).every((mark) => mark === 'skipped')).toBe(true);
  await click(page, 'timeline.results');
  await waitForScene(page, 'results');
  expect(errors).toEqual([]);
});
