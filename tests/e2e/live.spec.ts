import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { click, collectErrors, shippedLevels, snapshot, target, waitForScene } from './game-page';

/**
 * Qantar Live end to end, against the Live server that playwright.config.ts starts (server/main.ts
 * serving the test build): a teacher's projector and three pupils on their own devices, one of them
 * a phone held upright with touch, play a two-challenge level to the results page; one pupil reloads
 * in the middle of a challenge and comes back to the same seat.
 */
const LIVE = `http://127.0.0.1:${Number(process.env.QANTAR_E2E_LIVE_PORT ?? 4318)}/`;
const LEVEL = 'two-articles-two-readings';
const LEVEL_TITLE = 'Two articles, two readings';

interface MatchInfo {
  readonly challengeId: string;
  readonly items: readonly string[];
  readonly selected: { side: string; id: string } | null;
  readonly links: Record<string, string>;
}

/** The level's answers, read from its file: what a pupil who knows the facts would link. */
function answersOf(challengeId: string): Map<string, string> {
  const level = shippedLevels().find((entry) => entry.id === LEVEL)?.json;
  const challenge = level?.challenges.find((candidate: { id: string }) => candidate.id === challengeId);
  return new Map(challenge.items.map((item: { id: string; answer: string }) => [item.id, item.answer]));
}

interface Pupil {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly touch: boolean;
}

async function newPupil(
  browser: Browser,
  name: string,
  device: 'laptop' | 'phone',
): Promise<Pupil & { errors: string[] }> {
  const context = await browser.newContext(
    device === 'phone'
      ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-GB' }
      : { viewport: { width: 1280, height: 720 }, locale: 'en-GB' },
  );
  const page = await context.newPage();
  return { name, context, page, touch: device === 'phone', errors: collectErrors(page) };
}

/** A tap with a finger on the phone, a click with the mouse elsewhere, at the control's centre. */
async function press(pupil: Pupil, id: string): Promise<void> {
  if (!pupil.touch) {
    await click(pupil.page, id);
    return;
  }
  const { cx, cy } = await target(pupil.page, id);
  await pupil.page.touchscreen.tap(cx, cy);
}

async function matchInfo(page: Page): Promise<MatchInfo> {
  await waitForScene(page, 'match');
  await expect
    .poll(async () => ((await snapshot(page)).info.match as MatchInfo | undefined)?.items.length ?? 0)
    .toBeGreaterThan(0);
  return (await snapshot(page)).info.match as MatchInfo;
}

/**
 * Links `count` cards (all by default) as `choose` says: a tap on the card, then on the category,
 * as a pupil does. A control drawn under a still pointer takes input from the next frame on, which
 * software rendering makes slow: a press that came too early is pressed again.
 */
async function link(pupil: Pupil, choose: (itemId: string) => string, count = Number.POSITIVE_INFINITY) {
  const { items } = await matchInfo(pupil.page);
  const now = async () => (await snapshot(pupil.page)).info.match as MatchInfo;
  for (const itemId of items.slice(0, count)) {
    const wanted = choose(itemId);
    await expect(async () => {
      if ((await now()).links[itemId] === wanted) return;
      if ((await now()).selected?.id !== itemId) {
        await press(pupil, `match.item.${itemId}`);
        await expect.poll(async () => (await now()).selected?.id, { timeout: 1500 }).toBe(itemId);
      }
      await press(pupil, `match.target.${wanted}`);
      await expect.poll(async () => (await now()).links[itemId], { timeout: 1500 }).toBe(wanted);
    }).toPass({ timeout: 30_000 });
  }
}

/** Finish, then the device says the answer is in; after the last answer, the class reveal comes at once. */
async function finish(pupil: Pupil, last = false): Promise<void> {
  await expect(async () => {
    if ((await snapshot(pupil.page)).scenes.includes('match')) await press(pupil, 'match.finish');
    await expect(pupil.page.getByTestId('pupil-title')).toHaveText(
      last ? 'Look at the board' : 'Answer sent',
      {
        timeout: 3000,
      },
    );
  }).toPass({ timeout: 30_000 });
}

async function join(pupil: Pupil, code: string, typeCode: boolean): Promise<void> {
  const { page } = pupil;
  await page.goto(typeCode ? `${LIVE}#/live` : `${LIVE}#/live/${code}`);
  if (typeCode) await page.getByLabel('Room code').fill(code.toLowerCase());
  else await expect(page.getByLabel('Room code')).toHaveValue(code);
  await page.getByLabel('Your name').fill(pupil.name);
  await page.getByRole('button', { name: 'Join →' }).click();
  await expect(page.getByTestId('pupil-title')).toHaveText(`You're in, ${pupil.name}!`);
}

