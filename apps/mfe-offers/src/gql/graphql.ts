/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters of the OC list; all optional, combined with "and". Text filters match any part, case-insensitively. */
export type ContractedOfferFilterInput = {
  /** Compte client (legal name) contains. */
  billingAccount?: string | null | undefined;
  /** OCs this company (yours or a customer in reach) uses or pays for; absent: every OC in reach. */
  companyId?: string | number | null | undefined;
  /** Delivered on or after (YYYY-MM-DD). */
  deliveredFrom?: string | null | undefined;
  /** Delivered on or before (YYYY-MM-DD). */
  deliveredTo?: string | null | undefined;
  /** Client final (legal name) contains. */
  endCustomer?: string | null | undefined;
  /** Nom contains. */
  name?: string | null | undefined;
  /** Réf. commande contains. */
  orderReference?: string | null | undefined;
  /** Any of these order types. */
  orderTypes?: Array<OrderType> | null | undefined;
  /** Réf. contains. */
  reference?: string | null | undefined;
  /** Pilote ADV contains. */
  salesAdmin?: string | null | undefined;
  /** Site (name) contains. */
  site?: string | null | undefined;
  /** Any of these states. */
  states?: Array<ContractedOfferState> | null | undefined;
};

/** Sort order of the OC list; ties are broken by the OC. */
export type ContractedOfferOrderInput = {
  /** Descending (↓) instead of ascending (↑). */
  descending?: boolean;
  /** Column. */
  field: ContractedOfferSortField;
};

/** Columns of the OC list. */
export type ContractedOfferSortField =
  /** Compte client. */
  | 'BILLING_ACCOUNT'
  /** Date de livraison. */
  | 'DELIVERED_ON'
  /** Client final. */
  | 'END_CUSTOMER'
  /** Nom. */
  | 'NAME'
  /** Réf. commande. */
  | 'ORDER_REFERENCE'
  /** Type commande. */
  | 'ORDER_TYPE'
  /** Réf. */
  | 'REFERENCE'
  /** Pilote ADV. */
  | 'SALES_ADMIN'
  /** Site. */
  | 'SITE'
  /** État. */
  | 'STATE';

/** État of a contracted offer. */
export type ContractedOfferState =
  /** Livrée. */
  | 'DELIVERED'
  /** En cours de livraison. */
  | 'IN_DELIVERY'
  /** Commandée. */
  | 'ORDERED'
  /** Résiliée. */
  | 'TERMINATED'
  /** Résiliation demandée. */
  | 'TERMINATION_REQUESTED';

/** "Résilier l'offre contractée": the desired date, comments and an idempotency key. */
export type ContractedOfferTerminateInput = {
  /** Commentaires (1000 characters at most). */
  comments?: string | null | undefined;
  /** The OC. */
  contractedOfferId: string | number;
  /** Date de résiliation souhaitée (YYYY-MM-DD), today or later in Paris; the notice period is added. */
  desiredOn: string;
  /** Any key of yours: the same key from the same user returns the same termination. */
  idempotencyKey?: string | null | undefined;
};

/** The OC whose pending termination is withdrawn. */
export type ContractedOfferTerminationWithdrawInput = {
  /** The OC. */
  contractedOfferId: string | number;
};

/** Several OCs terminated with one desired date. */
export type ContractedOffersTerminateInput = {
  /** Commentaires for every OC. */
  comments?: string | null | undefined;
  /** The OCs (1 to 500). */
  contractedOfferIds: Array<string | number>;
  /** Date de résiliation souhaitée (YYYY-MM-DD), today or later. */
  desiredOn: string;
};

/** What a line of an invoice or credit note bills or refunds. */
export type DocumentLineKind =
  /** Ajustement prorata temporis d'un changement d'offre: the new price's difference for days already invoiced. */
  | 'ADJUSTMENT'
  /** Frais de résiliation anticipée (before the commitment's end). */
  | 'EARLY_TERMINATION_FEE'
  /** Remboursement prorata temporis. */
  | 'PRORATA_REFUND'
  /** Abonnement: a recurring fee for a period. */
  | 'RECURRING'
  /** Frais de mise en service. */
  | 'SETUP'
  /** Consommations. */
  | 'USAGE';

