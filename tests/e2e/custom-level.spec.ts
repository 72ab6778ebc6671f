import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { click, snapshot, target, waitForScene } from './game-page';

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
