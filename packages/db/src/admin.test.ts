import { describe, expect, it } from 'vitest';
import { scratchDatabaseName } from './admin.js';

describe('scratch database names (the bench billing copy, the migration diff)', () => {
  it('differ between two runs of the same purpose in one process, so two runs on one server never clobber each other', () => {
    const a = scratchDatabaseName('bench_billing_run');
    const b = scratchDatabaseName('bench_billing_run');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^portal_bench_billing_run_\d+_[0-9a-f]{12}$/);
    expect(a.length).toBeLessThanOrEqual(63); // PostgreSQL's identifier limit
  });

  it('refuses a purpose that is not a plain identifier', () => {
    expect(() => scratchDatabaseName('x"; drop database test')).toThrow(/unsafe/);
  });
});