/** What terminating before the commitment end costs. */
export type EarlyTerminationPolicy =
  /** Nothing. */
  | 'NONE'
  /** A share of the monthly fees left until the commitment end. */
  | 'REMAINING_FEES_SHARE';

/** How the last, started period of an OC is billed. */
export type LastPeriodPolicy =
  /** Any started month is due in full. */
  | 'FULL_PERIOD_DUE'
  /** Refunded prorata temporis from the effective date, as a credit note. */
  | 'PRORATA';

/** Type commande. */
export type OrderType =
  /** Création. */
  | 'CREATION'
  /** Modification. */
  | 'MODIFICATION'
  /** Portabilité. */
  | 'PORTING'
  /** Résiliation. */
  | 'TERMINATION';

/** What a caller may do on a company (and every company below it). */
export type Permission =
  /** Read the audit log. */
  | 'AUDIT_READ'
  /** Read invoices and credit notes. */
  | 'BILLING_READ'
  /** Change payment details. */
  | 'BILLING_WRITE'
  /** Read company data, sites, universes and customers. */
  | 'COMPANY_READ'
  /** Change company data, contacts and sites. */
  | 'COMPANY_WRITE'
  /** Order for the company. */
  | 'OFFERS_ORDER'
  /** Read contracted offers and services. */
  | 'OFFERS_READ'
  /** Terminate contracted offers. */
  | 'OFFERS_TERMINATE'
  /** Drive the delivery of orders placed with the company as provider (the operator's delivery desk). */
  | 'ORDERS_DELIVER'
  /** Create and revoke API tokens. */
  | 'TOKENS_MANAGE'
  /** List, create, edit and deactivate users; set their roles. */
  | 'USERS_MANAGE'
  /** Manage webhook endpoints, read their delivery log, replay deliveries. */
  | 'WEBHOOKS_MANAGE';

/** What a service is. */
export type ServiceKind =
  /** An access line (fibre, copper…). */
  | 'ACCESS_LINE'
  /** A phone number (with its RIO code). */
  | 'PHONE_NUMBER'
  /** A SIP trunk. */
  | 'TRUNK';

/** Whether a service runs. */
export type ServiceState =
  /** In service. */
  | 'ACTIVE'
  /** The number left for another operator. */
  | 'PORTED_OUT'
  /** Ended. */
  | 'TERMINATED';

/** The OCs to quote and the desired termination date. */
export type TerminationQuoteInput = {
  /** The OCs: 1 to 100 different ones (an OC given twice is quoted once). */
  contractedOfferIds: Array<string | number>;
  /** Date de résiliation souhaitée (YYYY-MM-DD), today or later. */
  desiredOn: string;
};

/** A warning shown before "Continuer", as a code each client words in its language. */
export type TerminationQuoteWarning =
  /** Pour les services facturés avec un abonnement mensuel : toute récurrence entamée est due (FULL_PERIOD_DUE). */
  | 'STARTED_MONTH_DUE';

/** Where a termination stands. */
export type TerminationState =
  /** Applied: the OC is terminated and its closing invoice issued. */
  | 'EFFECTIVE'
  /** Requested, waiting for its effective date; can be withdrawn until then. */
  | 'REQUESTED'
  /** Withdrawn before taking effect. */
  | 'WITHDRAWN';

export type OffersListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ContractedOfferFilterInput | null | undefined;
  orderBy?: ContractedOfferOrderInput | null | undefined;
  clientId?: string | number;
  withClient?: boolean;
}>;


export type OffersListQuery = { viewer: { permissions: Array<Permission> } | null, company?: { id: string, legalName: string, reference: string, number: number, viewerPermissions: Array<Permission> } | null, contractedOffers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, name: string, salesAdminName: string | null, orderReference: string | null, orderType: OrderType, deliveredOn: string | null, state: ContractedOfferState, endCustomer: { id: string, legalName: string } | null, billingAccount: { id: string, legalName: string } | null, site: { id: string, name: string } } }> } };

