import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, snapshot, waitForScene } from './game-page';

/** The timeline level ends fastest: check the order as dealt, then walk through the facts. */
const LEVEL = 'january-2022-day-by-day';
const LEVEL_TITLE_FR = 'Janvier 2022, jour après jour';

async function playQuickly(page: Page): Promise<void> {
  await page.goto(`./#/level/${LEVEL}`);
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

async function openLeaderboard(page: Page): Promise<void> {
  await page.goto('./');
  await click(page, 'title.leaderboard');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function giveName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Votre nom').fill(name);
  await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
  await expect(page.getByRole('status').first()).toHaveText(/Score enregistré sur cet appareil/);
}

/** The level's table: its caption is the level's title. */
function levelTable(page: Page) {
  return page.getByRole('table', { name: LEVEL_TITLE_FR });
}

test.describe('scores and the leaderboard', () => {
  test.use({ locale: 'fr-FR' });

  test('a finished level is saved, named, and still on the leaderboard after a reload', async ({ page }) => {
    const errors = collectErrors(page);
    await playQuickly(page);
    await expect(page.getByRole('heading', { level: 1, name: LEVEL_TITLE_FR })).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText(/Score enregistré sur cet appareil/);
    await expect(page.getByRole('table').first()).toContainText('Votre réponse');
    await expect(page.getByRole('button', { name: 'Rejouer' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Niveau suivant' })).toBeVisible();
    const info = (await snapshot(page)).info.results as { total: number; save: string };
    expect(info.save).toBe('saved');

    await giveName(page, 'Zoé Ærø');
    await expect(page.getByTestId('player-name')).toHaveText('Zoé Ærø');

    await page.reload();
    await openLeaderboard(page);
    const row = levelTable(page).getByRole('row', { name: /Zoé Ærø/ });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('vous');
    await expect(row).toContainText(new Intl.NumberFormat('fr').format(info.total));
    await expect(page.getByRole('table', { name: /Somme des meilleurs scores/ })).toContainText('Zoé Ærø');
    expect(errors).toEqual([]);
  });

  test('two tabs finishing at the same moment both keep their score', async ({ context }) => {
    // Two games at once, each drawing its own canvas in software.
    test.slow();
    const [first, second] = [await context.newPage(), await context.newPage()];
    await Promise.all([playQuickly(first), playQuickly(second)]);
    for (const page of [first, second])
      await expect(page.getByRole('status').first()).toHaveText(/Score enregistré sur cet appareil/);

    await openLeaderboard(first);
    await first.getByLabel('Niveau').selectOption(LEVEL);
    await expect(levelTable(first).locator('tbody tr')).toHaveCount(2);
  });

  test('a damaged saved score is reported while the others still show', async ({ page }) => {
    await openLeaderboard(page);
    // The game opens its database on its own time; opened first here, it would be made empty.
    await expect
      .poll(() => page.evaluate(async () => (await indexedDB.databases()).some((db) => db.name === 'qantar')))
      .toBe(true);
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('qantar');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('scores', 'readwrite');
      const store = tx.objectStore('scores');
      store.put({
        format: 1,
        id: 'kept',
        levelId: 'january-2022-day-by-day',
        mode: 'standard',
        difficulty: 'easy',
        playerId: 'someone',
        playerName: 'Aliya',
        points: 640,
        maxPoints: 1200,
        accuracy: 0.8,
        stars: 2,
        durationMs: 95_000,
        finishedAt: Date.UTC(2026, 0, 5, 9, 30),
      });
      store.put({ format: 1, id: 'damaged', levelId: 42, points: 'lots' });
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
    });
    await page.reload();
    await openLeaderboard(page);
    await expect(page.getByRole('alert')).toHaveText(/1 score enregistré est abîmé et a été ignoré/);
    await expect(levelTable(page).getByRole('row', { name: /Aliya/ })).toContainText('640');
  });

  test('without IndexedDB the level still plays and says scores cannot be saved', async ({ page }) => {
    const errors = collectErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('IndexedDB is disabled', 'SecurityError');
        },
      });
    });
    await playQuickly(page);
    await expect(page.getByRole('status').first()).toHaveText(
      /Score non enregistré\. Ce navigateur ne permet pas au jeu de garder des données/,
    );
    await expect(page.getByRole('button', { name: 'Rejouer' })).toBeEnabled();

    await page.getByRole('button', { name: 'Niveaux' }).click();
    await waitForScene(page, 'level-select');
    await openLeaderboard(page);
    await expect(page.getByRole('alert')).toHaveText(
      /Les scores ne peuvent pas être enregistrés sur cet appareil/,
    );
    expect(errors).toEqual([]);
  });

  test('a name that looks like markup is shown as text, never run', async ({ page }) => {
    const name = '<img src=x onerror=alert(1)>';
    page.on('dialog', (dialog) => {
      throw new Error(`A dialog opened: ${dialog.message()}`);
    });
    await playQuickly(page);
    await giveName(page, name);
    await expect(page.getByTestId('player-name')).toHaveText(name);
    await openLeaderboard(page);
    await expect(levelTable(page).getByRole('row', { name })).toHaveCount(1);
    expect(await page.locator('.qo-overlay img').count()).toBe(0);
  });

  test('exports a CSV with the right columns and accents, and a JSON that imports back once', async ({
    page,
  }) => {
    await playQuickly(page);
    await giveName(page, 'Zoé Ærø');
    await openLeaderboard(page);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en CSV (tableur)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^qantar-leaderboard-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await csv.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)).split('\r\n');
    expect(lines[0]).toBe(
      '"Niveau","Décompte","Difficulté","Rang","Joueur","Score","Maximum","Justesse (%)","Étoiles","Temps (s)","Date","Séance de classe"',
    );
    expect(lines[1]).toMatch(
      /^"Janvier 2022, jour après jour","Standard","Facile","1","Zoé Ærø","\d+","\d+","\d+","[0-3]",/,
    );

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter en JSON' }).click(),
    ]);
    const exported = readFileSync(await json.path(), 'utf8');
    expect(JSON.parse(exported).records[0].playerName).toBe('Zoé Ærø');

    await page.getByRole('button', { name: 'Effacer tous les scores…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Effacer tous les scores ?' });
    await expect(dialog.getByRole('button', { name: 'Garder les scores' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Supprimer tous les scores' }).click();
    await expect(page.getByText('Tous les scores ont été supprimés.')).toBeVisible();
    await expect(levelTable(page)).toHaveCount(0);

    const file = { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(exported) };
    await page.getByLabel('Importer un export JSON…').setInputFiles(file);
    await expect(page.getByText('1 score ajouté ; 0 déjà présent(s).')).toBeVisible();
    await expect(levelTable(page).getByRole('row', { name: /Zoé Ærø/ })).toHaveCount(1);
    await page.getByLabel('Importer un export JSON…').setInputFiles(file);
    await expect(page.getByText('0 score ajouté ; 1 déjà présent(s).')).toBeVisible();
    await expect(levelTable(page).getByRole('row', { name: /Zoé Ærø/ })).toHaveCount(1);
  });

  test('fair mode is chosen on the leaderboard and ranked apart', async ({ page }) => {
    await openLeaderboard(page);
    await page.getByRole('radio', { name: /Équitable : la justesse seulement/ }).check();
    await expect(page.getByLabel('Décompte', { exact: true })).toHaveValue('fair');
    await playQuickly(page);
    await expect(page.getByText(/Mode équitable : la justesse seulement/)).toBeVisible();
    const info = (await snapshot(page)).info.results as { total: number; points: number; mode: string };
    expect(info).toMatchObject({ mode: 'fair', total: info.points });
    await openLeaderboard(page);
    await expect(levelTable(page)).toHaveCount(1);
    await page.getByLabel('Décompte', { exact: true }).selectOption('standard');
    await expect(levelTable(page)).toHaveCount(0);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the results and the leaderboard read in English', async ({ page }) => {
    await playQuickly(page);
    await expect(page.getByRole('status').first()).toHaveText(/Score saved on this device/);
    await page.getByLabel('Your name').fill('Aliya Nurlanqyzy');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Leaderboard' }).click();
    await expect(page.getByRole('table', { name: 'January 2022, day by day' })).toContainText(
      'Aliya Nurlanqyzy',
    );
  });
});
