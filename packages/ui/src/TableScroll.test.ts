// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const apps = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'apps');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' || name === 'dist' || name === 'node_modules' ? [] : sources(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

describe('TableScroll', () => {
  it('is the only box a table scrolls in, in every area (a bare .pui-table-wrap is a scroll region no keyboard reaches)', () => {
    const bare = readdirSync(apps)
      .flatMap((app) => (statSync(join(apps, app, 'src'), { throwIfNoEntry: false })?.isDirectory() ? sources(join(apps, app, 'src')) : []))
      .filter((file) => readFileSync(file, 'utf8').includes('className="pui-table-wrap"'));
    expect(bare).toEqual([]);
  });
});
