import { defineConfig } from 'vite';

/**
 * A standalone ES build of the client (dist/graphql-client.js, @urql/core left external). The
 * browser gets its copy from packages/shared-deps, which builds the same source.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'graphql-client.js' },
    rolldownOptions: { external: ['@urql/core'] },
  },
});
