import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Shared through the shell's import map, never bundled here. */
const shared = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];

/** The stylesheet is not imported by the components (pages link it once): emit it beside ui.js. */
function stylesheet(): Plugin {
  const source = new URL('./src/ui.css', import.meta.url);
  return {
    name: 'portal-ui-stylesheet',
    apply: 'build',
    buildStart() {
      this.addWatchFile(source.pathname);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'ui.css', source: readFileSync(source, 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [react(), stylesheet()],
  build: {
    outDir: 'dist-web',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'ui.js' },
    rolldownOptions: {
      output: { minify: true },
      external: (id) => shared.includes(id) || id.startsWith('react/') || id.startsWith('react-dom/'),
    },
  },
});
