import { Company, CompanyUniverse, LegalForm, PaymentMethod, Site, Universe, ibanFromBban, sirenWithCheckDigit } from '@portal/company';
import {
  CreditNote, CreditNoteLine, DocumentKind, Invoice, InvoiceLine, InvoicePurpose, LineKind,
  checkBeforeNumbering, describeViolations, documentTotals, frenchDate, lineAmounts, takeDocumentNumber, type LineDraft,
} from '@portal/billing';
import { VatCategory, addDays } from '@portal/kernel';
import { ContractedOffer, ContractedOfferState, Offer } from '@portal/offers';
import { type Em } from '../orm.js';
import { RESELLER_ID } from './demo-companies.js';

/** The customer of the e-invoicing samples: two sites, so that its lines name where each service is delivered. */
export const MULTISITE_ID = 50;

function line(label: string, unit: number, rate: number, category: VatCategory, period: { from: string; to: string } | null, quantity = 1): LineDraft {
  return {
    kind: period ? LineKind.RECURRING : LineKind.SETUP, label, quantity, unitPriceExclVatCents: unit, vatRateBasisPoints: rate, vatCategory: category,
    ...lineAmounts(quantity, unit, rate), periodStart: period?.from ?? null, periodEnd: period?.to ?? null,
  };
}

/** Issues one sample the way every document is issued: checked against the rules first, then numbered. */
async function issue(
  em: Em, kind: DocumentKind, companyId: number, lines: (LineDraft & { oc?: ContractedOffer })[],
  facts: { purpose?: InvoicePurpose; issuedOn: string; periodStart: string; periodEnd: string; reason?: string; corrected?: Invoice },
): Promise<Invoice | CreditNote> {
  const dueOn = addDays(facts.issuedOn, kind === DocumentKind.INVOICE ? 30 : 10);
  const reasons = await checkBeforeNumbering(em, companyId, lines, {
    kind: kind === DocumentKind.INVOICE ? 'INVOICE' : 'CREDIT_NOTE', issuedOn: facts.issuedOn, dueOn, periodStart: facts.periodStart, periodEnd: facts.periodEnd,
    reason: facts.reason ?? null, correctedInvoice: facts.corrected ? { number: facts.corrected.number, issuedOn: facts.corrected.issuedOn } : null,
  });
  if (reasons.length > 0) throw new Error(`demo sample breaks ${describeViolations(reasons).join('; ')}`);
  const numbering = await takeDocumentNumber(em, kind, Number(facts.issuedOn.slice(0, 4)));
  const billedCompany = em.getReference(Company, companyId);
  const rows = lines.map(({ oc, ...l }, i) => ({ position: i + 1, contractedOffer: oc ?? null, ...l }));
  if (kind === DocumentKind.INVOICE) {
    const invoice = em.create(Invoice, {
      ...numbering, purpose: facts.purpose ?? InvoicePurpose.MONTHLY, billedCompany, periodStart: facts.periodStart, periodEnd: facts.periodEnd,
      issuedOn: facts.issuedOn, dueOn, ...documentTotals(lines),
    });
    for (const row of rows) em.create(InvoiceLine, { invoice, ...row });
    await em.flush();
    return invoice;
  }
  const creditNote = em.create(CreditNote, {
    ...numbering, billedCompany, invoice: facts.corrected!, reason: facts.reason!, issuedOn: facts.issuedOn, refundDueOn: dueOn, ...documentTotals(lines),
  });
  for (const row of rows) em.create(CreditNoteLine, { creditNote, ...row });
  await em.flush();
  return creditNote;
}

/**
 * One document of each kind the portal issues, each validated before it took its number, for the
 * demo (not for the test suite's data): a monthly invoice of many lines with long labels for a
 * customer with two sites, with a 0 % line (zero rated) and an exempt one; a reverse-charge
 * monthly invoice to the reseller (autoliquidation of electronic communications, CGI art. 283-2
 * octies); a closing invoice with an early-termination fee; and a credit note.
 */
