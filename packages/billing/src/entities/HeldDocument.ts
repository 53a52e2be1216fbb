import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { ContractedOffer } from '@portal/offers';
import { DocumentKind, InvoicePurpose } from '../enums.js';
import { type LineDraft } from '../rules/closing.js';
import { type RuleViolation } from '../rules/en16931.js';

/** What a held document would be once issued: enough to issue it later, unchanged. */
export interface HeldDraft {
  lines: (LineDraft & { contractedOfferId: number | null })[];
  /** Invoice: due date; credit note: refund due date. */
  dueOn: string;
  /** Credit note: why, and the invoice it corrects. */
  reason: string | null;
  correctedInvoiceId: number | null;
}

/**
 * Document en attente: an invoice or a credit note that failed the EN 16931 / French rules
 * before it took a number. It is not issued and holds no number (the numbering stays gapless);
 * the operator reads its reasons, fixes the data (a buyer's electronic address, a site), and the
 * next billing run or a release issues it with the next number.
 */
@Entity({ tableName: 'held_document' })
@Index({
  name: 'held_document_monthly_open_once',
  expression: 'create unique index "held_document_monthly_open_once" on "held_document" ("billed_company_id", "period_start") where purpose = \'MONTHLY\' and released_at is null',
})
@Index({ name: 'held_document_open', properties: ['releasedAt', 'heldAt', 'id'] })
export class HeldDocument {
  @PrimaryKey()
  id!: number;

  @Enum({ items: () => DocumentKind })
  kind!: DocumentKind;

  /** Invoices: monthly or closing; null for a credit note. */
  @Enum({ items: () => InvoicePurpose, nullable: true })
  purpose?: InvoicePurpose | null;

  @ManyToOne(() => Company, { deleteRule: 'restrict' })
  billedCompany!: Company;

  /** The OC a closing document settles. */
  @ManyToOne(() => ContractedOffer, { nullable: true, deleteRule: 'restrict' })
  contractedOffer?: ContractedOffer | null;

  @Property({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'date' })
  periodEnd!: string;

  @Property({ type: 'integer' })
  totalInclVatCents!: number;

  @Property({ type: 'json' })
  draft!: HeldDraft;

  /** The rules broken at the last check, by number. */
  @Property({ type: 'json' })
  reasons!: RuleViolation[];

  @Property({ type: 'timestamptz' })
  heldAt!: Date;

  @Property({ type: 'timestamptz' })
  checkedAt!: Date;

  /** When it was issued after all (with `issuedNumber`); null while held. */
  @Property({ type: 'timestamptz', nullable: true })
  releasedAt?: Date | null;

  @Property({ length: 20, nullable: true })
  issuedNumber?: (string & Opt) | null;
}
