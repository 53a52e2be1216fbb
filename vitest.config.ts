import { createRequire } from 'node:module';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the "source" condition, so tests run
// the code as written (one copy of every entity class) without a build step in between.
const conditions = ['source', ...defaultServerConditions];

// graphql 16 ships CommonJS (main) and ESM (module) builds; type-graphql and Apollo load the
// CommonJS one, so the sources must too, or two copies of graphql meet in one schema.
const graphqlMain = createRequire(new URL('./packages/kernel/package.json', import.meta.url)).resolve('graphql');

export default defineConfig({
  // Legacy decorators with metadata, as tsc emits them (see tsconfig.base.json).
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { conditions, alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'apps/*/src/**/*.test.ts', 'apps/*/src/**/*.test.tsx', 'tools/src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // A poll waits for what a user would wait for (a quote, a refetch); on a loaded 2-core machine
    // the default second is too short and fails journeys that are right.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
