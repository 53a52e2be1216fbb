import { describe, expect, it } from 'vitest';
import { adjustmentLines, firstInvoiceLines } from './monthly-lines.js';

const oc = { reference: 'OC1', name: 'Offre', vatRateBasisPoints: 2000 };

describe('the monthly lines of an OC', () => {
  it('prorates the first invoice from activation to the month end, with the setup fee once', () => {
    const lines = firstInvoiceLines({ ...oc, monthlyPriceCents: 3100, setupFeeCents: 5000, activatedOn: '2026-12-15' });
    expect(lines.map((l) => [l.kind, l.periodStart, l.periodEnd, l.totalExclVatCents])).toEqual([['RECURRING', '2026-12-15', '2026-12-31', 1700], ['SETUP', null, null, 5000]]);
  });

  it('bills a dearer offer’s difference for the days already invoiced, cut at month ends', () => {
    const lines = adjustmentLines(oc, { effectiveOn: '2026-11-25', billedThrough: '2026-12-31', previousMonthlyCents: 4990, newMonthlyCents: 5990 });
    expect(lines.map((l) => [l.kind, l.periodStart, l.periodEnd, l.totalExclVatCents, l.vatCents])).toEqual([
      ['ADJUSTMENT', '2026-11-25', '2026-11-30', 200, 40],
      ['ADJUSTMENT', '2026-12-01', '2026-12-31', 1000, 200],
    ]);
  });
});
