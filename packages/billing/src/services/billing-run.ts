import { type EntityManager } from '@mikro-orm/core';
import { Temporal } from 'temporal-polyfill';
import { addDays, documentTotals } from '@portal/kernel';
import { billableContractedOffers, billedAccountIds, type BillableOc } from '@portal/offers';
import { DocumentKind, InvoicePurpose } from '../enums.js';
import { type LineDraft } from '../rules/closing.js';
import { checkDocument } from '../rules/en16931.js';
import { adjustmentLines, monthlyLines } from '../rules/monthly-lines.js';
import { draftDocument, holdDocuments, releaseHeldMonthly, type HoldRequest } from './held-documents.js';
import { partiesOfAccounts } from './parties.js';
import { pgIntArray, pgTextArray } from '../rules/pg-arrays.js';
import { EventType, publishEvents } from '@portal/events';
import { formatDocumentNumber } from './numbering.js';
import { PAYMENT_TERM_DAYS, billedThrough } from './settlement.js';

export interface BillingRunOptions {
  /** The month billed, YYYY-MM: its invoices are issued on its first day, in advance. */
  period: string;
  /** Billing accounts per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Stops after this many batches (to show that an interrupted run resumes). */
  stopAfterBatches?: number;
  /**
   * Checks each invoice against the EN 16931 and French rules before it takes a number (default
   * true); false only to measure what the check costs (`pnpm bench`).
   */
  validate?: boolean;
  /** When held documents are recorded, and the time of the invoice.issued events; the current time by default. */
  now?: Date;
}

export interface BillingRunResult {
  period: string;
  invoices: number;
  lines: number;
  ocs: number;
  /** Accounts that already had their invoice for the period (a second run, or another worker). */
  alreadyInvoiced: number;
  /** Invoices not issued because they break a rule: held with their reasons, no number taken. */
  held: number;
  batches: number;
  seconds: number;
}

/** An OC billed this month (from offers' public entry) and the last day its recurring lines cover. */
type OcRow = BillableOc & { through: string | null };


/**
 * The monthly billing run: one invoice per billing account with the recurring fees of the month
 * in advance (and any unbilled days before it, the first month prorated from activation), the
 * setup fee on the first invoice. Accounts go by batches, each batch in one transaction that
 * first locks the year's invoice sequence: concurrent runs queue on it, see each other's
 * invoices and skip those accounts, and numbers stay unbroken. A batch that fails gives its
 * numbers back; a run stopped halfway resumes where it stopped; a second run issues nothing.
 * Before numbering, each invoice is checked against the EN 16931 and French rules: one that
 * fails is held with its reasons (no number taken, so the numbering stays gapless) and the next
 * run tries it again.
 */
