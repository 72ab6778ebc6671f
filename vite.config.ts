import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './scripts/csp-plugin';

export default defineConfig(({ mode }) => ({
  base: './',
  publicDir: 'assets',
  // The built page carries its Content-Security-Policy (scripts/csp-plugin.ts).
  plugins: [
    cspPlugin(),
    // Offline play after one visit: a service worker precaches the whole build (src/services/pwa-updates.ts registers it).
    VitePWA({
      // A new version waits until the player accepts it: never swapped under a level being played.
      registerType: 'prompt',
      // Registered by the game itself, only in a secure context (no inline script: the CSP stays as it is).
      injectRegister: false,
      manifest: {
        name: 'Qantar',
        short_name: 'Qantar',
        description: 'Qantar — learn recent geopolitics on a real map.',
        display: 'fullscreen',
        background_color: '#1d2b36',
        theme_color: '#1d2b36',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // The code (levels and texts are in its chunks), the geometry, the fonts, the sounds.
        globPatterns: ['**/*.{html,js,css,json,woff2,wav,mp3,svg}'],
        // A static build's "live: false" must never answer for the Live server, which serves its own.
        globIgnores: ['live/**'],
        maximumFileSizeToCacheInBytes: 8 * 2 ** 20,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/live\//],
        // The address's query (?probe) and hash are the game's own: the same page answers them all.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: mode === 'test' ? 'dist-test' : 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser changes rarely; its own chunk stays cached across game updates.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
}));
