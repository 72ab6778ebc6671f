import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, snapshot, target, waitForScene } from './game-page';

/** The place level in its easy variant: eight places, each answered by one drop or "I don't know". */
const PLACES = 'Places of the crisis';
const TIMELINE = 'January 2022, day by day';

interface PlaceInfo {
  readonly ready: boolean;
  readonly places: readonly { id: string; x: number; y: number; onMap: boolean }[];
  readonly remaining: readonly string[];
}

interface ClassMapInfo {
  readonly item: string | null;
  readonly spread: readonly {
    itemId: string;
    groups: readonly { answer: string | null; count: number }[];
    answers: readonly { name: string; correct: boolean; pinned: boolean }[];
  }[];
}

interface MatchInfo {
  readonly selected: { side: string; id: string } | null;
  readonly links: Record<string, string>;
}

interface Setup {
  readonly name: string;
  readonly players?: readonly string[];
  readonly teams?: readonly { name: string; members: string }[];
  readonly levels: readonly string[];
  readonly mode?: 'Relay' | 'Everyone answers';
  readonly timeLimit?: string;
}

async function newSession(page: Page, setup: Setup): Promise<void> {
  await page.goto('./');
  await click(page, 'title.classroom');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByLabel('Class name').fill(setup.name);
  if (setup.teams) {
    await page.getByRole('radio', { name: 'Teams' }).check();
    for (const [index, team] of setup.teams.entries()) {
      if (index >= 2) await page.getByRole('button', { name: 'Add a team' }).click();
      await page.getByLabel(`Team ${index + 1} name`).fill(team.name);
      await page.getByLabel(`Team ${index + 1} members`).fill(team.members);
    }
  } else {
    await page.getByLabel('Players, one name per line').fill((setup.players ?? []).join('\n'));
  }
  for (const level of setup.levels) await page.getByRole('checkbox', { name: new RegExp(level) }).check();
  await page.getByRole('radio', { name: new RegExp(`^${setup.mode ?? 'Everyone answers'}`) }).check();
  if (setup.timeLimit)
    await page.getByLabel('Time limit per challenge').selectOption({ label: setup.timeLimit });
  await page.getByRole('button', { name: 'Start the session' }).click();
  await waitForScene(page, 'classroom-turn');
}

async function turnInfo(page: Page) {
  return (await snapshot(page)).info.classroomTurn as { name: string; save: string; answers: number };
}

/** Starts the announced turn once the last answer is safely saved. */
async function startTurn(page: Page, name: string): Promise<void> {
  await waitForScene(page, 'classroom-turn');
  await expect(page.getByTestId('turn-title')).toContainText(name);
  await expect.poll(async () => (await turnInfo(page)).save).toMatch(/saved|none/);
  await page.getByRole('button', { name: /^▶ (Start|Resume)/ }).click();
}

async function placeInfo(page: Page): Promise<PlaceInfo> {
  await waitForScene(page, 'place');
  await expect
    .poll(async () => ((await snapshot(page)).info.place as PlaceInfo | undefined)?.ready)
    .toBe(true);
  return (await snapshot(page)).info.place as PlaceInfo;
}

/** Drags a card with the mouse, in small steps as a hand would, and lets go at (x, y). */
async function drop(page: Page, itemId: string, x: number, y: number): Promise<void> {
  const card = (await snapshot(page)).targets.find((target) => target.id === `place.card.${itemId}`);
  if (!card) throw new Error(`card ${itemId} is not on screen`);
  await page.mouse.move(card.cx, card.cy);
  await page.mouse.down();
  await page.mouse.move(card.cx - 30, card.cy, { steps: 4 });
  await page.mouse.move(x, y, { steps: 10 });
  await page.mouse.up();
}

/** Drops `count` cards (all by default) where `where` says, with answers hidden (no fact card between). */
async function placeCards(
  page: Page,
  where: (info: PlaceInfo, itemId: string) => { x: number; y: number },
  count = Number.POSITIVE_INFINITY,
  pick: (remaining: readonly string[]) => string | undefined = (remaining) => remaining[0],
): Promise<void> {
  for (let dropped = 0; dropped < count; dropped++) {
    const info = await placeInfo(page);
    const itemId = pick(info.remaining);
    if (!itemId) return;
    const { x, y } = where(info, itemId);
    await drop(page, itemId, x, y);
    if (info.remaining.length === 1) return;
    await expect.poll(async () => (await placeInfo(page)).remaining).not.toContain(itemId);
  }
}

