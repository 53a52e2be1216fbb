import { defineConfig } from 'vite';

/** Shared through the import map (micro-frontends are imported by name at run time). */
const shared = ['single-spa', '@urql/core', '@portal/graphql-client'];

export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: 'src/main.ts', formats: ['es'], fileName: () => 'shell.js' },
    rolldownOptions: { external: shared, output: { minify: true } },
  },
});
