import { describe, expect, it } from 'vitest';
import { compareResults } from './compare.js';
import { figures } from './results.js';
import { matchStatements } from './statements.js';

describe('bench results', () => {
  it('lists every number of a result file by its path, leaving out lists and text', () => {
    const found = figures({ at: 'x', companies: 5, results: { a: { what: 'w', p50: 1.5 } }, statements: { users: { statements: 8, repeated: [{ times: 2 }] } } });
    expect([...found]).toEqual([['companies', 5], ['results.a.p50', 1.5], ['statements.users.statements', 8]]);
  });

  it('compares two runs figure by figure, b / a', () => {
    const a = { at: '1', commit: 'c1', companies: 10, ocs: 100, requests: 4, concurrency: 2, results: { x: { p50: 10, requestsPerSecond: 4 } } };
    const b = { at: '2', commit: 'c2', companies: 10, ocs: 100, requests: 4, concurrency: 2, results: { x: { p50: 15 } }, billingRun: { seconds: 3 } };
    const table = compareResults(a, b, ['a.json', 'b.json']);
    expect(table).toContain('| results.x.p50 | 10 | 15 | 1.5 |');
    expect(table).toContain('| results.x.requestsPerSecond | 4 | – | – |');
    expect(table).toContain('| billingRun.seconds | – | 3 | – |');
    expect(table).not.toContain('| companies |');
    expect(table).not.toContain('not made with the same settings');
    expect(compareResults(a, { ...b, ocs: 200 })).toContain('not made with the same settings');
  });

  it("matches the gateway's logged statements with the baseline's, placeholders and line breaks aside", () => {
    const gateway = ['select a from t where id = ?', 'select ancestor_id from company_tree where descendant_id = ?', 'select ancestor_id from company_tree where descendant_id = ?'];
    const baseline = ['select ancestor_id from company_tree where descendant_id = $1', 'select a\n  from t where id = $1', 'select ancestor_id from company_tree where descendant_id = $1'];
    expect(matchStatements(gateway, baseline)).toMatchObject({ gateway: 3, baseline: 3, same: true });
    expect(matchStatements(gateway, baseline.slice(0, 2))).toMatchObject({ same: false, onlyGateway: ['select ancestor_id from company_tree where descendant_id = ?'], onlyBaseline: [] });
  });
});
