import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One owner per rule (see README, Architecture): each domain writes only its own entities and
 * tables, and reads another's through that domain's public entry. These read the source as text.
 */
const root = resolve(import.meta.dirname, '..', '..');

/** The non-test TypeScript sources below a folder, as [path, text]. */
function sources(dir: string): [string, string][] {
  const base = join(root, dir);
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .map((f) => [join(dir, f), readFileSync(join(base, f), 'utf8')]);
}

const OFFERS_TABLES = ['contracted_offer', 'offer', 'termination', 'oc_service', 'sales_admin', '"order"'];
const OFFERS_ENTITIES = ['ContractedOffer', 'Offer', 'Termination', 'OcService', 'SalesAdmin', 'Order'];

describe('billing and offers', () => {
  const billing = sources('packages/billing/src');

  it('billing names no table of offers in its SQL', () => {
    const tableUse = new RegExp(`\\b(from|join|update|into)\\s+(${OFFERS_TABLES.join('|')})\\b`, 'i');
    expect(billing.filter(([, text]) => tableUse.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('billing creates, updates or deletes no offers entity and sets no field of an OC or a termination', () => {
    const entities = OFFERS_ENTITIES.join('|');
    const writes = [
      new RegExp(`\\b(create|nativeUpdate|nativeDelete|upsert|remove)\\((${entities})\\b`),
      /\b(oc|termination|service)\.\w+\s*=(?!=)/,
    ];
    const found = billing.flatMap(([path, text]) => writes.filter((w) => w.test(text)).map((w) => `${path} ${w}`));
    expect(found).toEqual([]);
  });

  it('billing spells no state of an OC as a string', () => {
    expect(billing.filter(([, text]) => /'(DELIVERED|TERMINATION_REQUESTED|TERMINATED|ORDERED)'/.test(text)).map(([path]) => path)).toEqual([]);
  });
});

describe('the gateway', () => {
  const gateway = sources('apps/gateway/src');

  it('defines no domain route: exports and documents are the domains\' plugins', () => {
    expect(gateway.filter(([, text]) => /\bapp\.(get|post|route)\(\s*[`'"]\/(exports|documents)\//.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('holds no domain resolver: only the API version is its own', () => {
    const resolvers = gateway.flatMap(([path, text]) => [...text.matchAll(/@Resolver\([^)]*\)\s*export class (\w+)/g)].map((m) => `${path} ${m[1]}`));
    expect(resolvers).toEqual(['apps/gateway/src/schema.ts ApiVersionResolver']);
  });
});
