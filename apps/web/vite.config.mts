import { defineConfig } from 'vitest/config';
import { inlineGraphQLDocuments } from './inline-graphql-documents';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [inlineGraphQLDocuments(`${import.meta.dirname}/src`)],
  build: { outDir: '../../dist/web', emptyOutDir: true },
  // Module workers (the password strength worker) split like the client: zxcvbn's dictionaries
  // stay a chunk of their own that the worker loads with the first password.
  worker: { format: 'es' },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:3000', ws: true },
      '/export': 'http://localhost:3000',
    },
  },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts?(x)'] },
});