const exactly = (info: PlaceInfo, itemId: string) => info.places.find((place) => place.id === itemId)!;
const onAlmaty = (info: PlaceInfo) => info.places.find((place) => place.id === 'almaty')!;

/** Each pupil's tray is dealt in an order of their own: a test names the cards it means. */
const preferring =
  (...ids: string[]) =>
  (remaining: readonly string[]) =>
    ids.find((id) => remaining.includes(id)) ?? remaining[0];
const avoiding =
  (...ids: string[]) =>
  (remaining: readonly string[]) =>
    remaining.find((id) => !ids.includes(id));

/**
 * "I don't know" on every card; with answers shown (relay), the fact card is closed each time. A
 * button redrawn under a still mouse takes input from the next frame on, which software rendering
 * makes slow: a press that came too early is pressed again.
 */
async function dontKnowAll(page: Page, revealed: boolean): Promise<void> {
  const left = async () => {
    const shown = await snapshot(page);
    return shown.scenes.includes('place') ? ((shown.info.place as PlaceInfo).remaining.length ?? 0) : 0;
  };
  for (let count = await left(); count > 0; count--) {
    if (revealed) {
      await press(page, 'place.dontKnow');
      await press(page, 'place.continue');
      continue;
    }
    await expect(async () => {
      if ((await left()) === count) await click(page, 'place.dontKnow');
      await expect.poll(left, { timeout: 2000 }).toBe(count - 1);
    }).toPass();
  }
}

/**
 * Presses a control the game draws anew after every answer, until it has done its work (it is
 * gone). A control drawn under a still mouse takes input from the next frame on, which software
 * rendering makes slow: a press that came too early is pressed again.
 */
async function press(page: Page, id: string): Promise<void> {
  await target(page, id);
  const shown = async () => (await snapshot(page)).targets.some((candidate) => candidate.id === id);
  await expect(async () => {
    const control = (await snapshot(page)).targets.find((candidate) => candidate.id === id);
    if (control) await page.mouse.click(control.cx, control.cy);
    await expect.poll(shown, { timeout: 2000 }).toBe(false);
  }).toPass({ timeout: 30_000 });
}

async function downloadCsv(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export as CSV/ }).click();
  const path = await (await download).path();
  return readFileSync(path, 'utf8');
}

