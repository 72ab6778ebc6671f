import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, snapshot, target, waitForScene } from './game-page';

const guide = readFileSync(join(import.meta.dirname, '../../docs/levels.md'), 'utf8');
const block = (name: string) =>
  JSON.parse(new RegExp(`\`\`\`json ${name}\\n([\\s\\S]*?)\`\`\``).exec(guide)![1]!);

/** The guide's example, carrying its own texts as a teacher's file would (no build, no locale files). */
function teacherLevel(): string {
  const level = block('level');
  level.id = 'teachers-geneva';
  level.texts = { en: block('locale-en'), fr: block('locale-fr') };
  return JSON.stringify(level, null, 2);
}

async function loadFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'level-select.load-file');
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test.use({ locale: 'en-GB' });

test('a teacher loads a level file from disk, plays it after a reload, and removes it', async ({ page }) => {
  await page.goto('./#/levels');
  await waitForScene(page, 'level-select');
  await loadFile(page, 'geneva.json', teacherLevel());

  await expect
    .poll(async () => ((await snapshot(page)).info.loadReport as string[]).join(' '))
    .toContain('“The Geneva talks” (geneva.json) was added');
  expect((await target(page, 'level.teachers-geneva')).label).toContain('The Geneva talks');

  await page.reload();
  await waitForScene(page, 'level-select');
  await click(page, 'level.teachers-geneva');
  await waitForScene(page, 'place');

  await page.goto('./#/levels');
  await page.reload();
  await waitForScene(page, 'level-select');
  page.once('dialog', (dialog) => void dialog.accept());
  await click(page, 'level.teachers-geneva.remove');
  await expect
    .poll(async () => (await snapshot(page)).targets.some((t) => t.id === 'level.teachers-geneva'))
    .toBe(false);
  await page.reload();
  await waitForScene(page, 'level-select');
  await target(page, 'level-select.load-file');
  expect((await snapshot(page)).targets.some((t) => t.id === 'level.teachers-geneva')).toBe(false);
});

test('a broken level file from disk is refused with the same messages, and nothing else changes', async ({
  page,
}) => {
  await page.goto('./#/levels');
  await waitForScene(page, 'level-select');
  await target(page, 'level.places-of-the-crisis');
  const before = (await snapshot(page)).targets.filter((t) => t.id.startsWith('level.')).length;
  expect(before).toBeGreaterThan(0);
  const broken = JSON.parse(teacherLevel());
  broken.challenges[0].items[0].lonLat = [6.143, 146.204];
  await loadFile(page, 'broken.json', JSON.stringify(broken));
  await expect
    .poll(async () => ((await snapshot(page)).info.loadReport as string[]).join('\n'))
    .toContain('broken.json, at /challenges/0/items/0/lonLat/1: the value must be <= 90');
  expect((await snapshot(page)).targets.filter((t) => t.id.startsWith('level.')).length).toBe(before);
});

/** `$t` nested 30 deep, each level twice: i18next expanding it would do about a billion lookups. */
function nestingBombLevel(): string {
  const level = JSON.parse(teacherLevel());
  level.id = 'teachers-bomb';
  const bomb: Record<string, string> = { b0: 'boom' };
  for (let index = 1; index <= 30; index += 1)
    bomb[`b${index}`] = `$t(content:bomb.b${index - 1}) $t(content:bomb.b${index - 1})`;
  level.texts.en.bomb = bomb;
  level.title = 'bomb.b30';
  return JSON.stringify(level);
}

test("a level's own texts are shown as written: a nested $t bomb neither runs nor freezes the level select or the leaderboard", async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('./#/levels');
  await waitForScene(page, 'level-select');
  await loadFile(page, 'bomb.json', nestingBombLevel());
  await expect
    .poll(async () => ((await snapshot(page)).info.loadReport as string[]).join(' '))
    .toContain('“$t(content:bomb.b29) $t(content:bomb.b29)” (bomb.json) was added');
  expect((await target(page, 'level.teachers-bomb')).label).toContain('$t(content:bomb.b29)');

  // On every later visit too: the file is kept, and the screens that show its title still open.
  await page.reload();
  await waitForScene(page, 'level-select');
  expect((await target(page, 'level.teachers-bomb')).label).toContain('$t(content:bomb.b29)');
  await page.goto('./#/');
  await waitForScene(page, 'title');
  await click(page, 'title.leaderboard');
  await waitForScene(page, 'leaderboard');
  expect(errors).toEqual([]);
});

test('a file saved in Windows-1252 is refused with "save the file as UTF-8", and UTF-16 with a byte order mark is read', async ({
  page,
}) => {
  await page.goto('./#/levels');
  await waitForScene(page, 'level-select');
  const level = JSON.parse(teacherLevel());
  level.id = 'teachers-latin';
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'level-select.load-file');
  await (await chooser).setFiles({
    name: 'latin.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(level, null, 2).replace('Geneva', 'Genève'), 'latin1'),
  });
  await expect
    .poll(async () => ((await snapshot(page)).info.loadReport as string[]).join('\n'))
    .toMatch(
      /latin\.json, at \/: the file is not in UTF-8 \(the first unreadable byte is on line \d+\): open it in your editor and save the file as UTF-8/,
    );

  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(teacherLevel(), 'utf16le')]);
  const second = page.waitForEvent('filechooser');
  await click(page, 'level-select.load-file');
  await (await second).setFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: utf16 });
  await expect
    .poll(async () => ((await snapshot(page)).info.loadReport as string[]).join(' '))
    .toContain('(utf16.json) was added');
});

test('a stored file an older version accepted (a 200,000-character title) is refused, listed without its texts and forgotten from a plain address', async ({
  page,
}) => {
  const errors = collectErrors(page);
  const huge = JSON.parse(teacherLevel());
  huge.id = 'teachers-huge';
  huge.texts.en['geneva-talks'].title = 'G'.repeat(200_000);
  await page.goto('./#/');
  await waitForScene(page, 'title');
  await page.evaluate((text) => {
    localStorage.setItem('qantar.custom-levels', JSON.stringify([{ file: 'huge.json', text }]));
  }, JSON.stringify(huge));

  // The level select opens and says why the file is not played, instead of freezing.
  await page.goto('./#/levels');
  await page.reload();
  await waitForScene(page, 'level-select');
  await target(page, 'level.places-of-the-crisis');
  expect((await snapshot(page)).targets.some((t) => t.id === 'level.teachers-huge')).toBe(false);

  // The plain address lists the file by name and size only, and forgets it.
  await page.goto('./#/level-files');
  await page.reload();
  const list = page.getByTestId('level-files');
  await expect(list).toContainText('huge.json');
  await expect(list).toContainText('teachers-huge');
  expect((await list.textContent())?.length).toBeLessThan(2000);
  expect((await snapshot(page)).scenes).toEqual(['title']);
  await list.getByRole('button', { name: 'Forget huge.json' }).click();
  await expect(list.getByRole('status')).toContainText('huge.json is forgotten');
  await expect(list).toContainText('No level file is kept on this device.');
  await list.getByRole('button', { name: 'Back to the title' }).click();
  await expect(list).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('qantar.custom-levels'))).toBe('[]');
  // Reachable from the title whenever a file is kept.
  await page.evaluate((text) => {
    localStorage.setItem('qantar.custom-levels', JSON.stringify([{ file: 'again.json', text }]));
  }, teacherLevel());
  await page.reload();
  await waitForScene(page, 'title');
  await click(page, 'title.level-files');
  await expect(page.getByTestId('level-files')).toContainText('again.json');
  expect(errors.filter((error) => !error.includes('level not playable'))).toEqual([]);
});
