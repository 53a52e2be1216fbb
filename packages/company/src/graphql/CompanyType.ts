import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node, OfCompany, Permission, toGlobalId, type CompanyOwned } from '@portal/kernel';
import { CompanyState, FinancialStatus, GuaranteeType, LegalForm } from '../enums.js';
import { type Company } from '../entities/Company.js';
import './enums.js';

/**
 * Its id, reference, number and legal name name the company wherever it appears (an invoice's
 * buyer, a user's company, the top bar); everything else is company data, served only to a caller
 * holding COMPANY_READ on it (an API token needs the company:read scope), whatever path led here.
 */
const CompanyData = () => OfCompany(Permission.COMPANY_READ);

@ObjectType('Company', { implements: Node, description: 'A company: customer, reseller or operator ("Ma société", a customer\'s universe). Beyond its id, reference, number and legal name, its fields need the right to read the company (an API token: the COMPANY_READ scope); otherwise they answer FORBIDDEN.' })
export class CompanyType extends Node implements CompanyOwned {
  @Field({ description: 'Référence, e.g. OIP-00000024.' })
  reference!: string;

  @Field({ description: 'Identifiant: the number shown in the customer search, e.g. 44284.' })
  number!: number;

  @Field({ description: 'Raison sociale.' })
  legalName!: string;

  @Field(() => String, { nullable: true, description: 'SIREN, 9 digits; null for bodies that have none.' })
  @CompanyData()
  siren!: string | null;

  @Field(() => LegalForm, { description: 'Statut juridique.' })
  @CompanyData()
  legalForm!: LegalForm;

  @Field(() => CompanyState, { description: 'État.' })
  @CompanyData()
  state!: CompanyState;

  @Field(() => FinancialStatus, { description: 'Situation financière.' })
  @CompanyData()
  financialStatus!: FinancialStatus;

  @Field(() => GuaranteeType, { description: 'Type de garantie.' })
  @CompanyData()
  guaranteeType!: GuaranteeType;

  @Field(() => String, { nullable: true, description: 'Commentaire.' })
  @CompanyData()
  comment!: string | null;

  @Field(() => String, { nullable: true, description: 'Site internet.' })
  @CompanyData()
  website!: string | null;

  @Field({ description: 'Date de création (date and time).' })
  @CompanyData()
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: "Adresse électronique de facturation (scheme 0225, from the e-invoicing directory): where the company receives e-invoices; null when unknown (its documents are then held before numbering, rule BR-FR-12)." })
  @CompanyData()
  electronicAddress!: string | null;

  @Field({ description: "The company has opted to pay VAT on its debits (option pour le paiement de la taxe d'après les débits): the documents it issues say so, in the PDF and in the XML (BT-8, code 5 in CII, 3 in UBL)." })
  @CompanyData()
  vatOnDebits!: boolean;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Capital social in euro cents, printed with the RCS on the invoices the company issues.' })
  @CompanyData()
  shareCapitalCents!: number | null;

  @Field(() => String, { nullable: true, description: 'Greffe of the RCS registration, e.g. "Nanterre" ("RCS Nanterre 552 100 554").' })
  @CompanyData()
  registryCity!: string | null;

  /** The company these fields belong to (OF_COMPANY rules). */
  get ownerCompanyId(): number {
    return this.number;
  }

  static from(company: Company): CompanyType {
    return Object.assign(new CompanyType(), {
      id: toGlobalId('Company', company.id),
      reference: company.reference,
      number: company.id,
      legalName: company.legalName,
      siren: company.siren ?? null,
      legalForm: company.legalForm,
      state: company.state,
      financialStatus: company.financialStatus,
      guaranteeType: company.guaranteeType,
      comment: company.comment ?? null,
      website: company.website ?? null,
      createdAt: company.createdAt,
      electronicAddress: company.electronicAddress ?? null,
      vatOnDebits: company.vatOnDebits,
      shareCapitalCents: company.shareCapitalCents ?? null,
      registryCity: company.registryCity ?? null,
    });
  }
}