test.describe('classroom sessions', () => {
  test.use({ locale: 'en-GB' });
  // Software rendering on a shared machine: a map challenge takes a while to draw.
  test.setTimeout(360_000);

  test('three players answer in turn, survive a reload mid-challenge, and get results, a class map and a CSV', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await newSession(page, { name: '4e B', players: ['Zoé', 'Émile', 'Anaïs'], levels: [PLACES] });

    await startTurn(page, 'Zoé');
    await placeCards(page, exactly, 3, preferring('astana', 'almaty'));
    await dontKnowAll(page, false);

    await startTurn(page, 'Émile');
    await placeCards(page, exactly, 1, avoiding('astana', 'almaty'));
    await page.reload();
    await waitForScene(page, 'classroom-turn');
    await expect(page.getByTestId('turn-title')).toHaveText('Émile’s turn');
    expect((await turnInfo(page)).answers).toBe(1);
    await startTurn(page, 'Émile');
    expect((await placeInfo(page)).remaining).toHaveLength(8);
    await dontKnowAll(page, false);

    // Anaïs takes Almaty for the capital: both cards go to Almaty.
    await startTurn(page, 'Anaïs');
    await placeCards(page, onAlmaty, 2, preferring('almaty', 'astana'));
    await dontKnowAll(page, false);

    await waitForScene(page, 'class-map');
    await expect
      .poll(async () => (await snapshot(page)).info.classMap)
      .toMatchObject({ kind: 'place', mapReady: true });
    await click(page, 'classmap.next');
    const classMap = () => snapshot(page).then((shown) => shown.info.classMap as ClassMapInfo);
    await expect.poll(async () => (await classMap()).item).toBe('astana');
    const astana = (await classMap()).spread.find((entry) => entry.itemId === 'astana');
    expect(astana?.answers).toEqual([
      { name: 'Zoé', correct: true, pinned: true },
      { name: 'Émile', correct: false, pinned: false },
      { name: 'Anaïs', correct: false, pinned: true },
    ]);
    await press(page, 'classmap.continue');

    await waitForScene(page, 'classroom-results');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results — 4e B');
    const table = page.getByTestId('class-table');
    await expect(table.getByRole('row', { name: /Zoé/ })).toContainText('300');
    await expect(page.getByText(/Scores added to the leaderboard/)).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 2600 });
    await page.setViewportSize({ width: 1280, height: 720 });

    const csv = await downloadCsv(page);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { totals } = (await snapshot(page)).info.classroomResults as { totals: Record<string, number> };
    expect(totals).toMatchObject({ Zoé: 300, Émile: 0 });
    expect(totals.Anaïs).toBeGreaterThan(100);
    for (const [name, total] of Object.entries(totals))
      expect(csv).toContain(`"${name}","","${total}","${total}"`);
    expect(csv).toContain('"Item analysis: what to go over again"');
    expect(csv).toMatch(/"Places of the crisis","[^"]+","Astana[^"]*","1","3","33"/);
    expect(csv).toMatch(/"Places of the crisis","[^"]+","Almaty[^"]*","2","3","67"/);

    await page.getByRole('button', { name: 'Leaderboard' }).click();
    await page.locator('#qo-filter-mode').selectOption('fair');
    await page.locator('#qo-filter-classroom').selectOption('4e B');
    await expect(page.getByRole('table').filter({ hasText: 'Places of the crisis' }).first()).toContainText(
      'Anaïs',
    );
    expect(errors).toEqual([]);
  });

  test('two players who both put Astana on Almaty find that confusion on the results page and in the CSV', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await newSession(page, { name: '5e C', players: ['Lou', 'Sami'], levels: [PLACES] });
    for (const name of ['Lou', 'Sami']) {
      await startTurn(page, name);
      // Almaty right, then Astana on Almaty too; the rest not known.
      await placeCards(page, onAlmaty, 2, preferring('almaty', 'astana'));
      await dontKnowAll(page, false);
    }
    await waitForScene(page, 'class-map');
    await press(page, 'classmap.continue');
    await waitForScene(page, 'classroom-results');

    const confusions = page.getByTestId('confusions');
    await expect(confusions.getByRole('heading', { name: 'Most common confusions' })).toBeVisible();
    const line = '2 of 2 put Astana (Nur-Sultan in January 2022) where Almaty (Alma-Ata) is';
    await expect(confusions.getByRole('listitem')).toHaveText([line]);
    await page.screenshot({ path: test.info().outputPath('classroom-confusions-1280.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await confusions.scrollIntoViewIfNeeded();
    // On a phone the sentence wraps inside the page: nothing runs off to the side.
    const box = await confusions.getByRole('listitem').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: test.info().outputPath('classroom-confusions-390.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    const csv = await downloadCsv(page);
    expect(csv).toContain('"Most common confusions"');
    expect(csv).toMatch(
      new RegExp(
        `"Places of the crisis","[^"]+","Astana[^"]*","Almaty \\(Alma-Ata\\)","2","2","${line.replace(/[()]/g, '\\$&')}"`,
      ),
    );
    expect(errors).toEqual([]);
  });

  test('two teams play a relay of two levels, and the CSV holds both teams and every fact', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await newSession(page, {
      name: '3e A',
      teams: [
        { name: 'Les Faucons', members: 'Zoé, Émile' },
        { name: 'Les Aigles', members: 'Anaïs\nBruno' },
      ],
      levels: [PLACES, TIMELINE],
      mode: 'Relay',
    });
    await expect(page.getByText('Zoé, Émile')).toBeVisible();

    // Relay: the answers are shown at once, as when playing alone.
    await startTurn(page, 'Les Faucons');
    // A teacher at the keyboard reaches the turn bar: Tab goes on past the game's controls to Pause.
    await waitForScene(page, 'place');
    await expect
      .poll(
        async () => {
          await page.keyboard.press('Tab');
          return page.evaluate(() => document.activeElement?.textContent ?? '');
        },
        { timeout: 30_000, intervals: [150] },
      )
      .toBe('⏸ Pause');
    await page.keyboard.press('Enter');
    const paused = page.getByRole('dialog', { name: '⏸ Paused' });
    await expect(paused.getByRole('button', { name: '▶ Resume' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(paused).toHaveCount(0);
    await placeCards(page, exactly, 1);
    await press(page, 'place.continue');
    await dontKnowAll(page, true);

    await waitForScene(page, 'classroom-turn');
    await expect(page.getByTestId('scoreboard')).toContainText('Les Faucons');
    await startTurn(page, 'Les Aigles');
    await waitForScene(page, 'timeline');
    await press(page, 'timeline.check');
    await press(page, 'timeline.results');

    await waitForScene(page, 'classroom-results');
    const { totals } = (await snapshot(page)).info.classroomResults as { totals: Record<string, number> };
    expect(totals['Les Faucons']).toBe(100);
    const csv = await downloadCsv(page);
    expect(csv).toContain('"Team","Members","Places of the crisis","January 2022, day by day","Total"');
    expect(csv).toContain('"Les Faucons","Zoé, Émile","100","","100"');
    expect(csv).toContain(
      `"Les Aigles","Anaïs, Bruno","","${totals['Les Aigles']}","${totals['Les Aigles']}"`,
    );
    const analysis = csv.split('"Item analysis: what to go over again"')[1] ?? '';
    expect(analysis.match(/"Places of the crisis"/g)).toHaveLength(8);
    expect(analysis.match(/"January 2022, day by day"/g)).toHaveLength(8);
    expect(errors).toEqual([]);
  });

  test('when the time runs out, the answer so far is scored', async ({ page }) => {
    const errors = collectErrors(page);
    await newSession(page, {
      name: 'Timed',
      players: ['Ana', 'Ben'],
      levels: [PLACES],
      timeLimit: '30 seconds',
    });
    await startTurn(page, 'Ana');
    await expect(page.getByRole('timer')).toContainText(/0:[23]\d left/);
    // Two cards placed, neither of them Geneva, which the time then leaves unanswered.
    await placeCards(page, exactly, 2, avoiding('geneva'));
    await expect(page.getByRole('timer')).toContainText('Only', { timeout: 40_000 });

    await waitForScene(page, 'classroom-turn');
    await expect(page.getByRole('alert')).toContainText('Time’s up: Ana’s answer so far was scored.');
    await expect(page.getByTestId('turn-title')).toHaveText('Ben’s turn');
    await page.getByRole('button', { name: /End the session/ }).click();
    await page.getByRole('button', { name: 'End it now' }).click();

    await waitForScene(page, 'classroom-results');
    const { totals } = (await snapshot(page)).info.classroomResults as { totals: Record<string, number> };
    expect(totals).toEqual({ Ana: 200, Ben: 0 });
    await expect(page.getByTestId('item-analysis').getByRole('row', { name: /Geneva/ })).toContainText(
      '0 of 1',
    );
    await expect(page.getByText('Ended early')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the class map shows where the class put each event and which targets it chose', async ({ page }) => {
    const errors = collectErrors(page);
    await newSession(page, { name: 'Map', players: ['Zoé', 'Émile'], levels: [TIMELINE, 'Who’s who'] });
    for (const name of ['Zoé', 'Émile']) {
      await startTurn(page, name);
      await waitForScene(page, 'timeline');
      await press(page, 'timeline.check');
    }
    await waitForScene(page, 'class-map');
    const classMap = () =>
      snapshot(page).then((shown) => shown.info.classMap as ClassMapInfo & { kind: string });
    await expect.poll(async () => (await classMap()).kind).toBe('timeline');
    for (const entry of (await classMap()).spread)
      expect(entry.groups.reduce((sum, group) => sum + group.count, 0)).toBe(2);
    await press(page, 'classmap.continue');

    // Both link the actors to the roles in the order shown; the class map counts who chose what.
    for (const name of ['Émile', 'Zoé']) {
      await startTurn(page, name);
      await waitForScene(page, 'match');
      const { items, targets } = (await snapshot(page)).info.match as { items: string[]; targets: string[] };
      const state = async () => (await snapshot(page)).info.match as MatchInfo;
      for (const [index, item] of items.entries()) {
        await expect(async () => {
          if ((await state()).selected?.id !== item) await click(page, `match.item.${item}`);
          await expect.poll(async () => (await state()).selected?.id, { timeout: 2000 }).toBe(item);
        }).toPass();
        await expect(async () => {
          if (!(await state()).links[item]) await click(page, `match.target.${targets[index]}`);
          await expect.poll(async () => (await state()).links[item], { timeout: 2000 }).toBeTruthy();
        }).toPass();
      }
      await press(page, 'match.check');
    }
    await waitForScene(page, 'class-map');
    await expect.poll(async () => (await classMap()).kind).toBe('match');
    const spread = (await classMap()).spread;
    expect(spread.every((entry) => entry.groups.reduce((sum, group) => sum + group.count, 0) === 2)).toBe(
      true,
    );
    expect(spread.some((entry) => entry.groups[0]?.count === 2)).toBe(true);
    await press(page, 'classmap.continue');
    await waitForScene(page, 'classroom-results');
    expect(errors).toEqual([]);
  });
});
