import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium when present (CI and these machines cannot download Playwright's own). */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Another port and build folder let two checkouts or two people run the browser tests side by side. */
const port = Number(process.env.QANTAR_E2E_PORT ?? 4317);
const buildFolder = process.env.QANTAR_E2E_DIST ?? 'dist-test';
/** The Qantar Live server (server/main.ts) for tests/e2e/live.spec.ts, serving the same build, saving into a fresh folder. */
const livePort = Number(process.env.QANTAR_E2E_LIVE_PORT ?? 4318);
const liveData = join(tmpdir(), `qantar-e2e-live-${livePort}-${process.pid}`);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  // Software WebGL on a shared 2-core machine can miss a frame; one retry in CI keeps a slow frame from failing a run,
  // and a test that fails twice still fails.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 720 },
    trace: 'retain-on-failure',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      command: `npx vite preview --mode test --outDir ${buildFolder} --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node --import tsx server/main.ts --host 127.0.0.1 --port ${livePort} --dist ${buildFolder} --data-dir ${liveData}`,
      url: `http://127.0.0.1:${livePort}/live/status`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