export type OfferDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferDetailQuery = { contractedOffer: { id: string, reference: string, name: string, state: ContractedOfferState, salesAdminName: string | null, orderReference: string | null, orderType: OrderType, deliveredOn: string | null, activatedOn: string | null, commitmentEndsOn: string | null, terminatedOn: string | null, noticePeriodMonths: number, monthlyPriceCents: number, endCustomer: { id: string, legalName: string } | null, billingAccount: { id: string, legalName: string, viewerPermissions: Array<Permission> } | null, site: { id: string, name: string, addressLine1: string, addressLine2: string | null, postalCode: string, city: string }, offer: { code: string, name: string, commitmentMonths: number, earlyTerminationPolicy: EarlyTerminationPolicy, earlyTerminationSharePercent: number, lastPeriodPolicy: LastPeriodPolicy, hasEquipment: boolean }, services: Array<{ id: string, kind: ServiceKind, identifier: string, portingCode: string | null, state: ServiceState, endedOn: string | null }>, orders: Array<{ reference: string, type: OrderType, orderedOn: string }>, termination: { id: string, state: TerminationState, desiredOn: string, effectiveOn: string, earlyTerminationFeeCents: number, equipmentReturnReference: string | null, equipmentReturnDeadline: string | null, comments: string | null, requestedAt: string, withdrawnAt: string | null } | null, terminationHistory: Array<{ id: string, state: TerminationState, desiredOn: string, effectiveOn: string, requestedAt: string, requestedByName: string, withdrawnAt: string | null, withdrawnByName: string | null }> } | null };

export type OfferSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type OfferSummaryQuery = { contractedOffer: { id: string, reference: string, name: string, state: ContractedOfferState } | null };

export type OffersTerminationQuoteQueryVariables = Exact<{
  input: TerminationQuoteInput;
}>;


export type OffersTerminationQuoteQuery = { contractedOfferTerminationQuote: Array<{ desiredOn: string | null, effectiveOn: string | null, noticePeriodMonths: number | null, earlyTerminationFeeCents: number | null, warningCodes: Array<TerminationQuoteWarning>, contractedOffer: { id: string, reference: string, name: string, state: ContractedOfferState } | null, upcomingInvoices: Array<{ issuedOn: string | null, periodStart: string | null, periodEnd: string | null, totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, refundDueOn: string | null, lines: Array<{ lineKind: DocumentLineKind, label: string, periodStart: string | null, periodEnd: string | null, totalExclVatCents: number, vatCents: number, vatRateBasisPoints: number }> }>, closingInvoice: { totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, refundDueOn: string | null, lines: Array<{ lineKind: DocumentLineKind, label: string, periodStart: string | null, periodEnd: string | null, totalExclVatCents: number, vatCents: number, vatRateBasisPoints: number }> } | null, creditNote: { totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, refundDueOn: string | null, lines: Array<{ lineKind: DocumentLineKind, label: string, periodStart: string | null, periodEnd: string | null, totalExclVatCents: number, vatCents: number, vatRateBasisPoints: number }> } | null, equipmentReturn: { reference: string, deadline: string } | null, existingTermination: { id: string, state: TerminationState, desiredOn: string, effectiveOn: string } | null, remainingToPay: { totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number } | null, error: { code: string, message: string, field: Array<string> | null } | null }> };

export type QuotedDocumentFieldsFragment = { totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, refundDueOn: string | null, lines: Array<{ lineKind: DocumentLineKind, label: string, periodStart: string | null, periodEnd: string | null, totalExclVatCents: number, vatCents: number, vatRateBasisPoints: number }> };

export type OfferTerminateMutationVariables = Exact<{
  input: ContractedOfferTerminateInput;
}>;