test.describe('Qantar Live', () => {
  test.use({ locale: 'en-GB', baseURL: LIVE });
  // Four browsers and a map-free level on a shared 2-core machine with software rendering.
  test.setTimeout(360_000);

  test('a teacher and three pupils play two challenges to the results; a pupil reloads mid-challenge', async ({
    page: teacher,
    browser,
  }) => {
    const teacherErrors = collectErrors(teacher);
    await teacher.goto('./');
    await click(teacher, 'title.classroom');
    await teacher.getByRole('button', { name: /New live session/ }).click();
    await teacher.getByLabel('Class name').fill('4e B');
    await teacher.getByRole('checkbox', { name: new RegExp(LEVEL_TITLE) }).check();
    await teacher.getByRole('button', { name: /Open the room/ }).click();
    const codeText = teacher.getByTestId('room-code');
    await expect(codeText).toHaveText(/^[A-Z2-9]{6}$/);
    const code = (await codeText.textContent()) ?? '';
    await expect(teacher).toHaveURL(new RegExp(`#/live-host/${code}$`));
    await expect(teacher.getByTestId('join-address')).toHaveText(`${LIVE}#/live`);
    await expect(
      teacher.getByRole('img', { name: new RegExp(`QR code for .*#/live/${code}`) }),
    ).toBeVisible();

    const zoe = await newPupil(browser, 'Zoé', 'laptop');
    const emile = await newPupil(browser, 'Émile', 'phone');
    const anais = await newPupil(browser, 'Anaïs', 'laptop');
    await join(zoe, code, false);
    await join(emile, code, false);
    await join(anais, code, true);
    const lobby = teacher.getByTestId('lobby-pupils');
    for (const name of ['Zoé', 'Émile', 'Anaïs']) await expect(lobby).toContainText(name);
    await expect(teacher.getByRole('heading', { name: '3 pupils have joined' })).toBeVisible();

    // A second pupil with a name already taken is told so, on the name field.
    const copy = await newPupil(browser, 'Zoé', 'phone');
    await copy.page.goto(`${LIVE}#/live/${code}`);
    await copy.page.getByLabel('Your name').fill('Zoé');
    await copy.page.getByRole('button', { name: 'Join →' }).click();
    await expect(copy.page.getByRole('alert')).toContainText('already has this name');
    await copy.context.close();

    await teacher.getByRole('button', { name: '▶ Start' }).click();
    await expect(teacher.getByRole('heading', { name: /Established fact/ })).toBeVisible();
    await expect(teacher.getByTestId('answered-count')).toHaveText('0 of 3 answered');

    // Challenge 1: Zoé knows every answer, Émile calls everything an opinion, Anaïs starts, reloads, plays again.
    const first = (await matchInfo(zoe.page)).challengeId;
    const right1 = answersOf(first);
    await link(zoe, (id) => right1.get(id) ?? '');
    await finish(zoe);
    await expect(teacher.getByTestId('answered-count')).toHaveText('1 of 3 answered');

    await link(anais, (id) => right1.get(id) ?? '', 3);
    await anais.page.reload();
    expect((await matchInfo(anais.page)).links).toEqual({});
    await expect(teacher.getByTestId('answered-count')).toHaveText('1 of 3 answered');
    await link(anais, (id) => right1.get(id) ?? '');
    await finish(anais);
    await expect(teacher.getByTestId('answered-count')).toHaveText('2 of 3 answered');

    await link(emile, () => 'opinion');
    await finish(emile, true);

    // Everyone answered: the class map of the step on the projector.
    await waitForScene(teacher, 'class-map');
    await expect.poll(async () => (await snapshot(teacher)).info.classMap).toMatchObject({ kind: 'match' });
    const spread = ((await snapshot(teacher)).info.classMap as { spread: { answers: { name: string }[] }[] })
      .spread;
    expect(spread[0]?.answers.map((answer) => answer.name).sort()).toEqual(['Anaïs', 'Zoé', 'Émile']);

    // Each pupil sees their own verdicts and the facts.
    await expect(zoe.page.getByTestId('reveal-points')).toHaveText('800 / 800 points');
    await expect(anais.page.getByTestId('reveal-points')).toHaveText('800 / 800 points');
    await expect(emile.page.getByTestId('reveal-points')).toHaveText('100 / 800 points');
    await expect(emile.page.getByTestId('reveal').getByRole('listitem')).toHaveCount(8);
    await expect(emile.page.getByTestId('reveal')).toContainText('Right answer:');

    await click(teacher, 'classmap.continue');
    await waitForScene(teacher, 'live-host');
    const board = teacher.getByTestId('scoreboard');
    await expect(board.getByRole('row', { name: /Zoé/ })).toContainText('800');
    await teacher.getByRole('button', { name: 'Next →' }).click();

    // Challenge 2: everyone links every statement to "both articles" but Zoé, who knows.
    await expect(teacher.getByTestId('answered-count')).toHaveText('0 of 3 answered');
    const second = (await matchInfo(zoe.page)).challengeId;
    expect(second).not.toBe(first);
    const right2 = answersOf(second);
    for (const pupil of [zoe, emile, anais]) {
      await link(pupil, (id) => (pupil === zoe ? (right2.get(id) ?? '') : 'both'));
      await finish(pupil, pupil === anais);
    }
    await waitForScene(teacher, 'class-map');
    await click(teacher, 'classmap.continue');
    await waitForScene(teacher, 'live-host');
    await teacher.getByRole('button', { name: 'See the results →' }).click();

    await waitForScene(teacher, 'classroom-results');
    await expect(teacher.getByRole('heading', { level: 1 })).toHaveText('Results — 4e B');
    const table = teacher.getByTestId('class-table');
    await expect(table.getByRole('row', { name: /Zoé/ })).toContainText('1,600');
    await expect(table.getByRole('row', { name: /Anaïs/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Émile/ })).toBeVisible();
    for (const pupil of [zoe, emile, anais])
      await expect(pupil.page.getByTestId('pupil-title')).toHaveText('The lesson is over');

    // The session is kept with the teacher's others, marked live.
    await teacher.getByRole('button', { name: '← Sessions' }).click();
    await expect(teacher.getByRole('listitem').filter({ hasText: '4e B' })).toContainText('Live');

    expect(teacherErrors).toEqual([]);
    for (const pupil of [zoe, emile, anais]) {
      expect(pupil.errors).toEqual([]);
      await pupil.context.close();
    }
  });
});
