import { describe, expect, it } from 'vitest';
import { Role } from '../enums.js';
import { ApiScope, Permission, canGrant, permissionsOn, reachRoots } from './access.js';

// Operator 1 → reseller 10 → customers 24, 44284; operator 1 → reseller 30 → customer 31.
const path = { 1: [1], 10: [1, 10], 24: [1, 10, 24], 44284: [1, 10, 44284], 30: [1, 30], 31: [1, 30, 31] } as const;

describe('reach', () => {
  const resellerAdmin = [{ companyId: 10, role: Role.ADMINISTRATOR }];

  it('covers the own company and every company below it', () => {
    for (const id of [10, 24, 44284] as const) expect(permissionsOn(resellerAdmin, path[id]).has(Permission.OFFERS_TERMINATE)).toBe(true);
  });

  it('stops at the branches of another reseller and at the companies above', () => {
    for (const id of [1, 30, 31] as const) expect(permissionsOn(resellerAdmin, path[id]).size).toBe(0);
  });

  it("gives a customer's user nothing on its reseller or its siblings", () => {
    const customer = [{ companyId: 24, role: Role.ADMINISTRATOR }];
    expect(permissionsOn(customer, path[24]).size).toBeGreaterThan(0);
    expect(permissionsOn(customer, path[10]).size).toBe(0);
    expect(permissionsOn(customer, path[44284]).size).toBe(0);
  });

  it('lets an operator reach the whole tree', () => {
    const operator = [{ companyId: 1, role: Role.READ_ONLY }];
    for (const id of [1, 10, 24, 30, 31] as const) expect(permissionsOn(operator, path[id]).has(Permission.BILLING_READ)).toBe(true);
  });
});

describe('roles', () => {
  const on24 = (role: Role) => permissionsOn([{ companyId: 24, role }], path[24]);

  it('keep a read-only user away from every write', () => {
    expect([...on24(Role.READ_ONLY)].sort()).toEqual([Permission.BILLING_READ, Permission.COMPANY_READ, Permission.OFFERS_READ]);
  });

  it('let billing users edit payment details but not terminate, and the reverse for orders', () => {
    expect(on24(Role.BILLING).has(Permission.BILLING_WRITE)).toBe(true);
    expect(on24(Role.BILLING).has(Permission.OFFERS_TERMINATE)).toBe(false);
    expect(on24(Role.ORDERS).has(Permission.OFFERS_TERMINATE)).toBe(true);
    expect(on24(Role.ORDERS).has(Permission.BILLING_WRITE)).toBe(false);
  });

  it('add up when a user holds several', () => {
    const both = permissionsOn([{ companyId: 24, role: Role.BILLING }, { companyId: 24, role: Role.ORDERS }], path[24]);
    expect(both.has(Permission.BILLING_WRITE) && both.has(Permission.OFFERS_TERMINATE)).toBe(true);
    expect(both.has(Permission.USERS_MANAGE)).toBe(false);
  });

  it('can only be granted by someone who manages users and holds all they give', () => {
    expect(canGrant(on24(Role.ADMINISTRATOR), Role.ADMINISTRATOR)).toBe(true);
    expect(canGrant(on24(Role.BILLING), Role.READ_ONLY)).toBe(false);
  });
});

describe('API token scopes', () => {
  const admin = [{ companyId: 10, role: Role.ADMINISTRATOR }];

  it('narrow the creator’s permissions to the token’s scopes', () => {
    const perms = permissionsOn(admin, path[24], [ApiScope.BILLING_READ]);
    expect([...perms]).toEqual([Permission.BILLING_READ]);
  });

  it('never widen them', () => {
    const readOnly = [{ companyId: 24, role: Role.READ_ONLY }];
    expect(permissionsOn(readOnly, path[24], Object.values(ApiScope)).has(Permission.OFFERS_TERMINATE)).toBe(false);
  });

  it('give the subtrees to search for a permission', () => {
    const grants = [{ companyId: 10, role: Role.READ_ONLY }, { companyId: 30, role: Role.ORDERS }];
    expect(reachRoots(grants, Permission.OFFERS_TERMINATE)).toEqual([30]);
    expect(reachRoots(grants, Permission.OFFERS_READ)).toEqual([10, 30]);
    expect(reachRoots(grants, Permission.OFFERS_READ, [ApiScope.BILLING_READ])).toEqual([]);
  });
});