export async function runMonthlyBilling(em: EntityManager, options: BillingRunOptions): Promise<BillingRunResult> {
  const started = performance.now();
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.period)) throw new RangeError('period: YYYY-MM');
  const first = Temporal.PlainDate.from(`${options.period}-01`);
  const periodStart = first.toString();
  const periodEnd = first.with({ day: first.daysInMonth }).toString();
  const issuedOn = periodStart;
  const dueOn = addDays(issuedOn, PAYMENT_TERM_DAYS);
  const year = first.year;
  const batchSize = options.batchSize ?? 1000;
  const conn = em.getConnection();

  // What to bill comes from offers' public entry; the accounts already invoiced for the month are left out.
  const invoiced = new Set(((await conn.execute(
    `select billed_company_id as id from invoice where purpose = 'MONTHLY' and period_start = cast(? as date)`,
    [periodStart],
  )) as { id: number }[]).map((r) => Number(r.id)));
  const accounts = (await billedAccountIds(em, periodEnd)).filter((id) => !invoiced.has(id));

  const result: BillingRunResult = { period: options.period, invoices: 0, lines: 0, ocs: 0, alreadyInvoiced: 0, held: 0, batches: 0, seconds: 0 };
  const validate = options.validate ?? true;
  const now = options.now ?? new Date();
  for (let i = 0; i < accounts.length; i += batchSize) {
    if (options.stopAfterBatches !== undefined && result.batches >= options.stopAfterBatches) break;
    const batch = accounts.slice(i, i + batchSize);
    await em.fork().transactional(async (tx) => {
      const c = tx.getConnection();
      const ctx = tx.getTransactionContext();
      await c.execute(`insert into document_sequence (kind, year, last_number) values ('INVOICE', ?, 0) on conflict do nothing`, [year], 'run', ctx);
      const [seq] = (await c.execute(`select last_number from document_sequence where kind = 'INVOICE' and year = ? for update`, [year], 'all', ctx)) as { last_number: number }[];
      // Accounts of the batch that another run invoiced meanwhile (it held the lock before us).
      const done = new Set(((await c.execute(
        `select billed_company_id as id from invoice where purpose = 'MONTHLY' and period_start = cast(? as date) and billed_company_id = any(cast(? as int[]))`,
        [periodStart, pgIntArray(batch)], 'all', ctx,
      )) as { id: number }[]).map((r) => Number(r.id)));
      const todo = batch.filter((id) => !done.has(id));
      const billable = await billableContractedOffers(tx, todo, periodEnd);
      const through = await billedThrough(tx, billable.map((oc) => oc.id));
      const ocs: OcRow[] = billable.map((oc) => ({ ...oc, through: through.get(oc.id) ?? null }));

      // Changes to a dearer offer on days already invoiced: their adjustment goes on this invoice.
      const changes = ocs.length === 0 ? [] : ((await c.execute(
        `select id, contracted_offer_id as oc, effective_on::text as effective_on, billed_through::text as billed_through, previous_monthly_cents as previous, new_monthly_cents as next
         from price_change where invoice_id is null and contracted_offer_id = any(cast(? as int[])) order by id`,
        [pgIntArray(ocs.map((oc) => oc.id))], 'all', ctx,
      )) as { id: number; oc: number; effective_on: string; billed_through: string; previous: number; next: number }[]);

      // Lines per account, in account order; accounts with nothing to bill get no invoice.
      const byAccount = new Map<number, { oc: OcRow; line: LineDraft }[]>();
      for (const oc of ocs) {
        const label = { reference: oc.reference, name: oc.name, vatRateBasisPoints: oc.vatRateBasisPoints, vatCategory: oc.vatCategory };
        const drafts: LineDraft[] = monthlyLines({
          ...label, monthlyPriceCents: oc.monthlyPriceCents, setupFeeCents: oc.setupFeeCents, activatedOn: oc.activatedOn, billedThrough: oc.through,
        }, periodStart, periodEnd);
        for (const change of changes.filter((ch) => Number(ch.oc) === oc.id)) {
          drafts.push(...adjustmentLines(label, { effectiveOn: change.effective_on, billedThrough: change.billed_through, previousMonthlyCents: change.previous, newMonthlyCents: change.next }));
        }
        if (drafts.length === 0) continue;
        const list = byAccount.get(oc.billingAccountId) ?? [];
        for (const line of drafts) list.push({ oc, line });
        byAccount.set(oc.billingAccountId, list);
        result.ocs++;
      }
      result.alreadyInvoiced += done.size;
      // Validation before numbering: an invoice that breaks a rule is held, and takes no number.
      const billed: number[] = [];
      const held: HoldRequest[] = [];
      const parties = validate ? await partiesOfAccounts(tx, [...byAccount.keys()]) : null;
      for (const [account, entries] of byAccount) {
        const lines = entries.map(({ line }) => line);
        const reasons = parties ? checkDocument(draftDocument(parties.get(account)!, lines, { kind: 'INVOICE', issuedOn, dueOn, periodStart, periodEnd, reason: null, correctedInvoice: null })) : [];
        if (reasons.length === 0) {
          billed.push(account);
          continue;
        }
        held.push({
          kind: DocumentKind.INVOICE, purpose: InvoicePurpose.MONTHLY, billedCompanyId: account, contractedOfferId: null, periodStart, periodEnd, reasons,
          draft: { lines: entries.map(({ oc, line }) => ({ ...line, contractedOfferId: oc.id })), dueOn, reason: null, correctedInvoiceId: null },
        });
      }
      await holdDocuments(tx, held, now);
      result.held += held.length;
      if (billed.length === 0) return;

      let last = Number(seq!.last_number);
      const inv = { number: [] as string[], seq: [] as number[], company: [] as number[], ht: [] as number[], tva: [] as number[], ttc: [] as number[] };
      for (const account of billed) {
        last++;
        const { totalExclVatCents: ht, totalVatCents: tva } = documentTotals(byAccount.get(account)!.map(({ line }) => line));
        inv.number.push(formatDocumentNumber(DocumentKind.INVOICE, year, last));
        inv.seq.push(last);
        inv.company.push(account);
        inv.ht.push(ht);
        inv.tva.push(tva);
        inv.ttc.push(ht + tva);
      }
      await c.execute(`update document_sequence set last_number = ? where kind = 'INVOICE' and year = ?`, [last, year], 'run', ctx);
      const created = (await c.execute(
        `insert into invoice (number, year, sequence_number, purpose, billed_company_id, period_start, period_end, issued_on, due_on, state, total_excl_vat_cents, total_vat_cents, total_incl_vat_cents)
         select n, ?, s, 'MONTHLY', c, cast(? as date), cast(? as date), cast(? as date), cast(? as date), 'ISSUED', ht, tva, ttc
         from unnest(cast(? as text[]), cast(? as int[]), cast(? as int[]), cast(? as int[]), cast(? as int[]), cast(? as int[])) as t(n, s, c, ht, tva, ttc)
         returning id, billed_company_id`,
        [year, periodStart, periodEnd, issuedOn, dueOn, pgTextArray(inv.number), pgIntArray(inv.seq), pgIntArray(inv.company), pgIntArray(inv.ht), pgIntArray(inv.tva), pgIntArray(inv.ttc)],
        'all', ctx,
      )) as { id: number; billed_company_id: number }[];
      const invoiceOf = new Map(created.map((r) => [Number(r.billed_company_id), Number(r.id)]));
      if (validate) await releaseHeldMonthly(tx, periodStart, new Map(billed.map((account, i) => [account, inv.number[i]!])), now);
      await publishEvents(tx, created.map((r) => ({ type: EventType.INVOICE_ISSUED, companyId: Number(r.billed_company_id), object: { type: 'Invoice', id: Number(r.id) }, at: now })), ctx);

      const cols = { invoice: [] as number[], position: [] as number[], kind: [] as string[], label: [] as string[], oc: [] as number[], unit: [] as number[], vat: [] as number[], category: [] as string[], ht: [] as number[], tva: [] as number[], from: [] as (string | null)[], to: [] as (string | null)[] };
      for (const account of billed) {
        byAccount.get(account)!.forEach(({ oc, line }, index) => {
          cols.invoice.push(invoiceOf.get(account)!);
          cols.position.push(index + 1);
          cols.kind.push(line.kind);
          cols.label.push(line.label);
          cols.oc.push(oc.id);
          cols.unit.push(line.unitPriceExclVatCents);
          cols.vat.push(line.vatRateBasisPoints);
          cols.category.push(line.vatCategory);
          cols.ht.push(line.totalExclVatCents);
          cols.tva.push(line.vatCents);
          cols.from.push(line.periodStart);
          cols.to.push(line.periodEnd);
        });
      }
      await c.execute(
        `insert into invoice_line (invoice_id, position, kind, label, contracted_offer_id, quantity, unit_price_excl_vat_cents, vat_rate_basis_points, vat_category, total_excl_vat_cents, vat_cents, period_start, period_end)
         select i, p, k, l, o, 1, u, v, g, h, t, cast(f as date), cast(e as date)
         from unnest(cast(? as int[]), cast(? as int[]), cast(? as text[]), cast(? as text[]), cast(? as int[]), cast(? as int[]), cast(? as int[]), cast(? as text[]), cast(? as int[]), cast(? as int[]), cast(? as text[]), cast(? as text[])) as t(i, p, k, l, o, u, v, g, h, t, f, e)`,
        [pgIntArray(cols.invoice), pgIntArray(cols.position), pgTextArray(cols.kind), pgTextArray(cols.label), pgIntArray(cols.oc), pgIntArray(cols.unit), pgIntArray(cols.vat), pgTextArray(cols.category), pgIntArray(cols.ht), pgIntArray(cols.tva), pgTextArray(cols.from), pgTextArray(cols.to)],
        'run', ctx,
      );
      // Each change is billed on its OC's account invoice of this run (none when that invoice is held).
      const accountOf = new Map(ocs.map((oc) => [oc.id, oc.billingAccountId]));
      const billedChanges = changes.flatMap((ch) => {
        const invoice = invoiceOf.get(accountOf.get(Number(ch.oc))!);
        return invoice === undefined ? [] : [[Number(ch.id), invoice] as const];
      });
      if (billedChanges.length) {
        await c.execute(
          `update price_change pc set invoice_id = t.invoice from unnest(cast(? as int[]), cast(? as int[])) as t(id, invoice) where pc.id = t.id`,
          [pgIntArray(billedChanges.map(([id]) => id)), pgIntArray(billedChanges.map(([, invoice]) => invoice))], 'run', ctx,
        );
      }
      result.invoices += billed.length;
      result.lines += cols.invoice.length;
    });
    result.batches++;
    options.onProgress?.(Math.min(i + batchSize, accounts.length), accounts.length);
  }
  result.seconds = Math.round((performance.now() - started) / 10) / 100;
  return result;
}
