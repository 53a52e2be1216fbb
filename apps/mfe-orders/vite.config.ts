import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Shared in the browser through the import map: never bundled here. */
const shared = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'single-spa', '@urql/core', '@portal/graphql-client', '@portal/ui'];

export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Workspace packages (the password rules shared with the server) are bundled from their source.
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: 'src/main.tsx', formats: ['es'], fileName: () => 'mfe-orders.js' },
    rolldownOptions: { external: shared, output: { minify: true } },
  },
});
