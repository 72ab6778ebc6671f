import { chromium } from '@playwright/test';

/** Debian's Chromium (Playwright cannot download its own here), rendering in software as in the e2e tests. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
export const VIEWPORT = { width: 1280, height: 720 };
const LOAD_TIMEOUT_MS = 60_000;

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `url` in a fresh context (empty cache and storage) and closes it whatever happens. */
async function withFreshPage(browser, prepare, use) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  try {
    await prepare?.(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const result = await use(page);
    return { ...result, errors };
  } finally {
    await context.close();
  }
}

async function markTime(page, mark) {
  await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 50,
  });
  return page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0].startTime, mark);
}

/**
 * One cold load: milliseconds from navigation to `mark`, and every URL the page had fully received
 * by then (the document first).
 */
export function coldLoad(browser, url, mark) {
  return withFreshPage(browser, null, async (page) => {
    await page.goto(url);
    const ms = await markTime(page, mark);
    const resources = await page.evaluate(
      (at) => [
        location.href.split('#')[0],
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => entry.responseEnd <= at)
          .map((entry) => entry.name),
      ],
      ms,
    );
    return { ms, resources };
  });
}

/**
 * A cold load of `#/level/<id>` on the place level, as a player opens a shared link (no probe): the
 * challenge scene's first frame, which shows a loading line until the atlas is there, then the first
 * frame with the map drawn and the cards ready to drag, marked by the place scene itself.
 */
export function coldLoadPlaceLevel(browser, url, levelId) {
  return withFreshPage(browser, null, async (page) => {
    await page.goto(`${url}#/level/${levelId}`);
    const firstFrameMs = await markTime(page, 'qantar:challenge-playable');
    const readyMs = await markTime(page, 'qantar:challenge-map-drawn');
    return { firstFrameMs, readyMs };
  });
}

const snapshot = (page) => page.evaluate(() => window.__qantarProbe.snapshot());

async function openPlaceLevel(page, url, levelId) {
  await page.goto(`${url}?probe#/level/${levelId}`);
  await page.waitForFunction(() => window.__qantarProbe?.snapshot().info.place?.ready === true, null, {
    timeout: LOAD_TIMEOUT_MS,
    polling: 100,
  });
}

