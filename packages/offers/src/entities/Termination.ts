import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { User } from '@portal/identity';
import { TerminationState } from '../enums.js';
import { ContractedOffer } from './ContractedOffer.js';
import { Order } from './Order.js';

/**
 * Résiliation of an OC. At most one termination per OC is pending or effective (partial unique
 * index), which is what makes concurrent requests create exactly one.
 */
@Entity({ tableName: 'termination' })
@Check({ name: 'termination_effective_after_desired', expression: 'effective_on >= desired_on' })
@Check({ name: 'termination_fee_nonnegative', expression: 'early_termination_fee_cents >= 0' })
@Check({ name: 'termination_comments_length', expression: 'comments is null or char_length(comments) <= 1000' })
@Check({ name: 'termination_withdrawn_has_time', expression: "state <> 'WITHDRAWN' or withdrawn_at is not null" })
@Index({
  name: 'termination_one_live_per_oc',
  expression: 'create unique index "termination_one_live_per_oc" on "termination" ("contracted_offer_id") where state in (\'REQUESTED\', \'EFFECTIVE\')',
})
@Index({ name: 'termination_due', properties: ['state', 'effectiveOn'] })
@Index({
  name: 'termination_idempotency_key_unique',
  expression: 'create unique index "termination_idempotency_key_unique" on "termination" ("requested_by_id", "idempotency_key") where idempotency_key is not null',
})
export class Termination {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ContractedOffer, { deleteRule: 'cascade', index: 'termination_contracted_offer_id' })
  contractedOffer!: ContractedOffer;

  /** Its Résiliation order (COM…), none for terminations older than ordering. */
  @ManyToOne(() => Order, { nullable: true, deleteRule: 'set null', index: 'termination_order_id' })
  order?: Order | null;

  /** The order the OC showed before, shown again if the termination is withdrawn. */
  @ManyToOne(() => Order, { nullable: true, deleteRule: 'set null' })
  previousOrder?: Order | null;

  /** Date de résiliation souhaitée. */
  @Property({ type: 'date' })
  desiredOn!: string;

  /** Date de résiliation avec le préavis: the last day of service. */
  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'integer', default: 0 })
  earlyTerminationFeeCents: number & Opt = 0;

  /** Commentaires. */
  @Property({ type: 'text', nullable: true })
  comments?: string | null;

  @Enum({ items: () => TerminationState, default: TerminationState.REQUESTED })
  state: TerminationState & Opt = TerminationState.REQUESTED;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  requestedBy!: User;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  requestedAt: Date & Opt = new Date();

  /** Client-chosen key: the same key from the same user returns the same termination. */
  @Property({ length: 100, nullable: true })
  idempotencyKey?: string | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  withdrawnBy?: User | null;

  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  appliedAt?: Date | null;

  /** Référence du coupon retour for equipment, when the offer has some. */
  @Property({ length: 30, nullable: true })
  equipmentReturnReference?: string | null;

  @Property({ type: 'date', nullable: true })
  equipmentReturnDeadline?: string | null;
}
