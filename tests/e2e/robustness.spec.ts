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
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);

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
