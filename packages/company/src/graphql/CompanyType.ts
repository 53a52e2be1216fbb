import { Field, ObjectType } from 'type-graphql';
import { Node, toGlobalId } from '@portal/kernel';
import { CompanyState, FinancialStatus, GuaranteeType, LegalForm } from '../enums.js';
import { type Company } from '../entities/Company.js';
import './enums.js';

@ObjectType('Company', { implements: Node, description: 'A company: customer, reseller or operator ("Ma société", a customer\'s universe).' })
export class CompanyType extends Node {
  @Field({ description: 'Référence, e.g. OIP-00000024.' })
  reference!: string;

  @Field({ description: 'Identifiant: the number shown in the customer search, e.g. 44284.' })
  number!: number;

  @Field({ description: 'Raison sociale.' })
  legalName!: string;

  @Field(() => String, { nullable: true, description: 'SIREN, 9 digits; null for bodies that have none.' })
  siren!: string | null;

  @Field(() => LegalForm, { description: 'Statut juridique.' })
  legalForm!: LegalForm;

  @Field(() => CompanyState, { description: 'État.' })
  state!: CompanyState;

  @Field(() => FinancialStatus, { description: 'Situation financière.' })
  financialStatus!: FinancialStatus;

  @Field(() => GuaranteeType, { description: 'Type de garantie.' })
  guaranteeType!: GuaranteeType;

  @Field(() => String, { nullable: true, description: 'Commentaire.' })
  comment!: string | null;

  @Field(() => String, { nullable: true, description: 'Site internet.' })
  website!: string | null;

  @Field({ description: 'Date de création (date and time).' })
  createdAt!: Date;

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
    });
  }
}
