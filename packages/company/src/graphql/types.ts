import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node, PageInfo, Permission, WithinParent, toGlobalId } from '@portal/kernel';
import { type Contact } from '../entities/Contact.js';
import { type Site } from '../entities/Site.js';
import { PaymentMethod, SiteState } from '../enums.js';
import { maskBic, maskIban, maskMandateReference, paymentDetailsInClear } from '../rules/iban.js';
import { CustomerSortField, SortDirection } from '../services/customer-search.js';
import { CompanyType } from './CompanyType.js';
import './enums.js';

registerEnumType(CustomerSortField, {
  name: 'CustomerSortField',
  description: 'Columns of the customer list.',
  valuesConfig: {
    IDENTIFIER: { description: 'Identifiant.' },
    LEGAL_NAME: { description: 'Raison sociale.' },
    CREATED_AT: { description: 'Date de création.' },
    LEGAL_FORM: { description: 'Statut juridique.' },
    STATE: { description: 'État.' },
  },
});

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order.',
  valuesConfig: { ASC: { description: 'Ascending.' }, DESC: { description: 'Descending.' } },
});

@ObjectType('Site', { implements: Node, description: 'A site of a company ("Siège Social", "Site de Clichy") and its payment details.' })
export class SiteType extends Node {
  @Field({ description: 'Name of the site.' })
  name!: string;

  @Field({ description: 'Whether it is the head office (one per company).' })
  isHeadOffice!: boolean;

  @Field({ description: 'Address, first line.' })
  addressLine1!: string;

  @Field(() => String, { nullable: true, description: 'Address, second line.' })
  addressLine2!: string | null;

  @Field({ description: 'Code postal.' })
  postalCode!: string;

  @Field({ description: 'Ville.' })
  city!: string;

  @Field({ description: 'Country, ISO 3166-1 alpha-2.' })
  country!: string;

  @Field(() => SiteState, { description: 'In use or closed.' })
  state!: SiteState;

  @Field(() => PaymentMethod, { nullable: true, description: 'How this site pays.' })
  paymentMethod!: PaymentMethod | null;

  @Field(() => String, { nullable: true, description: 'IBAN; masked (FR76 **** **** 0189) unless the caller is an administrator or a billing user.' })
  iban!: string | null;

  @Field({ description: 'Whether `iban` is masked for this caller.' })
  ibanMasked!: boolean;

  @Field(() => String, { nullable: true, description: 'BIC; masked like the IBAN (BNPA*******: the bank code only) unless the caller is an administrator or a billing user.' })
  bic!: string | null;

  @Field(() => String, { nullable: true, description: 'Référence unique de mandat (RUM) of the SEPA direct debit; masked like the IBAN (********0001) unless the caller is an administrator or a billing user.' })
  sepaMandateReference!: string | null;

  @Field({ description: 'Whether the site belongs to a company the caller does not reach (an OC seen from its billing account only, or an API token without the COMPANY_READ scope): its name, address and payment details are then empty, as everywhere else (filters, sorts, CSV exports).' })
  hidden!: boolean;

  /**
   * The site as this caller may see it, given their permissions on its company: hidden without
   * COMPANY_READ there, payment details masked unless administrator or billing user.
   */
  static forCaller(site: Site, permissions: ReadonlySet<Permission>): SiteType {
    return permissions.has(Permission.COMPANY_READ) ? SiteType.from(site, paymentDetailsInClear(permissions)) : SiteType.hiddenFrom(site);
  }

  /** The site of a company out of the caller's reach: only its id and that it is hidden. */
  static hiddenFrom(site: Site): SiteType {
    return Object.assign(new SiteType(), {
      id: toGlobalId('Site', site.id), name: '', isHeadOffice: false, addressLine1: '', addressLine2: null, postalCode: '', city: '', country: '',
      state: site.state, paymentMethod: null, iban: null, ibanMasked: false, bic: null, sepaMandateReference: null, hidden: true,
    });
  }

  static from(site: Site, showIban: boolean): SiteType {
    return Object.assign(new SiteType(), {
      id: toGlobalId('Site', site.id),
      name: site.name,
      isHeadOffice: site.isHeadOffice,
      addressLine1: site.addressLine1,
      addressLine2: site.addressLine2 ?? null,
      postalCode: site.postalCode,
      city: site.city,
      country: site.country,
      state: site.state,
      paymentMethod: site.paymentMethod ?? null,
      iban: site.iban ? (showIban ? site.iban : maskIban(site.iban)) : null,
      ibanMasked: !!site.iban && !showIban,
      bic: site.bic ? (showIban ? site.bic : maskBic(site.bic)) : null,
      sepaMandateReference: site.sepaMandateReference ? (showIban ? site.sepaMandateReference : maskMandateReference(site.sepaMandateReference)) : null,
      hidden: false,
    });
  }
}

@ObjectType('Contact', { implements: Node, description: 'A person to reach at a company.' })
export class ContactType extends Node {
  @Field({ description: 'Prénom.' })
  firstName!: string;

  @Field({ description: 'Nom.' })
  lastName!: string;

  @Field(() => String, { nullable: true, description: 'What the contact is for: Facturation, Technique…' })
  function!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone!: string | null;

  static from(contact: Contact): ContactType {
    return Object.assign(new ContactType(), {
      id: toGlobalId('Contact', contact.id),
      firstName: contact.firstName,
      lastName: contact.lastName,
      function: contact.function ?? null,
      email: contact.email ?? null,
      phone: contact.phone ?? null,
    });
  }
}

/**
 * "Liens utiles" of a company's universe: where to go next, with counts. The billing and offers
 * packages add their counts to this type.
 */
@ObjectType('UsefulLinks', { description: '"Liens utiles" of a company: order for it, its invoices, credit notes, contracted offers and services, with counts.' })
export class UsefulLinks {
  /** The company the links are for (not exposed). */
  companyId!: number;

  @Field({ description: '"Commander pour mon client": the ordering page for this company.' })
  orderUrl!: string;
}

@ObjectType('CustomerEdge', { description: 'A customer in the customer list.' })
export class CustomerEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => CompanyType, { description: 'The customer.' })
  @WithinParent('the list was filtered by reach')
  node!: CompanyType;

  @Field(() => [CompanyType], { description: 'The companies between the caller and this customer, from the top (e.g. the reseller of a customer, for an operator).' })
  @WithinParent('only ancestors within the caller\'s reach')
  path!: CompanyType[];
}

@ObjectType('CustomerConnection', { description: 'A page of the customer list.' })
export class CustomerConnection {
  @Field(() => [CustomerEdge], { description: 'The customers of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: CustomerEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of customers matching the filters.' })
  totalCount!: number;
}
