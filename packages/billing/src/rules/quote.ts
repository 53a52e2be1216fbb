import { Temporal } from 'temporal-polyfill';
import { documentTotals, type DocumentTotals } from '@portal/kernel';
import { LastPeriodPolicy, type TerminationTerms } from '@portal/offers';
import { closingSettlement } from './settlement.js';
import { chargesToBill, closingDocuments, recurringLine, type ClosingDocuments, type LineDraft, type OcLabel } from './closing.js';

/** What the user is warned of before confirming, as codes the screens word in their language. */
export enum QuoteWarning {
  /** FULL_PERIOD_DUE: for monthly subscriptions any started month is due in full. */
  STARTED_MONTH_DUE = 'STARTED_MONTH_DUE',
}

/** The French wording of each warning, for the deprecated `TerminationQuote.warnings` field. */
export const QUOTE_WARNING_TEXT: Record<QuoteWarning, string> = {
  [QuoteWarning.STARTED_MONTH_DUE]: 'Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due.',
};

/** A regular monthly invoice still to be issued before the last day of service: this OC's lines of it. */
export interface UpcomingInvoice {
  /** The day the monthly run issues it (the first of its month, in advance). */
  issuedOn: string;
  periodStart: string;
  periodEnd: string;
  lines: LineDraft[];
  totals: DocumentTotals;
}

/** The whole cost of a termination: every document still to come for the OC, and their total. */
export interface QuotedCost extends ClosingDocuments {
  upcomingInvoices: UpcomingInvoice[];
  /** "Restant à payer jusqu'à la fin du service": upcoming invoices + closing invoice − credit note. */
  remaining: DocumentTotals;
}

const firstOfMonth = (date: string) => Temporal.PlainDate.from(date).with({ day: 1 });

/** Totals added, each part with its sign (+1 owed, −1 refunded). */
function signedTotal(parts: [DocumentTotals, 1 | -1][]): DocumentTotals {
  const total = (key: keyof DocumentTotals) => parts.reduce((s, [p, sign]) => s + sign * p[key], 0);
  return { totalExclVatCents: total('totalExclVatCents'), totalVatCents: total('totalVatCents'), totalInclVatCents: total('totalInclVatCents') };
}

/**
 * Everything terminating on `effectiveOn` will still invoice or refund, given how far the OC is
 * invoiced today (`billedThrough`): the monthly runs still to come before the effective date (one
 * on the first of every month after this one, up to the effective date's month, as the run bills
 * them), then the closing invoice and credit note the effect issues over what those runs billed.
 * `feeCents` is the fee as recorded (a pending termination) or as planned.
 */
export function quotedCost(oc: OcLabel, terms: TerminationTerms, effectiveOn: string, billedThrough: string | null, today: string, feeCents: number): QuotedCost {
  const upcomingInvoices: UpcomingInvoice[] = [];
  let through = billedThrough;
  const lastRun = firstOfMonth(effectiveOn);
  for (let month = firstOfMonth(today).add({ months: 1 }); terms.activatedOn && Temporal.PlainDate.compare(month, lastRun) <= 0; month = month.add({ months: 1 })) {
    const periodStart = month.toString();
    const periodEnd = month.with({ day: month.daysInMonth }).toString();
    if (terms.activatedOn > periodEnd) continue;
    const lines = chargesToBill(terms.monthlyPriceCents, terms.activatedOn, through, periodStart, periodEnd).map((c) => recurringLine(oc, c));
    if (lines.length === 0) continue;
    upcomingInvoices.push({ issuedOn: periodStart, periodStart: lines[0]!.periodStart!, periodEnd, lines, totals: documentTotals(lines) });
    through = periodEnd;
  }
  const settlement = closingSettlement(terms, effectiveOn, through);
  settlement.earlyTerminationFeeCents = feeCents;
  const docs = closingDocuments(oc, settlement, effectiveOn);
  const remaining = signedTotal([
    ...upcomingInvoices.map((i): [DocumentTotals, 1] => [i.totals, 1]),
    ...(docs.invoice ? [[docs.invoice.totals, 1] as [DocumentTotals, 1]] : []),
    ...(docs.creditNote ? [[docs.creditNote.totals, -1] as [DocumentTotals, -1]] : []),
  ]);
  return { ...docs, upcomingInvoices, remaining };
}

/** The warnings of a quote. */
export function quoteWarnings(terms: Pick<TerminationTerms, 'lastPeriodPolicy'>): QuoteWarning[] {
  return terms.lastPeriodPolicy === LastPeriodPolicy.FULL_PERIOD_DUE ? [QuoteWarning.STARTED_MONTH_DUE] : [];
}
