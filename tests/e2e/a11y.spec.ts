import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { collectErrors, snapshot, waitForScene } from './game-page';

/** axe-core's serious and critical findings on the whole page, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
    );
}

/** What a screen-reader user does: find a button by its name, move the focus onto it, press Enter. */
async function press(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
}

test.describe('the canvas screens for a screen reader', () => {
  test.use({ locale: 'fr-FR', reducedMotion: 'reduce' });
  // Two page loads and axe-core on a shared two-core machine.
  test.setTimeout(150_000);

  test('lead from the title to the first challenge of a level with names and the keyboard only', async ({
    page,
  }) => {
    const errors = collectErrors(page);
    await page.goto('./');
    await waitForScene(page, 'title');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { name: 'Qantar' })).toBeAttached();
    // Play has the focus on arrival, in the canvas and in the page.
    await expect(page.getByRole('button', { name: 'Jouer' })).toBeFocused();
    await expect(page.locator('live-region #polite')).toHaveText('Qantar');
    // Arrow down moves the game's focus, and the page's focus goes along.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('button', { name: 'Classement' })).toBeFocused();

    await press(page, 'Jouer');
    await waitForScene(page, 'level-select');
    await expect(page.getByRole('heading', { name: 'Choisir un niveau' })).toBeAttached();
    await press(page, /Les lieux de la crise/);
    await waitForScene(page, 'place');
    expect((await snapshot(page)).scenes).not.toContain('level-select');
    expect(errors).toEqual([]);
  });

  test('give every control a name in the chosen language, over the control it stands for', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForScene(page, 'title');
    const play = (await snapshot(page)).targets.find((target) => target.id === 'title.play');
    const box = await page.getByRole('button', { name: 'Jouer' }).boundingBox();
    expect(play && box).toBeTruthy();
    if (!play || !box) return;
    expect(Math.abs(box.x - play.x)).toBeLessThan(2);
    expect(Math.abs(box.y - play.y)).toBeLessThan(2);
    expect(Math.abs(box.width - play.width)).toBeLessThan(2);

    // The hidden buttons never take a click: a click on Play's place reaches the canvas.
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'false');
    await press(page, 'English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Play' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Jouer' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
    const playNow = (await snapshot(page)).targets.find((target) => target.id === 'title.play');
    if (!playNow) throw new Error('Play is not on screen');
    await page.mouse.click(playNow.cx, playNow.cy);
    await waitForScene(page, 'level-select');
    await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  });

  test('pass axe-core on the title and the level select', async ({ page }) => {
    await page.goto('./');
    await waitForScene(page, 'title');
    await expect(page.getByRole('button', { name: 'Jouer' })).toBeAttached();
    expect(await seriousViolations(page)).toEqual([]);
    await press(page, 'Jouer');
    await waitForScene(page, 'level-select');
    await expect(page.getByRole('heading', { name: 'Choisir un niveau' })).toBeAttached();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('keep the display settings over a reload', async ({ page }) => {
    await page.goto('./');
    await waitForScene(page, 'title');
    await press(page, 'Réglages');
    const dialog = page.getByRole('dialog', { name: 'Réglages d’affichage' });
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('checkbox', { name: 'Contraste élevé' }).check();
    await dialog.getByRole('radio', { name: '150 %' }).check();
    await dialog.getByRole('radio', { name: 'Moins d’animations' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(dialog).toHaveCount(0);
    // Back on the title, the focus is on the button that opened the settings.
    await expect(page.getByRole('button', { name: 'Réglages' })).toBeFocused();

    await page.reload();
    await waitForScene(page, 'title');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
    await press(page, 'Réglages');
    await expect(page.getByRole('checkbox', { name: 'Contraste élevé' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '150 %' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Moins d’animations' })).toBeChecked();
  });
});

test.describe('the title on small and zoomed screens', () => {
  const sizes = [
    { name: 'a landscape phone', viewport: { width: 844, height: 390 }, touch: true },
    { name: 'a portrait phone', viewport: { width: 390, height: 844 }, touch: true },
    { name: '200 % zoom of 1280×720', viewport: { width: 640, height: 360 }, touch: false },
  ];
  for (const size of sizes) {
    test(`lets every control be pressed, none covering another, on ${size.name}`, async ({ browser }) => {
      const context = await browser.newContext({
        viewport: size.viewport,
        hasTouch: size.touch,
        isMobile: size.touch,
        deviceScaleFactor: 2,
        locale: 'ru-RU',
      });
      const page = await context.newPage();
      await page.goto('./');
      await waitForScene(page, 'title');
      const targets = (await snapshot(page)).targets;
      for (const target of targets) {
        expect(target.x, target.id).toBeGreaterThanOrEqual(0);
        expect(target.y + target.height, target.id).toBeLessThanOrEqual(size.viewport.height + 1);
        if (size.touch) {
          expect(target.width, target.id).toBeGreaterThanOrEqual(44);
          expect(target.height, target.id).toBeGreaterThanOrEqual(44);
        }
        for (const other of targets) {
          if (other === target || other.id === 'title.sound') continue;
          if (target.id === 'title.sound') continue;
          const apart =
            target.x + target.width <= other.x + 1 ||
            other.x + other.width <= target.x + 1 ||
            target.y + target.height <= other.y + 1 ||
            other.y + other.height <= target.y + 1;
          expect(apart, `${target.id} and ${other.id} overlap`).toBe(true);
        }
      }
      await page.screenshot({
        path: `/tmp/shots-a11y/title-${size.viewport.width}x${size.viewport.height}.png`,
      });
      // The classroom button is there to be pressed: a tap on it opens the classroom.
      const classroom = targets.find((target) => target.id === 'title.classroom');
      expect(classroom).toBeTruthy();
      if (size.touch && classroom) await page.touchscreen.tap(classroom.cx, classroom.cy);
      else if (classroom) await page.mouse.click(classroom.cx, classroom.cy);
      await waitForScene(page, 'classroom');
      await context.close();
    });
  }
});