export type OfferTerminateMutation = { contractedOfferTerminate: { contractedOffer: { id: string, state: ContractedOfferState } | null, termination: { id: string, state: TerminationState, desiredOn: string, effectiveOn: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type OfferTerminationWithdrawMutationVariables = Exact<{
  input: ContractedOfferTerminationWithdrawInput;
}>;


export type OfferTerminationWithdrawMutation = { contractedOfferTerminationWithdraw: { contractedOffer: { id: string, state: ContractedOfferState } | null, termination: { id: string, state: TerminationState, withdrawnAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type OffersTerminateMutationVariables = Exact<{
  input: ContractedOffersTerminateInput;
}>;


export type OffersTerminateMutation = { contractedOffersTerminate: { terminations: Array<{ id: string, state: TerminationState, desiredOn: string, effectiveOn: string, earlyTerminationFeeCents: number, equipmentReturnReference: string | null, equipmentReturnDeadline: string | null }>, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export const QuotedDocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotedDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"refundDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineKind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatRateBasisPoints"}}]}}]}}]} as unknown as DocumentNode<QuotedDocumentFieldsFragment, unknown>;
export const OffersListDocument = {"__meta__":{"hash":"sha256:3c8937e14ef6d0e84a9ba5531aed8d32b050d9db21da75699bf570dca65dc1d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractedOfferFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractedOfferOrderInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withClient"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withClient"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractedOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"salesAdminName"}},{"kind":"Field","name":{"kind":"Name","value":"orderReference"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"endCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffersListQuery, OffersListQueryVariables>;
export const OfferDetailDocument = {"__meta__":{"hash":"sha256:df1eb4427e2758d0ae8e24318d13f8d34a5c54a77825712a9e282d07f648c5b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"salesAdminName"}},{"kind":"Field","name":{"kind":"Name","value":"orderReference"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"endCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentMonths"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"lastPeriodPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"hasEquipment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"portingCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentReturnReference"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentReturnDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terminationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnByName"}}]}}]}}]}}]} as unknown as DocumentNode<OfferDetailQuery, OfferDetailQueryVariables>;
export const OfferSummaryDocument = {"__meta__":{"hash":"sha256:12135ba56afe83c54f488409b84dd4c6b2303f5d9389c1a4f0226a037c79e5c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<OfferSummaryQuery, OfferSummaryQueryVariables>;
export const OffersTerminationQuoteDocument = {"__meta__":{"hash":"sha256:3ef364e896307716c03a6b6b1c336a30e34b14c65b51f0305c4bfa5b5b48eebe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffersTerminationQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminationQuoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOfferTerminationQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"desiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"upcomingInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotedDocumentFields"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closingInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotedDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuotedDocumentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equipmentReturn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"existingTermination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remainingToPay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningCodes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuotedDocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"refundDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineKind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatRateBasisPoints"}}]}}]}}]} as unknown as DocumentNode<OffersTerminationQuoteQuery, OffersTerminationQuoteQueryVariables>;
export const OfferTerminateDocument = {"__meta__":{"hash":"sha256:35e2e194f805a389640980b9cbdf55306ea0f73cfe0a10a2e0be54f4ab349da4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferTerminate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractedOfferTerminateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOfferTerminate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OfferTerminateMutation, OfferTerminateMutationVariables>;
export const OfferTerminationWithdrawDocument = {"__meta__":{"hash":"sha256:38edf51d38d2e039afe9656265b4721ebf458b9512d3071cfa7a78937377cda1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OfferTerminationWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractedOfferTerminationWithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOfferTerminationWithdraw"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"termination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OfferTerminationWithdrawMutation, OfferTerminationWithdrawMutationVariables>;
export const OffersTerminateDocument = {"__meta__":{"hash":"sha256:075469828c3da361e520424086fa7294591a7c49e6c621f93429ace8baf6300d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OffersTerminate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractedOffersTerminateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOffersTerminate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"earlyTerminationFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentReturnReference"}},{"kind":"Field","name":{"kind":"Name","value":"equipmentReturnDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OffersTerminateMutation, OffersTerminateMutationVariables>;