async function recordFrames(page, during) {
  await page.evaluate(() => {
    const frames = [];
    let last = null;
    window.__benchFrames = frames;
    window.__benchRecording = true;
    const tick = (time) => {
      if (last !== null) frames.push(time - last);
      last = time;
      if (window.__benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await during();
  return page.evaluate(() => {
    window.__benchRecording = false;
    return window.__benchFrames;
  });
}

/** Frame times while the player drags the map around for `ms`, then while zooming with the wheel. */
export function measureMapInteraction(browser, url, levelId, ms) {
  return withFreshPage(browser, null, async (page) => {
    await openPlaceLevel(page, url, levelId);
    await sleep(1_000);
    const { map } = (await snapshot(page)).info.place;
    const centre = { x: map.x + map.width / 2, y: map.y + map.height / 2 };
    // At zoom 1 the whole map is in view and a drag cannot pan it: zoom in first, as a player would.
    await page.mouse.move(centre.x, centre.y);
    for (let notch = 0; notch < 6; notch++) {
      await page.mouse.wheel(0, -100);
      await sleep(50);
    }
    await sleep(1_000);
    const drag = await recordFrames(page, async () => {
      await page.mouse.move(centre.x, centre.y);
      await page.mouse.down();
      const start = Date.now();
      while (Date.now() - start < ms) {
        const t = (Date.now() - start) / 1_000;
        // A slow figure of eight over the middle of the map, like a player looking around.
        await page.mouse.move(
          centre.x + Math.sin(t * 1.7) * map.width * 0.3,
          centre.y + Math.sin(t * 3.4) * map.height * 0.25,
        );
        await sleep(8);
      }
      await page.mouse.up();
    });
    await sleep(500);
    const zoom = await recordFrames(page, async () => {
      await page.mouse.move(centre.x, centre.y);
      const start = Date.now();
      for (let step = 0; Date.now() - start < ms; step++) {
        await page.mouse.wheel(0, Math.floor(step / 10) % 2 === 0 ? -100 : 100);
        await sleep(16);
      }
    });
    return { drag, zoom };
  });
}

/**
 * Plays the place level to its end as a player would: each card dropped on its place, each fact
 * card closed. Returns false if the scene stops offering what the probe describes.
 */
async function playPlaceLevel(page) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const state = await snapshot(page);
    if (!state.scenes.includes('place')) return state.scenes.includes('results');
    const info = state.info.place;
    const next = state.targets.find((target) => target.id === 'place.continue');
    if (info?.ready && info.revealing && next) {
      await page.mouse.click(next.cx, next.cy);
    } else if (info?.ready && info.remaining.length > 0) {
      const id = info.remaining[0];
      const card = state.targets.find((target) => target.id === `place.card.${id}`);
      const place = info.places.find((candidate) => candidate.id === id);
      if (card && place?.onMap) {
        await page.mouse.move(card.cx, card.cy);
        await page.mouse.down();
        await page.mouse.move(place.x, place.y, { steps: 8 });
        await page.mouse.up();
      }
    }
    await sleep(150);
  }
  return false;
}

/**
 * JS heap (after a forced garbage collection) when the place level has loaded, after one play and
 * after `plays` plays, each replay started with the results screen's Retry. If a play cannot be
 * finished, the level is opened again through its link, without a reload.
 */
export function measureHeap(browser, url, levelId, plays) {
  return withFreshPage(browser, null, async (page) => {
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await sleep(500);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await openPlaceLevel(page, url, levelId);
    const afterLoad = await heap();
    let completed = 0;
    let afterOne = Number.NaN;
    // Halfway, for the growth per play once the first plays have warmed up V8 and Phaser's caches.
    let afterHalf = Number.NaN;
    for (let play = 1; play <= plays; play++) {
      if (play > 1) {
        const retry = (await snapshot(page)).targets.find((target) => target.id === 'results.retry');
        if (retry) await page.mouse.click(retry.cx, retry.cy);
        else {
          // Through the level select without reloading, so the heap keeps what earlier plays left.
          await page.evaluate(() => {
            location.hash = '#/levels';
          });
          await sleep(500);
          await page.evaluate((id) => {
            location.hash = `#/level/${id}`;
          }, levelId);
        }
        await page.waitForFunction(() => window.__qantarProbe.snapshot().info.place?.ready === true, null, {
          timeout: LOAD_TIMEOUT_MS,
          polling: 100,
        });
      }
      if (await playPlaceLevel(page)) completed += 1;
      if (play === 1) afterOne = await heap();
      if (play === Math.ceil(plays / 2)) afterHalf = await heap();
    }
    return { afterLoad, afterOne, afterHalf, afterAll: await heap(), completed };
  });
}

/**
 * Writes `count` valid scores straight into the game's IndexedDB store, as years of classroom use
 * would. Mirrors version 1 of src/services/storage/qantar-database.ts: bump it with the database.
 */
async function seedScores({ count, levelIds }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('qantar', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('scores', { keyPath: 'id' });
      request.result.createObjectStore('review', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction('scores', 'readwrite');
  const store = tx.objectStore('scores');
  for (let index = 0; index < count; index++) {
    const maxPoints = 1_400;
    const points = (index * 37) % (maxPoints + 1);
    store.put({
      format: 1,
      id: `bench-${index}`,
      levelId: levelIds[index % levelIds.length],
      mode: index % 3 === 0 ? 'fair' : 'standard',
      difficulty: index % 4 === 0 ? 'hard' : 'easy',
      playerId: `player-${index % 300}`,
      playerName: `Player ${index % 300}`,
      points,
      maxPoints,
      accuracy: points / maxPoints,
      stars: Math.min(3, Math.floor((points / maxPoints) * 4)),
      durationMs: 60_000 + ((index * 7_919) % 600_000),
      finishedAt: Date.UTC(2025, 0, 1) + index * 3_600_000,
      ...(index % 5 === 0 ? { classroom: `class-${index % 7}` } : {}),
    });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Times, in the page, from the click on `Leaderboard` to the first frame after its scores are shown. */
function watchLeaderboard(count) {
  window.__benchLeaderboard = new Promise((resolve) => {
    addEventListener(
      'click',
      () => {
        const start = performance.now();
        const check = () => {
          const info = window.__qantarProbe.snapshot().info.leaderboard;
          if (info?.loaded && info.records >= count)
            requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { capture: true, once: true },
    );
  });
}

async function openLeaderboardFromTitle(page, count) {
  await page.waitForFunction(
    () => window.__qantarProbe?.snapshot().targets.some((target) => target.id === 'title.leaderboard'),
    null,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 },
  );
  await page.evaluate(watchLeaderboard, count);
  const button = (await snapshot(page)).targets.find((target) => target.id === 'title.leaderboard');
  await page.mouse.click(button.cx, button.cy);
  return page.evaluate(() => window.__benchLeaderboard);
}

/**
 * Opens the leaderboard with `count` stored scores the way a player does: the title screen's
 * Leaderboard button, on a fresh page, then again after Escape. Milliseconds from the click to the
 * first frame showing the scores; the second opening finds the levels and the database ready.
 */
export function measureLeaderboard(browser, url, levelIds, count) {
  return withFreshPage(browser, null, async (page) => {
    await page.goto(`${url}?probe`);
    await page.waitForFunction(() => window.__qantarProbe?.snapshot().scenes.includes('title'), null, {
      timeout: LOAD_TIMEOUT_MS,
      polling: 100,
    });
    await page.evaluate(seedScores, { count, levelIds });
    const firstMs = await openLeaderboardFromTitle(page, count);
    await page.keyboard.press('Escape');
    const againMs = await openLeaderboardFromTitle(page, count);
    return { firstMs, againMs };
  });
}
