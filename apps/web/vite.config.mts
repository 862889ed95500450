import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The web application. `vite build` writes to dist/web (or MNIO_WEB_OUT_DIR, used by the browser tests), which
 * the API serves. Vite 8 compiles JSX with Oxc (no @vitejs/plugin-react: its optional Babel peer conflicts with Jest's).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: process.env.MNIO_WEB_OUT_DIR || fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // jsdom renders of whole pages take seconds on a loaded 2-core machine: a timeout is a failure of the machine, not of the page.
    testTimeout: 30_000,
  },
});
