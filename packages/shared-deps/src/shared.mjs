// The shared specifiers of the portal's import map that this package builds, and how.
// (@portal/ui is shared too, but built by packages/ui into dist-web/.)

/**
 * kind 'cjs': a CommonJS package (React 19 publishes no ES build); its names are re-exported
 * explicitly. kind 'esm': an ES package, re-exported with `export *`.
 * file: the base of the output file name (dist/<file>-<hash>.js).
 */
export const SHARED = [
  { specifier: 'react', file: 'react', kind: 'cjs' },
  { specifier: 'react-dom', file: 'react-dom', kind: 'cjs' },
  { specifier: 'react-dom/client', file: 'react-dom-client', kind: 'cjs' },
  { specifier: 'react/jsx-runtime', file: 'react-jsx-runtime', kind: 'cjs' },
  { specifier: 'single-spa', file: 'single-spa', kind: 'esm' },
  { specifier: '@urql/core', file: 'urql-core', kind: 'esm' },
  // Built from its TypeScript source (the "source" export condition).
  { specifier: '@portal/graphql-client', file: 'graphql-client', kind: 'esm', conditions: ['source'] },
];

/** Every specifier built here: each build leaves all the others external. */
export const SPECIFIERS = SHARED.map((d) => d.specifier);

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval'.split(' '),
);

/** The names a CommonJS module's exports object offers as ES named exports. */
export function exportNames(moduleExports) {
  return Object.keys(moduleExports)
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name) && name !== '__esModule')
    .sort();
}
