import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishBuild, publishShared, registerTrustedDocuments, type PublishedBuild } from './publish.js';

/** Where this repository's builds are: the apps' dist/, the shared dependencies, the UI kit. */
export function versionOf(root: string, app: string): string {
  return (JSON.parse(readFileSync(join(root, 'apps', app, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Publishes one app of apps/ (`shell` or `mfe-…`): its dist/ unless another folder is given, and
 * registers its operations (src/gql/persisted-documents.json) as trusted documents.
 */
export function publishApp(root: string, staticDir: string, app: string, dist = join(root, 'apps', app, 'dist'), version = versionOf(root, app)): PublishedBuild {
  const documents = join(root, 'apps', app, 'src', 'gql', 'persisted-documents.json');
  if (existsSync(documents)) registerTrustedDocuments(staticDir, JSON.parse(readFileSync(documents, 'utf8')) as Record<string, string>);
  return publishBuild(staticDir, { specifier: `@portal/${app}`, path: app === 'shell' ? 'shell' : `mfe/${app}`, version, dist, entry: `${app}.js` });
}

export function publishSharedBuilds(root: string, staticDir: string): void {
  publishShared(staticDir, {
    sharedDeps: join(root, 'packages', 'shared-deps', 'dist'),
    ui: join(root, 'packages', 'ui', 'dist-web'),
    importMapOverrides: join(root, 'apps', 'shell', 'node_modules', 'import-map-overrides', 'dist', 'import-map-overrides-api.js'),
  });
}

/** The micro-frontends of apps/ that have a build. */
export function builtMicroFrontends(root: string): string[] {
  return readdirSync(join(root, 'apps'))
    .filter((app) => app.startsWith('mfe-') && existsSync(join(root, 'apps', app, 'dist', `${app}.js`)))
    .sort();
}

/** Shared dependencies, the shell and every built micro-frontend. */
export function publishAll(root: string, staticDir: string): PublishedBuild[] {
  publishSharedBuilds(root, staticDir);
  return [publishApp(root, staticDir, 'shell'), ...builtMicroFrontends(root).map((app) => publishApp(root, staticDir, app))];
}
