import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, snapshot, waitForScene } from './game-page';

/** The timeline level ends fastest: check the order as dealt, then walk through the facts. */
const LEVEL = 'january-2022-day-by-day';
const LEVEL_TITLE_EN = 'January 2022, day by day';

async function playToResults(page: Page): Promise<void> {
  await waitForScene(page, 'timeline');
  await click(page, 'timeline.check');
  await expect
    .poll(
      async () => {
        const shown = await snapshot(page);
        if (shown.scenes.includes('results')) return true;
        const next = shown.targets.find((t) => t.id === 'timeline.continue' || t.id === 'timeline.results');
        if (next?.enabled) await page.mouse.click(next.cx, next.cy);
        return false;
      },
      { timeout: 30_000, intervals: [250] },
    )
    .toBe(true);
}

test.describe('offline play', () => {
  test.use({ locale: 'en-GB' });

  test('after one visit, the game reloads and plays a level with no network, and keeps the score', async ({
    page,
    context,
  }) => {
    test.slow();
    const errors = collectErrors(page);
    await page.goto('./');
    await waitForScene(page, 'title');
    // The worker installs (precaching the whole game) once the page is idle; the next load is under it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 })
      .toBe(true);
    await waitForScene(page, 'title');

    expect(errors).toEqual([]);
    await context.setOffline(true);
    // The network is really gone: a file the worker does not keep (the Live server answers it) cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch('live/status.json').then(
          () => 'fetched',
          () => 'failed',
        ),
      ),
    ).toBe('failed');
    // That refused fetch is the test's own, and the browser logs it as an error: it is not the game's.
    errors.splice(0);
    await page.goto(`./#/level/${LEVEL}`);
    await page.reload();
    await playToResults(page);
    await expect(page.getByRole('heading', { level: 1, name: LEVEL_TITLE_EN })).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText(/Score saved on this device/);
    const info = (await snapshot(page)).info.results as { total: number; save: string };
    expect(info.save).toBe('saved');

    // Still offline, a fresh load shows that score on the leaderboard.
    await page.goto('./');
    await page.reload();
    await click(page, 'title.leaderboard');
    const table = page.getByRole('table', { name: LEVEL_TITLE_EN });
    await expect(table).toContainText(new Intl.NumberFormat('en-GB').format(info.total));
    expect(errors).toEqual([]);
  });
});
