import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { PaymentMethod, SiteState } from '../enums.js';
import { Company } from './Company.js';

/**
 * A site of a company ("Siège Social", "Site de Clichy"): an address that carries payment
 * details. One active head office per company, enforced by a partial unique index.
 */
@Entity({ tableName: 'site' })
@Index({ name: 'site_company_name', properties: ['company', 'name'] })
@Index({
  name: 'site_one_head_office',
  expression: 'create unique index "site_one_head_office" on "site" ("company_id") where is_head_office and state = \'ACTIVE\'',
})
@Check({ name: 'site_iban_valid', expression: 'iban is null or portal_is_valid_iban(iban)' })
@Check({ name: 'site_bic_format', expression: "bic is null or bic ~ '^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$'" })
@Check({
  name: 'site_sepa_has_mandate',
  expression: "payment_method is distinct from 'SEPA_DIRECT_DEBIT' or (iban is not null and sepa_mandate_reference is not null)",
})
@Check({ name: 'site_name_not_blank', expression: "btrim(name) <> ''" })
export class Site {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Company;

  @Property({ length: 120 })
  name!: string;

  @Property({ default: false })
  isHeadOffice: boolean & Opt = false;

  @Property({ length: 200 })
  addressLine1!: string;

  @Property({ length: 200, nullable: true })
  addressLine2?: string | null;

  @Property({ length: 10 })
  postalCode!: string;

  @Property({ length: 120 })
  @Index({ name: 'site_city' })
  city!: string;

  /** ISO 3166-1 alpha-2. */
  @Property({ length: 2, default: 'FR' })
  country: string & Opt = 'FR';

  @Enum({ items: () => SiteState, default: SiteState.ACTIVE })
  state: SiteState & Opt = SiteState.ACTIVE;

  @Enum({ items: () => PaymentMethod, nullable: true })
  paymentMethod?: PaymentMethod | null;

  /** Stored without spaces, upper case; checked by mod-97 in the database too. */
  @Property({ length: 34, nullable: true })
  iban?: string | null;

  @Property({ length: 11, nullable: true })
  bic?: string | null;

  /** Référence unique de mandat (RUM) of the SEPA direct debit. */
  @Property({ length: 35, nullable: true })
  sepaMandateReference?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