export async function seedEInvoicingSamples(em: Em, today: string): Promise<void> {
  const company = em.create(Company, {
    id: MULTISITE_ID, reference: `OIP-${String(MULTISITE_ID).padStart(8, '0')}`, legalName: 'Société Multisites Démo', siren: sirenWithCheckDigit('81234567'),
    legalForm: LegalForm.SAS, parent: em.getReference(Company, RESELLER_ID), createdAt: new Date('2021-04-01T08:00:00Z'), electronicAddress: null,
  });
  company.electronicAddress = company.siren;
  em.create(CompanyUniverse, { company, universe: Universe.CLIENT, grantedAt: new Date('2021-04-01T08:00:00Z') });
  const paris = em.create(Site, {
    company, name: 'Siège Social', isHeadOffice: true, addressLine1: '18 rue du Faubourg Saint-Antoine', postalCode: '75011', city: 'Paris',
    paymentMethod: PaymentMethod.SEPA_DIRECT_DEBIT, iban: ibanFromBban('FR', '30004000031234567890143'), bic: 'BNPAFRPPXXX', sepaMandateReference: 'RUM-MULTI-0001', createdAt: new Date('2021-04-01T08:00:00Z'),
  });
  const marseille = em.create(Site, { company, name: 'Agence de Marseille', isHeadOffice: false, addressLine1: '45 La Canebière', postalCode: '13001', city: 'Marseille', createdAt: new Date('2021-04-01T08:00:00Z') });
  await em.flush();
  const fibre = await em.findOneOrFail(Offer, { code: 'FIBRE-PRO' });
  const oc = (reference: string, site: Site) => em.create(ContractedOffer, {
    reference, name: `Fibre Pro 1 Gb/s — ${site.name}`, offer: fibre, endCustomer: company, billingAccount: company, site, state: ContractedOfferState.DELIVERED,
    deliveredOn: '2025-06-16', activatedOn: '2025-06-16', commitmentEndsOn: '2027-06-15', monthlyPriceCents: fibre.monthlyPriceCents, createdAt: new Date('2025-06-16T09:00:00Z'),
  });
  const ocParis = oc('OC170001', paris);
  const ocMarseille = oc('OC170002', marseille);
  await em.flush();

  const first = `${today.slice(0, 7)}-01`;
  const month = { from: addDays(first, -1).slice(0, 8) + '01', to: addDays(first, -1) };
  const issuedOn = today;
  const label = (site: string, what: string) =>
    `${what} — ${site} — abonnement du ${frenchDate(month.from)} au ${frenchDate(month.to)}, service de communications électroniques professionnelles avec garantie de temps de rétablissement de quatre heures ouvrées et supervision proactive`;
  const many: (LineDraft & { oc?: ContractedOffer })[] = [];
  for (let i = 1; i <= 24; i++) {
    const [site, theOc] = i % 2 ? ['Siège Social', ocParis] : ['Agence de Marseille', ocMarseille];
    many.push({ ...line(label(site, `Ligne SDA n° ${String(i).padStart(2, '0')}`), 300 + i, 2000, VatCategory.STANDARD, month), oc: theOc });
  }
  many.push(line('Liaison internationale hors Union européenne (taux zéro)', 4500, 0, VatCategory.ZERO_RATED, month));
  many.push(line('Formation des agents à la téléphonie (organisme de formation, exonérée)', 25000, 0, VatCategory.EXEMPT, null));
  const monthly = (await issue(em, DocumentKind.INVOICE, MULTISITE_ID, many, { issuedOn, periodStart: month.from, periodEnd: month.to })) as Invoice;

  await issue(em, DocumentKind.INVOICE, RESELLER_ID, [
    line(`Minutes de trafic de gros revendues — du ${frenchDate(month.from)} au ${frenchDate(month.to)}`, 120, 0, VatCategory.REVERSE_CHARGE, month, 1500),
  ], { issuedOn, periodStart: month.from, periodEnd: month.to });

  await issue(em, DocumentKind.INVOICE, MULTISITE_ID, [
    { ...line(`OC170002 — Fibre Pro 1 Gb/s — abonnement du ${frenchDate(month.from)} au ${frenchDate(month.to)} (prorata temporis)`, 4307, 2000, VatCategory.STANDARD, { from: month.from, to: addDays(month.from, 14) }), oc: ocMarseille },
    { ...line(`OC170002 — Fibre Pro 1 Gb/s — frais de résiliation anticipée (fin de service le ${frenchDate(addDays(month.from, 14))})`, 62300, 2000, VatCategory.STANDARD, null), oc: ocMarseille, kind: LineKind.EARLY_TERMINATION_FEE },
  ], { purpose: InvoicePurpose.CLOSING, issuedOn, periodStart: month.from, periodEnd: addDays(month.from, 14) });

  await issue(em, DocumentKind.CREDIT_NOTE, MULTISITE_ID, [
    { ...line(`Ligne SDA n° 01 — remboursement prorata temporis du ${frenchDate(month.from)} au ${frenchDate(addDays(month.from, 4))}`, 49, 2000, VatCategory.STANDARD, { from: month.from, to: addDays(month.from, 4) }), oc: ocParis, kind: LineKind.PRORATA_REFUND },
  ], { issuedOn, periodStart: month.from, periodEnd: addDays(month.from, 4), reason: `Geste commercial : interruption du ${frenchDate(month.from)} au ${frenchDate(addDays(month.from, 4))}`, corrected: monthly });
}
