import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/csp-plugin';

export default defineConfig(({ mode }) => ({
  base: './',
  publicDir: 'assets',
  // The built page carries its Content-Security-Policy (scripts/csp-plugin.ts).
  plugins: [cspPlugin()],
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
