import { Company, CompanyUniverse, Site } from '@portal/company';
import { ContractedOffer, OcService, Offer, Order, SalesAdmin, addMonthsClamped, commitmentEnd, addDays, monthBounds, todayInParis } from '@portal/offers';
import { RoleAssignment, TermsOfUse, User, UserState, hashPassword } from '@portal/identity';
import {
  CreditNote, CreditNoteLine, DocumentKind, Invoice, InvoiceLine, InvoicePurpose, InvoiceState, LineKind,
  documentTotals, frenchDate, lineAmounts, takeDocumentNumber,
} from '@portal/billing';
import { type Em } from '../orm.js';
import { CUSTOMER_24_ID, demoCompanies } from './demo-companies.js';
import { demoContractedOffers, demoOffers, recentContractedOffers } from './demo-offers.js';
import { seedCatalogue } from './demo-catalogue.js';
import { DEMO_PASSWORD, demoTerms, demoUsers } from './demo-users.js';
import { seedEInvoicingSamples } from './e-invoicing-samples.js';

export { DEMO_PASSWORD };

/**
 * The three closed months before the current one, which the demo invoices cover, and when each
 * was paid (null: still due). Loaded in November 2026: August (paid 10/09), September (paid
 * 09/10) and October (due).
 */
function demoMonths(today: string): { month: string; paidOn: string | null }[] {
  const current = monthBounds(today).first;
  const month = (back: number) => addMonthsClamped(current, -back);
  return [
    { month: month(3), paidOn: addDays(month(2), 9) },
    { month: month(2), paidOn: addDays(month(1), 8) },
    { month: month(1), paidOn: null },
  ];
}

async function seedCompanies(em: Em): Promise<Map<string, Site>> {
  const sites = new Map<string, Site>();
  // Parents first, one flush each, so the closure-table trigger always finds the parent's rows.
  for (const c of demoCompanies) {
    const company = em.create(Company, {
      id: c.id,
      reference: `OIP-${String(c.id).padStart(8, '0')}`,
      legalName: c.legalName,
      siren: c.siren,
      legalForm: c.legalForm,
      createdAt: new Date(c.createdAt),
      parent: c.parentId === null ? null : em.getReference(Company, c.parentId),
      ...(c.state ? { state: c.state } : {}),
      ...(c.financialStatus ? { financialStatus: c.financialStatus } : {}),
      ...(c.guaranteeType ? { guaranteeType: c.guaranteeType } : {}),
      website: c.website ?? null,
      shareCapitalCents: c.shareCapitalCents ?? null,
      registryCity: c.registryCity ?? null,
      electronicAddress: c.electronicAddress !== undefined ? c.electronicAddress : c.siren,
    });
    for (const universe of c.universes) em.create(CompanyUniverse, { company, universe, grantedAt: new Date(c.createdAt) });
    for (const s of c.sites) {
      const site = em.create(Site, { company, ...s, createdAt: new Date(c.createdAt) });
      sites.set(`${c.id}/${s.name}`, site);
    }
    await em.flush();
  }
  await em.getConnection().execute(
    "select setval(pg_get_serial_sequence('company', 'id'), (select max(id) from company))",
    [], 'all', em.getTransactionContext(),
  );
  return sites;
}

async function seedOffers(em: Em, sites: Map<string, Site>, today: string): Promise<ContractedOffer[]> {
  const charlotte = em.create(SalesAdmin, { displayName: 'Charlotte M.', email: 'charlotte.m@operateur.example' });
  const offers = new Map(demoOffers.map((o) => [o.code, em.create(Offer, { ...o })]));
  const result: ContractedOffer[] = [];
  for (const d of [...demoContractedOffers, ...recentContractedOffers(today)]) {
    const offer = offers.get(d.offer)!;
    const customer = em.getReference(Company, d.customerId);
    const oc = em.create(ContractedOffer, {
      reference: d.reference,
      name: d.name,
      offer,
      endCustomer: customer,
      billingAccount: customer,
      site: sites.get(`${d.customerId}/${d.site}`)!,
      salesAdmin: d.salesAdmin ? charlotte : null,
      orderType: d.order?.type ?? undefined,
      state: d.state,
      deliveredOn: d.deliveredOn,
      activatedOn: d.activatedOn,
      commitmentEndsOn: commitmentEnd(d.activatedOn, offer.commitmentMonths),
      monthlyPriceCents: offer.monthlyPriceCents,
      createdAt: new Date(`${d.deliveredOn}T09:00:00Z`),
    });
    if (d.order) {
      oc.order = em.create(Order, { ...d.order, company: customer, contractedOffer: oc });
    }
    for (const s of d.services) em.create(OcService, { contractedOffer: oc, ...s });
    result.push(oc);
  }
  await em.flush();
  await seedCatalogue(em, offers as Map<string, Offer>);
  return result;
}

