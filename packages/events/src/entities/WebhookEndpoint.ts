import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';

/**
 * Where a company's third party receives events: an https URL, the event types it subscribes to
 * and the signing secret. The secret is kept (it must sign every message) and shown to people
 * once, at creation or rotation; after a rotation the previous secret still signs until
 * `previousSecretExpiresAt`, so the receiver can switch without losing a message.
 */
@Entity({ tableName: 'webhook_endpoint' })
@Check({ name: 'webhook_endpoint_has_event_types', expression: 'cardinality(event_types) > 0' })
export class WebhookEndpoint {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Company, { deleteRule: 'cascade', index: 'webhook_endpoint_company_id' })
  company!: Company;

  @Property({ length: 2048 })
  url!: string;

  @Property({ length: 500, default: '' })
  description: string & Opt = '';

  @Property({ type: 'text[]' })
  eventTypes!: string[];

  @Property({ default: true })
  enabled: boolean & Opt = true;

  /** Why it was disabled by the portal (FAILING), null when enabled or disabled by a person. */
  @Property({ length: 40, nullable: true })
  disabledReason?: string | null;

  @Property({ length: 60 })
  secret!: string;

  @Property({ length: 60, nullable: true })
  previousSecret?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt?: Date | null;

  /** The first failure since the last success: three days of failures disable the endpoint. */
  @Property({ type: 'timestamptz', nullable: true })
  failingSince?: Date | null;

  /** The user who created it (a user id of the identity domain). */
  @Property({ type: 'integer' })
  createdById!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  /** The secrets that sign a message sent at `now`: the current one, and the previous during its overlap. */
  signingSecrets(now: Date): string[] {
    return this.previousSecret && this.previousSecretExpiresAt && this.previousSecretExpiresAt > now ? [this.secret, this.previousSecret] : [this.secret];
  }
}
