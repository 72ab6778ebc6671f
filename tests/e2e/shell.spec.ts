import { expect, test } from '@playwright/test';
import { click, collectErrors, shippedLevels, snapshot, target, waitForScene } from './game-page';

test.describe('the game shell', () => {
  test.use({ locale: 'fr-FR' });

  test('starts in French, switches to English at a click, and stays English after a reload', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto('./');
    await waitForScene(page, 'title');
    expect((await target(page, 'title.play')).label).toBe('Jouer');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');

    await click(page, 'title.language.en');
    await expect.poll(async () => (await target(page, 'title.play')).label).toBe('Play');
    expect((await target(page, 'title.sound')).label).toMatch(/^Sound/);

    await page.reload();
    await waitForScene(page, 'title');
    expect((await target(page, 'title.play')).label).toBe('Play');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  });

  test('lists every level of the repository, and Escape leads back', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('./');
    await click(page, 'title.play');
    await waitForScene(page, 'level-select');
    const expected = shippedLevels()
      .map((level) => `level.${level.id}`)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    await expect
      .poll(async () =>
        (await snapshot(page)).targets
          .map((t) => t.id)
          .filter((id) => id.startsWith('level.'))
          .sort(),
      )
      .toEqual(expected);
    await page.keyboard.press('Escape');
    await waitForScene(page, 'title');
    expect(errors).toEqual([]);
  });

  test('reports a broken level file by name and path while the good levels still play', async ({ page }) => {
    await page.goto('./#/levels');
    await waitForScene(page, 'level-select');
    await expect
      .poll(async () => ((await snapshot(page)).info.levelProblems as string[] | undefined)?.join('\n') ?? '')
      .toContain('broken-unknown-kind.json, à /challenges/0/kind');
    const problems = ((await snapshot(page)).info.levelProblems as string[]).join('\n');
    expect(problems).toContain('broken-not-json.json');

    const first = shippedLevels().sort(
      (a, b) => a.json.chapter - b.json.chapter || a.json.order - b.json.order,
    )[0]!;
    await click(page, `level.${first.id}`);
    await waitForScene(page, first.json.challenges[0].kind);
    expect(page.url()).toContain(`#/level/${first.id}`);
  });

  test('opens a level straight from a link, and plays it by keyboard from the level select', async ({
    page,
  }) => {
    const level = shippedLevels()[0]!;
    await page.goto(`./#/level/${level.id}`);
    await waitForScene(page, level.json.challenges[0].kind);

    await page.goto('./#/levels');
    await page.reload();
    await waitForScene(page, 'level-select');
    await target(page, `level.${shippedLevels()[0]!.id}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await snapshot(page)).scenes[0]).not.toBe('level-select');
  });

  test('says so when a link names a level that does not exist', async ({ page }) => {
    await page.goto('./#/level/no-such-level');
    await waitForScene(page, 'level-select');
    await expect.poll(async () => (await snapshot(page)).info.missingLevel).toBe('no-such-level');
    await target(page, 'level-select.back');
    expect(page.url()).toContain('#/levels');
  });

  test('downloads a screen when it is first opened, says so when it cannot, and opens it on the next press', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    const requested: string[] = [];
    let offline = true;
    // Some browsers (Chromium 150) keep a failed import() failed: once the network is back, the
    // address that failed still fails, and only the chunk under a fresh address reaches the server.
    // So it goes here for the level select's code and for the texts that come with it.
    const screenChunk = /level-select-scene-[\w-]+\.js(\?.*)?$/;
    const textsChunk = /\/leaderboard-(?!scene-)[\w-]+\.js(\?.*)?$/;
    for (const chunk of [screenChunk, textsChunk])
      await page.route(chunk, (route) =>
        offline || !new URL(route.request().url()).searchParams.has('retry')
          ? route.abort()
          : route.continue(),
      );
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const chunkRequests: string[] = [];
    const textsRequests: string[] = [];
    page.on('request', (request) => {
      if (screenChunk.test(request.url())) chunkRequests.push(new URL(request.url()).search);
      if (textsChunk.test(request.url())) textsRequests.push(new URL(request.url()).search);
    });
    await page.goto('./');
    await waitForScene(page, 'title');
    // The title needs neither the challenges nor the classroom: their code has not been fetched.
    expect(requested.filter((path) => /(place|timeline|match|classroom-lobby)-scene/.test(path))).toEqual([]);

    await click(page, 'title.play');
    await expect
      .poll(async () => (await snapshot(page)).info.screenNotLoaded)
      .toBe('Cet écran n’a pas pu être chargé. Vérifiez la connexion et réessayez.');
    expect((await snapshot(page)).scenes).toEqual(['title']);
    expect(errors.some((error) => error.includes('"level-select" screen could not be loaded'))).toBe(true);
    expect(chunkRequests[0]).toBe('');

    offline = false;
    await click(page, 'title.play');
    await waitForScene(page, 'level-select');
    await target(page, 'level.places-of-the-crisis');
    expect(chunkRequests.at(-1)).toMatch(/^\?retry=\d+$/);
    expect(textsRequests[0]).toBe('');
    expect(textsRequests.at(-1)).toMatch(/^\?retry=\d+$/);
  });

  test('a screen whose code and styles failed to download opens with its styles on the next press', async ({
    page,
  }) => {
    let offline = true;
    // As a browser that keeps failed imports failed would: the first addresses never work again.
    await page.route(/\/(classroom-lobby-scene-[\w-]+\.js|classroom-[\w-]+\.css)(\?.*)?$/, (route) =>
      offline || !new URL(route.request().url()).searchParams.has('retry') ? route.abort() : route.continue(),
    );
    await page.goto('./');
    await waitForScene(page, 'title');
    await click(page, 'title.classroom');
    await expect
      .poll(async () => (await snapshot(page)).info.screenNotLoaded)
      .toBe('Cet écran n’a pas pu être chargé. Vérifiez la connexion et réessayez.');

    offline = false;
    await click(page, 'title.classroom');
    await waitForScene(page, 'classroom');
    // classroom.css darkens the classroom's pages for a projector.
    await expect(page.locator('.qo-overlay.qc-page')).toHaveCSS('background-color', 'rgb(19, 30, 38)');
  });

  test('reloads the page at the same screen when a chunk the next screen needs stays failed, and then opens it', async ({
    page,
  }) => {
    // A chunk shared by the level select's code, refused for as long as this first page lives: a
    // browser that keeps failed imports failed refuses it even once the network is back.
    let pages = 0;
    page.on('request', (request) => {
      if (request.isNavigationRequest()) pages += 1;
    });
    await page.route(/ranking-[\w-]+\.js(\?.*)?$/, (route) =>
      pages <= 1 ? route.abort() : route.continue(),
    );
    await page.goto('./');
    await waitForScene(page, 'title');

    await click(page, 'title.play');
    await expect
      .poll(async () => (await snapshot(page)).info.screenNotLoaded)
      .toBe('Cet écran n’a pas pu être chargé. Vérifiez la connexion et réessayez.');

    await click(page, 'title.play');
    await expect.poll(() => pages).toBe(2);
    await waitForScene(page, 'title');
    expect(new URL(page.url()).hash).toBe('#/');
    expect((await snapshot(page)).info.screenNotLoaded).toBeUndefined();

    await click(page, 'title.play');
    await waitForScene(page, 'level-select');
    await target(page, 'level.places-of-the-crisis');
  });
});
