import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { click, collectErrors, shippedLevels, snapshot, waitForScene } from './game-page';

const fixturesDir = join(import.meta.dirname, '../fixtures');
const fixtureFiles = readdirSync(join(fixturesDir, 'levels')).filter((name) => name.endsWith('.json'));
const expectedProblems: Record<string, unknown[]> = JSON.parse(
  readFileSync(join(fixturesDir, 'expected-level-problems.json'), 'utf8'),
);

test('a test build names every broken fixture and its problems, and a good level still opens', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./#/levels');
  await waitForScene(page, 'level-select');
  const problemLines = async () =>
    ((await snapshot(page)).info.levelProblems as string[] | undefined) ?? ([] as string[]);
  await expect.poll(async () => (await problemLines()).length, { timeout: 20_000 }).toBeGreaterThan(0);

  // Each line reads "• <file>, at <path>: <message>" in every language.
  const lines = await problemLines();
  const linesPerFile = Object.fromEntries(
    fixtureFiles.map((file) => [file, lines.filter((line) => line.startsWith(`• ${file},`)).length]),
  );
  const expectedPerFile = Object.fromEntries(
    fixtureFiles.map((file) => [file, expectedProblems[file]?.length ?? -1]),
  );
  expect(linesPerFile).toEqual(expectedPerFile);
  expect(lines.length).toBe(Object.values(expectedPerFile).reduce((sum, count) => sum + count, 0));

  const levels = shippedLevels();
  const listed = (await snapshot(page)).targets.filter((target) => target.id.startsWith('level.'));
  expect(listed.map((target) => target.id).sort()).toEqual(levels.map((level) => `level.${level.id}`).sort());

  // By its link rather than a click: the list is drawn again when the player's progress arrives from
  // storage, and a click whose press and release straddle that redraw is lost.
  const first = levels.sort((a, b) => a.json.chapter - b.json.chapter || a.json.order - b.json.order)[0]!;
  await page.evaluate((id) => {
    window.location.hash = `#/level/${id}`;
  }, first.id);
  await waitForScene(page, first.json.challenges[0].kind);
  expect(errors).toEqual([]);
});

test('the built page runs under its Content-Security-Policy: the title, a level and the leaderboard, without one violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  const errors = collectErrors(page);
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto('./#/');
  await waitForScene(page, 'title');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'"])
    expect(policy).toContain(directive);
  // Inline code runs only by its hash: no blanket permission for inline or eval'd scripts.
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
  expect(policy).not.toMatch(/unsafe-eval/);
  expect(policy?.replace("style-src-attr 'unsafe-inline'", '')).not.toMatch(/unsafe-inline/);

  await click(page, 'title.play');
  await waitForScene(page, 'level-select');
  await click(page, 'level.places-of-the-crisis');
  await waitForScene(page, 'place');
  // A link to a level runs the page's inline script (the atlas preload) too.
  await page.goto('./#/level/who-is-who');
  await page.reload();
  await waitForScene(page, 'match');
  await page.goto('./#/');
  await waitForScene(page, 'title');
  await click(page, 'title.leaderboard');
  await waitForScene(page, 'leaderboard');

  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('a score is not lost when the page is closed while it still says "saving", nor when the disk is full', async ({
  page,
}) => {
  // The disk never answers while the flag is set: the write is still under way when the page goes.
  await page.addInitScript(() => {
    const mode = sessionStorage.getItem('qantar-test-disk');
    if (!mode) return;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore) {
      if (mode === 'full') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      // A real request that writes nothing and never reports success: the save stays "saving".
      const request = this.count();
      request.addEventListener('success', (event) => event.stopImmediatePropagation(), { capture: true });
      return request as unknown as IDBRequest<IDBValidKey>;
    };
  });
  const finishTimeline = async () => {
    await page.goto('./#/level/january-2022-day-by-day');
    // A fresh page, so the disk set for this play is the one the game meets.
    await page.reload();
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
    return (await snapshot(page)).info.results as { total: number; save: string };
  };
  const savedTotals = () =>
    page.evaluate(
      () =>
        new Promise<number[]>((resolve, reject) => {
          const open = indexedDB.open('qantar');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('scores').objectStore('scores').getAll();
            all.onsuccess = () => {
              resolve((all.result as { points: number }[]).map((record) => record.points));
              open.result.close();
            };
          };
        }),
    );

  await page.goto('./#/');
  await page.evaluate(() => sessionStorage.setItem('qantar-test-disk', 'slow'));
  const slow = await finishTimeline();
  expect(slow.save).toBe('saving');
  // The player leaves at once, then comes back with a disk that works.
  await page.evaluate(() => sessionStorage.removeItem('qantar-test-disk'));
  await page.goto('./#/');
  await page.reload();
  await waitForScene(page, 'title');
  await click(page, 'title.leaderboard');
  await waitForScene(page, 'leaderboard');
  await expect.poll(savedTotals).toEqual([slow.total]);

  // A full disk: the score is kept, the player is told so, and it is written once there is room.
  await page.evaluate(() => sessionStorage.setItem('qantar-test-disk', 'full'));
  const full = await finishTimeline();
  await expect(page.getByRole('status').first()).toContainText('kept on this device');
  expect(full.save).not.toBe('saved');
  await page.evaluate(() => sessionStorage.removeItem('qantar-test-disk'));
  await page.goto('./#/');
  await page.reload();
  await waitForScene(page, 'title');
  await click(page, 'title.leaderboard');
  await waitForScene(page, 'leaderboard');
  await expect.poll(async () => (await savedTotals()).sort()).toEqual([slow.total, full.total].sort());
});
