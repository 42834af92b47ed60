/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Tauri loads the built files from disk, so assets are referenced relatively.
export default defineConfig({
  base: './',
  plugins: [react()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The flow editor and the charts are chunks loaded when shown, and ELK runs in a worker
    // script: all same-origin files, so the CSP stays simple (no eval, no blob:, no remote).
    // What loads at start is held to 500 kB by scripts/check-chunk-size.mjs.
    chunkSizeWarningLimit: 1024,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
