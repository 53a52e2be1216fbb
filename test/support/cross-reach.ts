import { type TestDatabase } from './database.js';

/**
 * OCs whose end customer and billing account are in different reaches, as the model allows (a
 * customer of one reseller paid for by a company of another branch):
 *
 * - OC900001 is used by OIP-00044284 (Revendeur présentation's customer), at its site LILLE, and
 *   paid by OIP-00000031 (the other reseller's customer);
 * - OC900002 is used by OIP-00000031, at its head office in Bordeaux, and paid by OIP-00044660
 *   (Revendeur présentation's customer).
 *
 * Each reseller sees both OCs, each with one company (and for OC900002 the site) out of its reach.
 */
export async function addCrossReachOcs(db: TestDatabase): Promise<void> {
  const sql = (text: string) => db.orm.em.getConnection().execute(text);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, order_type, delivered_on, activated_on, monthly_price_cents)
    select 'OC900001', 'Numéro partagé Lille', o.id, 44284, 31, s.id, 'DELIVERED', 'CREATION', date '2026-01-15', date '2026-01-15', 300
    from offer o, site s where o.code = 'NUM-GEO' and s.company_id = 44284 and s.name = 'LILLE'`);
  await sql(`insert into contracted_offer (reference, name, offer_id, end_customer_id, billing_account_id, site_id, state, order_type, delivered_on, activated_on, monthly_price_cents)
    select 'OC900002', 'Numéro partagé Bordeaux', o.id, 31, 44660, s.id, 'DELIVERED', 'CREATION', date '2026-02-01', date '2026-02-01', 300
    from offer o, site s where o.code = 'NUM-GEO' and s.company_id = 31 and s.is_head_office`);
  await sql(`insert into oc_service (contracted_offer_id, kind, identifier, porting_code, state)
    select id, 'PHONE_NUMBER', case reference when 'OC900001' then '+33320999001' else '+33556999002' end, null, 'ACTIVE' from contracted_offer where reference in ('OC900001', 'OC900002')`);
}
