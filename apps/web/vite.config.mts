import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: '../../dist/web', emptyOutDir: true },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/export': 'http://localhost:3000',
    },
  },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts?(x)'] },
});
