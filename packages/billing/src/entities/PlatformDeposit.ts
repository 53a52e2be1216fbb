import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { DepositState, DocumentKind, LifecycleStatus } from '../enums.js';
import { CreditNote } from './CreditNote.js';
import { Invoice } from './Invoice.js';

/**
 * One document sent to the e-invoicing platform: at most one per document (a retry reuses it and
 * its idempotency key, the document number, so the platform never takes it twice), with the
 * platform's id, the last lifecycle status it sent back and when.
 */
@Entity({ tableName: 'platform_deposit' })
@Check({ name: 'platform_deposit_one_document', expression: '(invoice_id is null) <> (credit_note_id is null)' })
@Index({ name: 'platform_deposit_state', properties: ['state', 'id'] })
export class PlatformDeposit {
  @PrimaryKey()
  id!: number;

  @Enum({ items: () => DocumentKind })
  kind!: DocumentKind;

  @ManyToOne(() => Invoice, { nullable: true, deleteRule: 'cascade', unique: 'platform_deposit_invoice_unique' })
  invoice?: Invoice | null;

  @ManyToOne(() => CreditNote, { nullable: true, deleteRule: 'cascade', unique: 'platform_deposit_credit_note_unique' })
  creditNote?: CreditNote | null;

  /** The idempotency key sent with every try: the document number. */
  @Property({ length: 40, unique: 'platform_deposit_key_unique' })
  idempotencyKey!: string;

  @Enum({ items: () => DepositState, default: DepositState.QUEUED })
  state: DepositState & Opt = DepositState.QUEUED;

  @Property({ type: 'smallint', default: 0 })
  attempts: number & Opt = 0;

  /** The platform's id of the deposit. */
  @Property({ length: 100, nullable: true })
  platformId?: string | null;

  /** Why the last try failed (an outage) or the platform's reasons (a rejection). */
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Enum({ items: () => LifecycleStatus, nullable: true })
  lifecycleStatus?: LifecycleStatus | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  queuedAt: Date & Opt = new Date();
}