async function seedUsers(em: Em, now: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of demoUsers) {
    const company = em.getReference(Company, u.companyId);
    const user = em.create(User, {
      login: u.login, firstName: u.firstName, lastName: u.lastName, email: u.email, company,
      state: UserState.ACTIVE, passwordHash, passwordChangedAt: now,
    });
    for (const role of u.roles) em.create(RoleAssignment, { user, company, role });
  }
  // Not accepted by anyone: the first login shows the terms, as in the source.
  em.create(TermsOfUse, { ...demoTerms });
  await em.flush();
}

/** Monthly invoices of every demo billing account, and one credit note for OIP-00000024. */
async function seedInvoices(em: Em, ocs: ContractedOffer[], today: string): Promise<void> {
  const byAccount = Map.groupBy(ocs, (oc) => oc.billingAccount.id);
  const months = demoMonths(today);
  const refundedMonth = months.at(-1)!.month;
  let refundable: Invoice | undefined;
  for (const { month, paidOn } of months) {
    const { first, last } = monthBounds(month);
    const issuedOn = addDays(last, 1);
    for (const [accountId, accountOcs] of byAccount) {
      const lines = accountOcs.map((oc, i) => ({
        position: i + 1,
        kind: LineKind.RECURRING,
        label: `${oc.reference} — ${oc.name} — abonnement du ${frenchDate(first)} au ${frenchDate(last)}`,
        contractedOffer: oc,
        quantity: 1,
        unitPriceExclVatCents: oc.monthlyPriceCents,
        vatRateBasisPoints: oc.offer.vatRateBasisPoints,
        ...lineAmounts(1, oc.monthlyPriceCents, oc.offer.vatRateBasisPoints),
        periodStart: first,
        periodEnd: last,
      }));
      const numbering = await takeDocumentNumber(em, DocumentKind.INVOICE, Number(issuedOn.slice(0, 4)));
      const invoice = em.create(Invoice, {
        ...numbering,
        purpose: InvoicePurpose.MONTHLY,
        billedCompany: em.getReference(Company, accountId),
        periodStart: first,
        periodEnd: last,
        issuedOn,
        dueOn: addDays(issuedOn, 30),
        state: paidOn ? InvoiceState.PAID : InvoiceState.ISSUED,
        paidOn,
        ...documentTotals(lines),
      });
      for (const line of lines) em.create(InvoiceLine, { invoice, ...line });
      if (accountId === CUSTOMER_24_ID && month === refundedMonth) refundable = invoice;
      await em.flush();
    }
  }
  if (!refundable) return;
  // Five days (the 10th to the 14th) of the last invoiced month refunded prorata temporis after an
  // outage, on the 5th of the current month (or today, if earlier): in November 2026,
  // 8900 × 5 / 31 = 1435 cents for 10/10/2026–14/10/2026, issued on 05/11/2026.
  const fibre = ocs.find((oc) => oc.reference === 'OC160001')!;
  const { last } = monthBounds(refundedMonth);
  const outage = { from: addDays(refundedMonth, 9), to: addDays(refundedMonth, 13) };
  const refund = lineAmounts(1, Math.round((fibre.monthlyPriceCents * 5) / Number(last.slice(8))), fibre.offer.vatRateBasisPoints);
  const fifth = addDays(monthBounds(today).first, 4);
  const issuedOn = fifth < today ? fifth : today;
  const numbering = await takeDocumentNumber(em, DocumentKind.CREDIT_NOTE, Number(issuedOn.slice(0, 4)));
  const creditNote = em.create(CreditNote, {
    ...numbering,
    billedCompany: refundable.billedCompany,
    invoice: refundable,
    contractedOffer: fibre,
    reason: `Remboursement prorata temporis : interruption de service du ${frenchDate(outage.from)} au ${frenchDate(outage.to)}`,
    issuedOn,
    refundDueOn: addDays(issuedOn, 10),
    ...documentTotals([{ ...refund, vatRateBasisPoints: fibre.offer.vatRateBasisPoints }]),
  });
  em.create(CreditNoteLine, {
    creditNote, position: 1, kind: LineKind.PRORATA_REFUND, label: `${fibre.reference} — remboursement de 5 jours d'abonnement`,
    contractedOffer: fibre, quantity: 1, unitPriceExclVatCents: refund.totalExclVatCents,
    vatRateBasisPoints: fibre.offer.vatRateBasisPoints, ...refund, periodStart: outage.from, periodEnd: outage.to,
  });
  await em.flush();
}

/**
 * Loads the demo data of the README into an empty database, in one transaction. Returns false
 * and changes nothing when the database already has companies. The source guides' own records
 * keep their dates; the recent OCs, the invoices and the credit note are dated from `now` (the
 * day in Paris), so the demo looks the same whatever day it is loaded.
 */
export async function seedDemoData(em: Em, now: Date, options: { eInvoicingSamples?: boolean } = {}): Promise<boolean> {
  const today = todayInParis(now);
  return em.transactional(async (tx) => {
    if ((await tx.count(Company, {})) > 0) return false;
    const sites = await seedCompanies(tx);
    const ocs = await seedOffers(tx, sites, today);
    await seedUsers(tx, now);
    await seedInvoices(tx, ocs, today);
    if (options.eInvoicingSamples) await seedEInvoicingSamples(tx, today);
    return true;
  });
}
