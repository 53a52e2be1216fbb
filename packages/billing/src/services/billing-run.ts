import { type EntityManager } from '@mikro-orm/core';
import { Temporal } from 'temporal-polyfill';
import { type VatCategory, addDays, documentTotals, lineAmounts, type LineAmounts } from '@portal/kernel';
import { DocumentKind, InvoicePurpose, LineKind } from '../enums.js';
import { chargesToBill, recurringLine, type LineDraft } from '../rules/closing.js';
import { checkDocument } from '../rules/en16931.js';
import { draftDocument, holdDocuments, releaseHeldMonthly, type HoldRequest } from './held-documents.js';
import { partiesOfAccounts } from './parties.js';
import { pgIntArray, pgTextArray } from '../rules/pg-arrays.js';
import { EventType, publishEvents } from '@portal/events';
import { formatDocumentNumber } from './numbering.js';
import { PAYMENT_TERM_DAYS } from './settlement.js';

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
  /** Of `seconds`, the validation before numbering: the batches' parties read and the rules checked. */
  validationSeconds: number;
}

interface OcRow {
  id: number;
  reference: string;
  name: string;
  account: number;
  monthly: number;
  activated_on: string;
  vat: number;
  category: VatCategory;
  setup_fee: number;
  through: string | null;
}

function setupLine(oc: OcRow): LineDraft {
  const amounts: LineAmounts = lineAmounts(1, oc.setup_fee, oc.vat);
  return { kind: LineKind.SETUP, label: `${oc.reference} — ${oc.name} — frais de mise en service`, quantity: 1, unitPriceExclVatCents: oc.setup_fee, vatRateBasisPoints: oc.vat, vatCategory: oc.category, ...amounts, periodStart: null, periodEnd: null };
}

const BILLABLE = "oc.state in ('DELIVERED', 'TERMINATION_REQUESTED') and oc.activated_on is not null and oc.activated_on <= cast(? as date)";

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

  const accounts = ((await conn.execute(
    `select distinct oc.billing_account_id as id from contracted_offer oc where ${BILLABLE}
       and not exists (select 1 from invoice i where i.billed_company_id = oc.billing_account_id and i.purpose = 'MONTHLY' and i.period_start = cast(? as date))
     order by 1`,
    [periodEnd, periodStart],
  )) as { id: number }[]).map((r) => Number(r.id));

  const result: BillingRunResult = { period: options.period, invoices: 0, lines: 0, ocs: 0, alreadyInvoiced: 0, held: 0, batches: 0, seconds: 0, validationSeconds: 0 };
  const validate = options.validate ?? true;
  // Documents of this period held by an earlier run, released as their accounts get their invoice;
  // none (the usual case): no statement per batch for it. One held by this run is not billed in it.
  const heldBefore = validate && ((await conn.execute(
    `select exists (select 1 from held_document where purpose = 'MONTHLY' and released_at is null and period_start = cast(? as date)) as found`, [periodStart],
  )) as { found: boolean }[])[0]!.found;
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
      const ocs = todo.length === 0 ? [] : ((await c.execute(
        `select oc.id, oc.reference, oc.name, oc.billing_account_id as account, oc.monthly_price_cents as monthly, oc.activated_on::text as activated_on,
                o.vat_rate_basis_points as vat, o.vat_category as category, o.setup_fee_cents as setup_fee,
                (select max(l.period_end)::text from invoice_line l where l.contracted_offer_id = oc.id and l.kind = 'RECURRING') as through
         from contracted_offer oc join offer o on o.id = oc.offer_id
         where oc.billing_account_id = any(cast(? as int[])) and ${BILLABLE}
         order by oc.billing_account_id, oc.id`,
        [pgIntArray(todo), periodEnd], 'all', ctx,
      )) as OcRow[]);

      // Lines per account, in account order; accounts with nothing to bill get no invoice.
      const byAccount = new Map<number, { oc: OcRow; line: LineDraft }[]>();
      for (const oc of ocs) {
        const drafts: LineDraft[] = chargesToBill(oc.monthly, oc.activated_on, oc.through, periodStart, periodEnd)
          .map((charge) => recurringLine({ reference: oc.reference, name: oc.name, vatRateBasisPoints: oc.vat, vatCategory: oc.category }, charge));
        if (!oc.through && oc.setup_fee > 0) drafts.push(setupLine(oc));
        if (drafts.length === 0) continue;
        const list = byAccount.get(oc.account) ?? [];
        for (const line of drafts) list.push({ oc, line });
        byAccount.set(oc.account, list);
        result.ocs++;
      }
      result.alreadyInvoiced += done.size;
      // Validation before numbering: an invoice that breaks a rule is held, and takes no number.
      const billed: number[] = [];
      const held: HoldRequest[] = [];
      const validationStarted = performance.now();
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
      result.validationSeconds += (performance.now() - validationStarted) / 1000;
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
      if (heldBefore) await releaseHeldMonthly(tx, periodStart, new Map(billed.map((account, i) => [account, inv.number[i]!])), now);
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
      result.invoices += billed.length;
      result.lines += cols.invoice.length;
    });
    result.batches++;
    options.onProgress?.(Math.min(i + batchSize, accounts.length), accounts.length);
  }
  result.seconds = Math.round((performance.now() - started) / 10) / 100;
  result.validationSeconds = Math.round(result.validationSeconds * 100) / 100;
  return result;
}
