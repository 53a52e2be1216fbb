import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '@portal/db';
import { isValidIban, isValidSiren, sirenWithCheckDigit } from '@portal/company';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TEST_NOW } from '../support/env.js';

/**
 * The database itself refuses bad data, whoever writes it: these statements bypass the
 * application on purpose.
 */
let db: TestDatabase;
const sql = (text: string, params: unknown[] = []) => db.orm.em.getConnection().execute(text, params);
const refused = (text: string, params: unknown[] = []) => expect(sql(text, params)).rejects.toThrow();

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm.em.fork(), TEST_NOW);
});
afterAll(() => db?.close());

const company = (id: number, extra = '') =>
  `insert into company (id, reference, legal_name, siren, legal_form, parent_id) values (${id}, 'OIP-${String(id).padStart(8, '0')}', 'Test ${id}', ${extra || 'null'}, 'SAS', 10)`;

describe('the database refuses', () => {
  it('a duplicate company reference, OC reference, order reference, login and invoice number', async () => {
    await refused(`insert into company (reference, legal_name, legal_form) values ('OIP-00000024', 'Copie', 'SAS')`);
    await refused(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, monthly_price_cents)
      select 'OC150943', 'Copie', offer_id, end_customer_id, billing_account_id, site_id, 100 from contracted_offer limit 1`);
    await refused(`insert into customer_order (reference, type, company_id, ordered_on) values ('COM32623', 'CREATION', 24, '2026-01-01')`);
    await refused(`insert into app_user (login, email, first_name, last_name, company_id) values ('E-0000000024', 'x@y.fr', 'X', 'Y', 24)`);
    await refused(`insert into invoice (number, year, sequence_number, purpose, billed_company_id, period_start, period_end, issued_on, due_on, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents)
      values ('F-2026-000001', 2026, 1, 'CLOSING', 24, '2026-11-01', '2026-11-30', '2026-12-01', '2026-12-31', 0, 0, 0)`);
  });

  it('malformed references and logins', async () => {
    await refused(`insert into company (reference, legal_name, legal_form) values ('OIP-123', 'Mauvaise référence', 'SAS')`);
    await refused(`insert into app_user (login, email, first_name, last_name, company_id) values ('E-12345', 'x@y.fr', 'X', 'Y', 24)`);
    await refused(`insert into customer_order (reference, type, company_id, ordered_on) values ('CMD1', 'CREATION', 24, '2026-01-01')`);
  });

  it('an invalid SIREN, such as the one printed in the source guide', async () => {
    await refused(company(900, "'895556554'"));
    await refused(company(901, "'12345678'"));
    await sql(company(902, `'${sirenWithCheckDigit('12345678')}'`));
  });

  it('an IBAN failing mod-97, a malformed BIC, a SEPA method without mandate', async () => {
    const site = (iban: string, bic: string, mandate: string | null) =>
      `insert into site (company_id, name, address_line1, postal_code, city, payment_method, iban, bic, sepa_mandate_reference)
       values (24, 'Test', '1 rue', '75001', 'Paris', 'SEPA_DIRECT_DEBIT', '${iban}', '${bic}', ${mandate ? `'${mandate}'` : 'null'})`;
    await refused(site('FR7730006000011234567890189', 'BNPAFRPP', 'RUM-1'));
    await refused(site('FR7630006000011234567890189', 'BNP', 'RUM-1'));
    await refused(site('FR7630006000011234567890189', 'BNPAFRPP', null));
    await sql(site('FR7630006000011234567890189', 'BNPAFRPP', 'RUM-1'));
  });

  it('a second head office, but accepts one again once the first is closed', async () => {
    const headOffice = `insert into site (company_id, name, is_head_office, address_line1, postal_code, city) values (24, 'Nouveau siège', true, '2 rue', '69001', 'Lyon')`;
    await refused(headOffice);
    await sql(`update site set state = 'CLOSED' where company_id = 24 and is_head_office`);
    await sql(headOffice);
  });

  it('negative amounts on offers, OCs, lines and totals', async () => {
    await refused(`insert into offer (code, name, monthly_price_cents) values ('NEG', 'Négative', -1)`);
    await refused(`update contracted_offer set monthly_price_cents = -100 where reference = 'OC150943'`);
    await refused(`update invoice_line set total_excl_vat_cents = -1 where id = (select min(id) from invoice_line)`);
    await refused(`update invoice_line set unit_price_excl_vat_cents = -1 where id = (select min(id) from invoice_line)`);
    await refused(`update invoice set total_incl_vat_cents = total_incl_vat_cents + 1 where id = (select min(id) from invoice)`);
  });

  it('an orphan invoice line, credit note line or service', async () => {
    await refused(`insert into invoice_line (invoice_id, position, kind, label, unit_price_excl_vat_cents, vat_rate_basis_points, total_excl_vat_cents, vat_cents)
      values (999999, 1, 'RECURRING', 'Orpheline', 100, 2000, 100, 20)`);
    await refused(`insert into credit_note_line (credit_note_id, position, kind, label, unit_price_excl_vat_cents, vat_rate_basis_points, total_excl_vat_cents, vat_cents)
      values (999999, 1, 'PRORATA_REFUND', 'Orpheline', 100, 2000, 100, 20)`);
    await refused(`insert into oc_service (contracted_offer_id, kind, identifier) values (999999, 'PHONE_NUMBER', '+33100000000')`);
  });

  it('a second live termination of one OC, and an effective date before the desired one', async () => {
    const terminate = (desired: string, effective: string) =>
      `insert into termination (contracted_offer_id, desired_on, effective_on, requested_by_id)
       select oc.id, '${desired}', '${effective}', u.id from contracted_offer oc, app_user u where oc.reference = 'OC94529' and u.login = 'E-0000000010'`;
    await refused(terminate('2026-12-10', '2026-12-01'));
    await sql(terminate('2026-12-10', '2027-01-10'));
    await refused(terminate('2026-12-15', '2027-01-15'));
    await refused(`update termination set early_termination_fee_cents = -1`);
  });

  it('an active phone number on two OCs, and a malformed RIO', async () => {
    await refused(`insert into oc_service (contracted_offer_id, kind, identifier) select id, 'PHONE_NUMBER', '+33442270001' from contracted_offer where reference = 'OC160002'`);
    await refused(`insert into oc_service (contracted_offer_id, kind, identifier, porting_code) select id, 'PHONE_NUMBER', '+33100000001', 'RIO' from contracted_offer where reference = 'OC160002'`);
  });

  it('unknown enum values', async () => {
    await refused(`update company set state = 'DORMANT' where id = 24`);
    await refused(`update contracted_offer set state = 'LOST' where reference = 'OC150943'`);
  });
});

describe('SQL checks agree with the code rules', () => {
  it('on SIREN and IBAN samples', async () => {
    const sirens = ['895556553', '895556554', '552100554', '000000000', '123456789', '12345678A', ...Array.from({ length: 40 }, (_, i) => String(100_000_000 + i * 7_654_321).slice(0, 9))];
    const ibans = ['FR7630006000011234567890189', 'FR7730006000011234567890189', 'DE89370400440532013000', 'GB82WEST12345698765432', 'FR76', 'fr7630006000011234567890189'];
    const [r] = (await sql(`select array(select portal_is_valid_siren(s) from unnest(cast(? as text[])) with ordinality as t(s, n) order by n) as sirens,
      array(select portal_is_valid_iban(s) from unnest(cast(? as text[])) with ordinality as t(s, n) order by n) as ibans`, [`{${sirens.join(',')}}`, `{${ibans.join(',')}}`])) as { sirens: boolean[]; ibans: boolean[] }[];
    expect(r!.sirens).toEqual(sirens.map(isValidSiren));
    expect(r!.ibans).toEqual(ibans.map((i) => i === i.toUpperCase() && isValidIban(i)));
  });

  it('folds accents and case for search', async () => {
    const [r] = (await sql(`select portal_fold('Société ÉLECTRICITÉ Cœur d''Azur') as folded`)) as { folded: string }[];
    expect(r!.folded).toBe('societe electricite coeur d azur');
  });
});

describe('the management tree', () => {
  const ancestors = async (id: number) =>
    ((await sql('select ancestor_id from company_tree where descendant_id = ? order by depth desc', [id])) as { ancestor_id: number }[]).map((r) => r.ancestor_id);

  it('follows a move of a whole subtree and refuses a cycle', async () => {
    await sql(`insert into company (id, reference, legal_name, legal_form, parent_id) values (500, 'OIP-00000500', 'Sous-revendeur', 'SAS', 10)`);
    await sql(`insert into company (id, reference, legal_name, legal_form, parent_id) values (501, 'OIP-00000501', 'Client du sous-revendeur', 'SAS', 500)`);
    expect(await ancestors(501)).toEqual([1, 10, 500, 501]);
    await sql('update company set parent_id = 30 where id = 500');
    expect(await ancestors(501)).toEqual([1, 30, 500, 501]);
    expect(await ancestors(500)).toEqual([1, 30, 500]);
    await refused('update company set parent_id = 501 where id = 500');
    await refused('update company set parent_id = 500 where id = 500');
    expect(await ancestors(501)).toEqual([1, 30, 500, 501]);
  });
});
