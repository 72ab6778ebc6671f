import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, snapshot, target, waitForScene } from './game-page';

test.use({ locale: 'en-GB' });

const SHOTS = '/tmp/shots-studio';

/** Fills one field of the studio's forms, as a teacher types. */
async function type(page: Page, id: string, text: string): Promise<void> {
  await page.locator(`#${id}`).fill(text);
}

test('a teacher makes a one-place level by clicking the map, fixes a problem, plays it, comes back, reloads, exports and loads it', async ({
  page,
}) => {
  // A whole authoring session, two plays' worth of loading and a reload: longer than one level.
  test.slow();
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await waitForScene(page, 'title');
  await click(page, 'title.studio');
  await waitForScene(page, 'studio');
  const studio = page.getByTestId('studio');
  await expect(studio.getByRole('heading', { name: 'Level studio' })).toBeVisible();
  // A new draft has no challenge yet, and says so beside the challenges.
  await expect(studio.locator('[data-field="/challenges"]')).toContainText('at least');

  await type(page, 'qs-id', 'my-almaty');
  await page.locator('#qs-id').dispatchEvent('change');
  await type(page, 'qs-title-en', 'My Almaty level');
  await type(page, 'qs-articles-0-title-en', 'An article about Almaty');

  // A click on the map, right of the forms, adds a place there.
  const canvas = page.locator('canvas');
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.55);
  await expect(studio.getByTestId('studio-challenge-0')).toBeVisible();
  const lon = Number(await page.locator('#qs-challenges-0-items-0-lon').inputValue());
  const lat = Number(await page.locator('#qs-challenges-0-items-0-lat').inputValue());
  expect(lon).toBeGreaterThan(0);
  expect(lat).toBeGreaterThan(33);

  // The empty fact is a problem beside its own field, in words.
  await expect(studio.locator('[data-field="/challenges/0/items/0/fact#en"]')).toHaveText(
    'To be written in this language.',
  );
  await type(page, 'qs-challenges-0-prompt-en', 'Place the city.');
  await type(page, 'qs-challenges-0-items-0-name-en', 'Almaty');
  await type(page, 'qs-challenges-0-items-0-fact-en', 'Almaty is the largest city of Kazakhstan.');
  await expect(studio.locator('[data-field="/challenges/0/items/0/fact#en"]')).toHaveText('');
  await page.screenshot({ path: `${SHOTS}/studio-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/studio-1920.png` });

  // Play this level: the real place challenge, with the words just typed.
  await studio.getByRole('button', { name: 'Play this level' }).click();
  await waitForScene(page, 'place');
  await expect
    .poll(async () => (await snapshot(page)).targets.map((t) => t.label).join(' '))
    .toContain('Almaty');

  // Back to the studio through the level select: nothing lost, and nothing lost on a reload either.
  await page.keyboard.press('Escape');
  await waitForScene(page, 'level-select');
  await click(page, 'level-select.studio');
  await waitForScene(page, 'studio');
  await expect(page.locator('#qs-challenges-0-items-0-fact-en')).toHaveValue(
    'Almaty is the largest city of Kazakhstan.',
  );
  await page.waitForTimeout(600);
  await page.goto('./#/levels');
  await page.reload();
  await waitForScene(page, 'level-select');
  await click(page, 'level-select.studio');
  await waitForScene(page, 'studio');
  await expect(page.locator('#qs-title-en')).toHaveValue('My Almaty level');

  // Export, then load that very file through "Load a level file".
  const download = page.waitForEvent('download');
  await page.getByTestId('studio').getByRole('button', { name: 'Export as .json' }).click();
  const file = await (await download).path();
  const text = readFileSync(file, 'utf8');
  await page.getByTestId('studio').getByRole('button', { name: '← Back' }).click();
  await waitForScene(page, 'title');
  await page.goto('./#/levels');
  await waitForScene(page, 'level-select');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'level-select.load-file');
  await (await chooser).setFiles({
    name: 'my-almaty.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect
    .poll(async () => ((await snapshot(page)).info.loadReport as string[]).join(' '))
    .toContain('was added');
  expect((await target(page, 'level.my-almaty')).label).toContain('My Almaty level');
  expect(errors).toEqual([]);
});
