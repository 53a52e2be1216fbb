import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { BigIntType, type Opt } from '@mikro-orm/core';
import { CompanyState, FinancialStatus, GuaranteeType, LegalForm } from '../enums.js';

/**
 * A company: a customer, a reseller or an operator (see CompanyUniverse for which).
 *
 * The management tree (operator → reseller → client) is stored twice on purpose:
 * - `parent` is the single source of truth, edited by the application;
 * - the closure table `company_tree` (see CompanyTreeLink), maintained by a database trigger on
 *   `company.parent_id`, holds one row per (ancestor, descendant) pair including the company itself.
 * "Every company under X" is then one index range scan on (ancestor_id), the reach check of a
 * single company is one primary-key probe, and the path from the root is the ancestors ordered
 * by depth. Over ltree or a materialized path it needs no extension (it runs the same on PGlite)
 * and no LIKE on text; the price, about depth+1 rows per company, is 3 rows for a client under a
 * reseller under an operator.
 */
@Entity({ tableName: 'company' })
@Check({ name: 'company_reference_format', expression: "reference ~ '^OIP-[0-9]{8}$'" })
@Check({ name: 'company_siren_valid', expression: 'siren is null or portal_is_valid_siren(siren)' })
@Check({ name: 'company_legal_name_not_blank', expression: "btrim(legal_name) <> ''" })
@Check({ name: 'company_share_capital_nonnegative', expression: 'share_capital_cents is null or share_capital_cents >= 0' })
@Check({ name: 'company_not_own_parent', expression: 'parent_id is null or parent_id <> id' })
@Index({ name: 'company_legal_name_folded_trgm', expression: 'create index "company_legal_name_folded_trgm" on "company" using gin ("legal_name_folded" gin_trgm_ops)' })
@Index({ name: 'company_created_at_id', properties: ['createdAt', 'id'] })
@Index({ name: 'company_legal_name_id', properties: ['legalName', 'id'] })
export class Company {
  @PrimaryKey()
  id!: number;

  /** Référence, OIP-00000024. */
  @Property({ length: 12, unique: 'company_reference_unique' })
  reference!: string;

  /** Raison sociale. */
  @Property({ length: 200 })
  legalName!: string;

  /**
   * Lower-case, accent-free copy of the legal name for "contains" search, computed by the database
   * (portal_fold) so that every writer, bulk loaders included, keeps it right.
   */
  @Property({ length: 200, generated: '(portal_fold(legal_name)) stored', nullable: true })
  legalNameFolded?: string & Opt;

  /** SIREN: 9 digits with a Luhn check digit; empty for bodies that have none. */
  @Property({ length: 9, nullable: true })
  @Index({ name: 'company_siren' })
  siren?: string | null;

  /** Statut juridique. */
  @Enum({ items: () => LegalForm })
  @Index({ name: 'company_legal_form' })
  legalForm!: LegalForm;

  /** État. */
  @Enum({ items: () => CompanyState, default: CompanyState.ACTIVE })
  @Index({ name: 'company_state' })
  state: CompanyState & Opt = CompanyState.ACTIVE;

  /** Situation financière. */
  @Enum({ items: () => FinancialStatus, default: FinancialStatus.HEALTHY })
  financialStatus: FinancialStatus & Opt = FinancialStatus.HEALTHY;

  /** Type de garantie. */
  @Enum({ items: () => GuaranteeType, default: GuaranteeType.NONE })
  guaranteeType: GuaranteeType & Opt = GuaranteeType.NONE;

  /** Commentaire, editable by the company's administrators. */
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  /** Site internet. */
  @Property({ length: 300, nullable: true })
  website?: string | null;

  /** Date de création (a timestamp: the source shows 12/01/2017 11:01:00). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  /** Capital social, in euro cents (printed on the invoices the company issues, with its RCS). */
  @Property({ type: new BigIntType('number'), nullable: true })
  shareCapitalCents?: number | null;

  /** The commercial court registry of the RCS registration (greffe), e.g. "Paris": "RCS Paris 552 100 554". */
  @Property({ length: 80, nullable: true })
  registryCity?: string | null;

  /**
   * Adresse électronique de facturation: where the company receives e-invoices, as the
   * e-invoicing directory lists it (scheme 0225, usually the SIREN, or the SIREN and a suffix).
   */
  @Property({ length: 125, nullable: true })
  electronicAddress?: string | null;

  /**
   * The company has opted to pay VAT on its debits (option pour le paiement de la taxe d'après les
   * débits, CGI annexe II art. 77): the documents it issues say so (PDF mention, BT-8 code 5).
   */
  @Property({ default: false })
  vatOnDebits: boolean & Opt = false;

  /** The company that manages this one (its reseller or operator); none for the top of a tree. */
  @ManyToOne(() => Company, { nullable: true, deleteRule: 'restrict', index: 'company_parent_id' })
  parent?: Company | null;
}
