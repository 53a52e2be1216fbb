import { Field, ID, InputType } from 'type-graphql';
import { CompanyState, FinancialStatus, GuaranteeType, LegalForm, PaymentMethod, Universe } from '../enums.js';
import { CustomerSortField, SortDirection } from '../services/customer-search.js';
import './types.js';

@InputType({ description: 'Filters of the customer search; all optional, combined with "and".' })
export class CustomerFilterInput {
  @Field(() => String, { nullable: true, description: 'Identifiant (44284) or référence (OIP-00044284).' })
  identifier?: string | null;

  @Field(() => String, { nullable: true, description: 'Raison sociale contains this text, whatever the accents and case.' })
  legalName?: string | null;

  @Field(() => String, { nullable: true, description: 'Created on or after this date (YYYY-MM-DD, Paris).' })
  createdFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Created on or before this date (YYYY-MM-DD, Paris).' })
  createdTo?: string | null;

  @Field(() => [LegalForm], { nullable: true, description: 'Any of these legal forms.' })
  legalForms?: LegalForm[] | null;

  @Field(() => [CompanyState], { nullable: true, description: 'Any of these states.' })
  states?: CompanyState[] | null;
}

@InputType({ description: 'Sort order of the customer list; ties are broken by identifiant.' })
export class CustomerOrderInput {
  @Field(() => CustomerSortField, { description: 'Column to sort on.' })
  field!: CustomerSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'Changes to a company; fields left out stay as they are.' })
export class CompanyUpdateInput {
  @Field(() => ID, { description: 'The company.' })
  companyId!: string;

  @Field(() => String, { nullable: true, description: 'Commentaire (empty string to clear).' })
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Site internet, https://… (empty string to clear).' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'SIREN: the provider only.' })
  siren?: string | null;

  @Field(() => FinancialStatus, { nullable: true, description: 'Situation financière: the provider only.' })
  financialStatus?: FinancialStatus | null;

  @Field(() => GuaranteeType, { nullable: true, description: 'Type de garantie: the provider only.' })
  guaranteeType?: GuaranteeType | null;

  @Field(() => String, { nullable: true, description: 'Adresse électronique de facturation (scheme 0225), as the e-invoicing directory lists it: the provider only (empty string to clear).' })
  electronicAddress?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Option pour le paiement de la taxe d'après les débits, for the documents the company issues: the issuer (the top company of the tree, the operator) for itself only." })
  vatOnDebits?: boolean | null;
}

@InputType({ description: 'Address and payment details of a site.' })
export class SiteFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name of the site.' })
  name?: string;

  @Field(() => Boolean, { nullable: true, description: 'Make it the head office (the previous one steps down).' })
  isHeadOffice?: boolean;

  @Field(() => String, { nullable: true, description: 'Address, first line.' })
  addressLine1?: string;

  @Field(() => String, { nullable: true, description: 'Address, second line.' })
  addressLine2?: string | null;

  @Field(() => String, { nullable: true, description: 'Code postal.' })
  postalCode?: string;

  @Field(() => String, { nullable: true, description: 'Ville.' })
  city?: string;

  @Field(() => String, { nullable: true, description: 'Country, ISO 3166-1 alpha-2 (default FR).' })
  country?: string;

  @Field(() => PaymentMethod, { nullable: true, description: 'SEPA direct debit (needs IBAN and mandate) or transfer.' })
  paymentMethod?: PaymentMethod | null;

  @Field(() => String, { nullable: true, description: 'IBAN, spaces allowed; checked by mod-97.' })
  iban?: string | null;

  @Field(() => String, { nullable: true, description: 'BIC, 8 or 11 characters.' })
  bic?: string | null;

  @Field(() => String, { nullable: true, description: 'Référence unique de mandat (RUM).' })
  sepaMandateReference?: string | null;
}

@InputType({ description: '"Nouveau site" of a company.' })
export class SiteCreateInput extends SiteFieldsInput {
  @Field(() => ID, { description: 'The company.' })
  companyId!: string;
}

@InputType({ description: 'Changes to a site.' })
export class SiteUpdateInput extends SiteFieldsInput {
  @Field(() => ID, { description: 'The site.' })
  siteId!: string;
}

@InputType({ description: 'The site to close.' })
export class SiteCloseInput {
  @Field(() => ID, { description: 'The site.' })
  siteId!: string;
}

@InputType({ description: 'A contact of a company.' })
export class ContactFieldsInput {
  @Field(() => String, { nullable: true, description: 'Prénom.' })
  firstName?: string;

  @Field(() => String, { nullable: true, description: 'Nom.' })
  lastName?: string;

  @Field(() => String, { nullable: true, description: 'What the contact is for.' })
  function?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;
}

@InputType({ description: 'A new contact.' })
export class ContactCreateInput extends ContactFieldsInput {
  @Field(() => ID, { description: 'The company.' })
  companyId!: string;
}

@InputType({ description: 'Changes to a contact.' })
export class ContactUpdateInput extends ContactFieldsInput {
  @Field(() => ID, { description: 'The contact.' })
  contactId!: string;
}

@InputType({ description: 'The contact to delete.' })
export class ContactDeleteInput {
  @Field(() => ID, { description: 'The contact.' })
  contactId!: string;
}

@InputType({ description: '"Ajouter un univers revendeur" to a company.' })
export class UniverseAddResellerInput {
  @Field(() => ID, { description: 'The company that becomes a reseller.' })
  companyId!: string;
}

export { Universe };
