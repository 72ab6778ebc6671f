import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { click, collectErrors, waitForScene } from './game-page';

/** axe-core's serious and critical findings in a part of the page, one line each. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
}

test.describe('the classroom’s forms and reports', () => {
  // Reduced motion, as some teachers' machines ask: the pages then appear at once, so axe measures
  // the colours as they are, not halfway through a fade.
  test.use({ locale: 'fr-FR', reducedMotion: 'reduce' });
  test.setTimeout(240_000);

  test('pass axe-core with no serious violation, from set-up to the printed report', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('./');
    await waitForScene(page, 'title');
    await click(page, 'title.classroom');
    await expect(page.getByRole('heading', { level: 1, name: 'En classe' })).toBeVisible();
    expect(await seriousViolations(page, '.qo-overlay')).toEqual([]);

    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    expect(await seriousViolations(page, '.qo-overlay')).toEqual([]);
    await page.getByRole('button', { name: /Commencer la séance/ }).click();
    await expect(page.getByRole('alert')).toContainText('Donnez un nom à la classe.');
    await expect(page.getByLabel('Nom de la classe')).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page, '.qo-overlay')).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByLabel('Nom de la classe').fill('5e C');
    await page.getByLabel('Joueurs, un nom par ligne').fill('Zoé\nÉmile');
    await page.getByRole('checkbox', { name: /Les lieux de la crise/ }).check();
    await page.getByRole('radio', { name: /^Relais/ }).check();
    await page.getByRole('radio', { name: /Montrer seulement les 3 premiers/ }).check();
    await page.getByRole('button', { name: /Commencer la séance/ }).click();
    await waitForScene(page, 'classroom-turn');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('À Zoé de jouer');
    expect(await seriousViolations(page, '.qo-overlay')).toEqual([]);

    await page.getByRole('button', { name: /Commencer/ }).click();
    await waitForScene(page, 'place');
    expect(await seriousViolations(page, '.qc-turn-bar')).toEqual([]);
    await page.getByRole('button', { name: /Pause/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page, '.qc-dialog')).toEqual([]);
    await page.getByRole('button', { name: /Terminer la séance/ }).click();
    await page.getByRole('button', { name: 'Terminer maintenant' }).click();

    await waitForScene(page, 'classroom-results');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Résultats — 5e C');
    await expect(
      page.getByRole('heading', { name: /Fiche enseignant — Les lieux de la crise/ }),
    ).toBeVisible();
    expect(await seriousViolations(page, '.qo-overlay')).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1000, height: 4000 });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 720 });

    await page.getByRole('button', { name: /Séances/ }).click();
    await expect(page.getByTestId('session-status')).toHaveText(/Arrêtée avant la fin/);
    await page.getByRole('button', { name: 'Renommer' }).click();
    await page.getByLabel('Nouveau nom pour « 5e C »').fill('5e C — histoire');
    expect(await seriousViolations(page, '.qo-overlay')).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer le nom' }).click();
    await expect(page.getByRole('heading', { level: 3 })).toHaveText('5e C — histoire');
    await page.getByRole('button', { name: 'Supprimer' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousViolations(page, '.qo-overlay')).toEqual([]);
    await page.getByRole('button', { name: 'Supprimer la séance' }).click();
    await expect(page.getByText('Aucune séance pour l’instant.')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
