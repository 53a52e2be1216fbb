/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What an API token may do of its creator's rights: read or write, per domain. */
export type ApiScope =
  /** Read invoices and credit notes. */
  | 'BILLING_READ'
  /** Change payment details. */
  | 'BILLING_WRITE'
  /** Read company data, sites, universes, customers. */
  | 'COMPANY_READ'
  /** Change company data and sites. */
  | 'COMPANY_WRITE'
  /** Read users and the audit log. */
  | 'IDENTITY_READ'
  /** Manage users and rights. */
  | 'IDENTITY_WRITE'
  /** Read contracted offers and services. */
  | 'OFFERS_READ'
  /** Order and terminate contracted offers. */
  | 'OFFERS_WRITE'
  /** Move orders through their delivery milestones, as the operator's delivery desk (needs the orders role on the provider). */
  | 'ORDERS_DELIVER'
  /** Manage webhook endpoints, read their delivery log and replay deliveries. */
  | 'WEBHOOKS';

/** A new API token for third-party access. */
export type ApiTokenCreateInput = {
  /** Validity in days (1 to 366). */
  expiresInDays?: number;
  /** A name to recognise it (e.g. "ERP comptable"). */
  name: string;
  /** What it may do; never more than its creator can. */
  scopes: Array<ApiScope>;
};

/** The token to revoke. */
export type ApiTokenRevokeInput = {
  /** Global id of the token. */
  apiTokenId: string | number;
};

/** État of a company. */
export type CompanyState =
  /** Activé(e). */
  | 'ACTIVE'
  /** Clôturé(e). */
  | 'CLOSED'
  /** Suspendu(e). */
  | 'SUSPENDED';

/** Changes to a company; fields left out stay as they are. */
export type CompanyUpdateInput = {
  /** Commentaire (empty string to clear). */
  comment?: string | null | undefined;
  /** The company. */
  companyId: string | number;
  /** Adresse électronique de facturation (scheme 0225), as the e-invoicing directory lists it: the provider only (empty string to clear). */
  electronicAddress?: string | null | undefined;
  /** Situation financière: the provider only. */
  financialStatus?: FinancialStatus | null | undefined;
  /** Type de garantie: the provider only. */
  guaranteeType?: GuaranteeType | null | undefined;
  /** SIREN: the provider only. */
  siren?: string | null | undefined;
  /** Site internet, https://… (empty string to clear). */
  website?: string | null | undefined;
};

/** A new customer company, created under the caller's company. */
export type CustomerCreateInput = {
  /** The customer's first administrator. */
  administrator: FirstAdministratorInput;
  /** The head office ("Siège Social"): address and payment details. */
  headOffice: SiteFieldsInput;
  /** Statut juridique. */
  legalForm: LegalForm;
  /** Raison sociale. */
  legalName: string;
  /** SIREN (9 digits with its check digit); none for bodies that have none. */
  siren?: string | null | undefined;
  /** Site internet. */
  website?: string | null | undefined;
};

/** Filters of the customer search; all optional, combined with "and". */
export type CustomerFilterInput = {
  /** Created on or after this date (YYYY-MM-DD, Paris). */
  createdFrom?: string | null | undefined;
  /** Created on or before this date (YYYY-MM-DD, Paris). */
  createdTo?: string | null | undefined;
  /** Identifiant (44284) or référence (OIP-00044284). */
  identifier?: string | null | undefined;
  /** Any of these legal forms. */
  legalForms?: Array<LegalForm> | null | undefined;
  /** Raison sociale contains this text, whatever the accents and case. */
  legalName?: string | null | undefined;
  /** Any of these states. */
  states?: Array<CompanyState> | null | undefined;
};

/** Sort order of the customer list; ties are broken by identifiant. */
export type CustomerOrderInput = {
  /** Direction. */
  direction?: SortDirection;
  /** Column to sort on. */
  field: CustomerSortField;
};

/** Columns of the customer list. */
export type CustomerSortField =
  /** Date de création. */
  | 'CREATED_AT'
  /** Identifiant. */
  | 'IDENTIFIER'
  /** Statut juridique. */
  | 'LEGAL_FORM'
  /** Raison sociale. */
  | 'LEGAL_NAME'
  /** État. */
  | 'STATE';

/** Situation financière, set by the provider. */
export type FinancialStatus =
  /** En défaut de paiement. */
  | 'DEFAULT'
  /** Saine. */
  | 'HEALTHY'
  /** Sous surveillance. */
  | 'WATCH';

/** The first administrator of a new customer: they receive the password setup e-mail. */
export type FirstAdministratorInput = {
  /** E-mail address. */
  email: string;
  /** Prénom. */
  firstName: string;
  /** Nom. */
  lastName: string;
};

/** Type de garantie, set by the provider. */
export type GuaranteeType =
  /** Garantie bancaire. */
  | 'BANK_GUARANTEE'
  /** Dépôt de garantie. */
  | 'DEPOSIT'
  /** Aucune. */
  | 'NONE';

/** Statut juridique of a company. */
export type LegalForm =
  /** Association. */
  | 'ASSOCIATION'
  /** Autres. */
  | 'AUTRES'
  /** Collectivité publique. */
  | 'COLLECTIVITE'
  /** Entreprise individuelle. */
  | 'EI'
  /** Entreprise unipersonnelle à responsabilité limitée. */
  | 'EURL'
  /** Société anonyme. */
  | 'SA'
  /** Société à responsabilité limitée. */
  | 'SARL'
  /** Société par actions simplifiée. */
  | 'SAS'
  /** Société par actions simplifiée unipersonnelle. */
  | 'SASU'
  /** Société en nom collectif. */
  | 'SNC';

/** How a site pays its invoices. */
export type PaymentMethod =
  /** Prélèvement SEPA, with a mandate reference. */
  | 'SEPA_DIRECT_DEBIT'
  /** Virement. */
  | 'TRANSFER';

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

/** Rights a user holds on a company, and on every company below it. */
export type Role =
  /** Manages the company: users and rights, API tokens, company data, sites; and everything below. */
  | 'ADMINISTRATOR'
  /** Reads invoices and credit notes; edits payment details. */
  | 'BILLING'
  /** Orders and terminates contracted offers. */
  | 'ORDERS'
  /** Reads everything in reach, changes nothing. */
  | 'READ_ONLY';

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

/** The site to close. */
export type SiteCloseInput = {
  /** The site. */
  siteId: string | number;
};

/** "Nouveau site" of a company. */
export type SiteCreateInput = {
  /** Address, first line. */
  addressLine1?: string | null | undefined;
  /** Address, second line. */
  addressLine2?: string | null | undefined;
  /** BIC, 8 or 11 characters. */
  bic?: string | null | undefined;
  /** Ville. */
  city?: string | null | undefined;
  /** The company. */
  companyId: string | number;
  /** Country, ISO 3166-1 alpha-2 (default FR). */
  country?: string | null | undefined;
  /** IBAN, spaces allowed; checked by mod-97. */
  iban?: string | null | undefined;
  /** Make it the head office (the previous one steps down). */
  isHeadOffice?: boolean | null | undefined;
  /** Name of the site. */
  name?: string | null | undefined;
  /** SEPA direct debit (needs IBAN and mandate) or transfer. */
  paymentMethod?: PaymentMethod | null | undefined;
  /** Code postal. */
  postalCode?: string | null | undefined;
  /** Référence unique de mandat (RUM). */
  sepaMandateReference?: string | null | undefined;
};

/** Address and payment details of a site. */
export type SiteFieldsInput = {
  /** Address, first line. */
  addressLine1?: string | null | undefined;
  /** Address, second line. */
  addressLine2?: string | null | undefined;
  /** BIC, 8 or 11 characters. */
  bic?: string | null | undefined;
  /** Ville. */
  city?: string | null | undefined;
  /** Country, ISO 3166-1 alpha-2 (default FR). */
  country?: string | null | undefined;
  /** IBAN, spaces allowed; checked by mod-97. */
  iban?: string | null | undefined;
  /** Make it the head office (the previous one steps down). */
  isHeadOffice?: boolean | null | undefined;
  /** Name of the site. */
  name?: string | null | undefined;
  /** SEPA direct debit (needs IBAN and mandate) or transfer. */
  paymentMethod?: PaymentMethod | null | undefined;
  /** Code postal. */
  postalCode?: string | null | undefined;
  /** Référence unique de mandat (RUM). */
  sepaMandateReference?: string | null | undefined;
};

/** Whether a site is in use. */
export type SiteState =
  /** In use. */
  | 'ACTIVE'
  /** Closed; kept for history. */
  | 'CLOSED';

/** Changes to a site. */
export type SiteUpdateInput = {
  /** Address, first line. */
  addressLine1?: string | null | undefined;
  /** Address, second line. */
  addressLine2?: string | null | undefined;
  /** BIC, 8 or 11 characters. */
  bic?: string | null | undefined;
  /** Ville. */
  city?: string | null | undefined;
  /** Country, ISO 3166-1 alpha-2 (default FR). */
  country?: string | null | undefined;
  /** IBAN, spaces allowed; checked by mod-97. */
  iban?: string | null | undefined;
  /** Make it the head office (the previous one steps down). */
  isHeadOffice?: boolean | null | undefined;
  /** Name of the site. */
  name?: string | null | undefined;
  /** SEPA direct debit (needs IBAN and mandate) or transfer. */
  paymentMethod?: PaymentMethod | null | undefined;
  /** Code postal. */
  postalCode?: string | null | undefined;
  /** Référence unique de mandat (RUM). */
  sepaMandateReference?: string | null | undefined;
  /** The site. */
  siteId: string | number;
};

/** Sort order. */
export type SortDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** A role a company holds: client, reseller (manages clients) or operator (manages resellers). */
export type Universe =
  /** Univers client. */
  | 'CLIENT'
  /** Univers opérateur. */
  | 'OPERATOR'
  /** Univers revendeur. */
  | 'RESELLER';

/** "Ajouter un univers revendeur" to a company. */
export type UniverseAddResellerInput = {
  /** The company that becomes a reseller. */
  companyId: string | number;
};

/** The universe to act in. */
export type UniverseChooseInput = {
  /** One of the universes the caller's company holds. */
  universe: Universe;
};

/** A new user of a company: they receive an e-mail with their login and a password setup link. */
export type UserCreateInput = {
  /** The company of the user (yours or one in reach). */
  companyId: string | number;
  /** E-mail address. */
  email: string;
  /** Prénom. */
  firstName: string;
  /** Nom. */
  lastName: string;
  /** Roles on the company; you can only give rights you hold. */
  roles: Array<Role>;
};

/** The user to deactivate. */
export type UserDeactivateInput = {
  /** The user. */
  userId: string | number;
};

/** The user who gets a new password setup link. */
export type UserSetupLinkResendInput = {
  /** The user; one who has not chosen a password yet. */
  userId: string | number;
};

/** Whether a user can log in. */
export type UserState =
  /** Can log in. */
  | 'ACTIVE'
  /** Deactivated by an administrator; sessions and tokens stopped. */
  | 'DISABLED'
  /** Created; waiting for the password to be set from the e-mailed link. */
  | 'PENDING_SETUP';

/** Changes to a user; fields left out stay as they are. */
export type UserUpdateInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** Prénom. */
  firstName?: string | null | undefined;
  /** Nom. */
  lastName?: string | null | undefined;
  /** The full new set of roles; the last administrator keeps the role. */
  roles?: Array<Role> | null | undefined;
  /** The user. */
  userId: string | number;
};

/** The failed deliveries of an endpoint to send again. */
export type WebhookDeliveriesReplayInput = {
  /** Global id of the endpoint. */
  endpointId: string | number;
  /** Deliveries created since this time that failed (given up or waiting for a retry). */
  since: string;
};

/** One delivery to send again. */
export type WebhookDeliveryReplayInput = {
  /** Global id of the delivery. */
  deliveryId: string | number;
};

/** Where the delivery of one event to one endpoint stands. */
export type WebhookDeliveryState =
  /** The endpoint answered with a 2xx status. */
  | 'DELIVERED'
  /** Given up after three days of retries; can be replayed. */
  | 'FAILED'
  /** Waiting for its first attempt or its next retry. */
  | 'PENDING';

/** A new webhook endpoint. */
export type WebhookEndpointCreateInput = {
  /** The company whose events it receives (its own and those below it); the caller's company by default. */
  companyId?: string | number | null | undefined;
  /** What it is for (at most 500 characters). */
  description?: string;
  /** The event types to receive; each needs the right to read what it points to. */
  eventTypes: Array<WebhookEventType>;
  /** The https URL to POST events to. */
  url: string;
};

/** One webhook endpoint. */
export type WebhookEndpointRefInput = {
  /** Global id of the endpoint. */
  endpointId: string | number;
};

/** A new signing secret for an endpoint. */
export type WebhookEndpointRotateSecretInput = {
  /** Global id of the endpoint. */
  endpointId: string | number;
  /** Hours during which the previous secret still signs messages too (0 to 168). */
  overlapHours?: number;
};

/** Changes to a webhook endpoint; absent fields stay as they are. */
export type WebhookEndpointUpdateInput = {
  /** What it is for. */
  description?: string | null | undefined;
  /** Enable or disable; enabling again resumes the pending deliveries. */
  enabled?: boolean | null | undefined;
  /** Global id of the endpoint. */
  endpointId: string | number;
  /** The event types to receive. */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** The https URL. */
  url?: string | null | undefined;
};

/** What an event says happened; its value in the payload is `type` (e.g. `invoice.issued`). Types said to come "with" a domain are published once that domain exists in the portal. */
export type WebhookEventType =
  /** contracted_offer.delivered: comes with the orders domain. */
  | 'CONTRACTED_OFFER_DELIVERED'
  /** credit_note.issued: a credit note took its number (data: companyId, creditNoteId). */
  | 'CREDIT_NOTE_ISSUED'
  /** document.status_changed: the e-invoicing platform reported a new status; comes with the e-invoicing platform. */
  | 'DOCUMENT_STATUS_CHANGED'
  /** invoice.issued: an invoice took its number (data: companyId, invoiceId). */
  | 'INVOICE_ISSUED'
  /** number.ported_out: comes with the porting domain. */
  | 'NUMBER_PORTED_OUT'
  /** order.status_changed: comes with the orders domain. */
  | 'ORDER_STATUS_CHANGED'
  /** termination.effective: the termination took effect; the contracted offer is terminated. */
  | 'TERMINATION_EFFECTIVE'
  /** termination.requested: a termination of a contracted offer was requested (data: companyId, terminationId, contractedOfferId). */
  | 'TERMINATION_REQUESTED'
  /** termination.withdrawn: a pending termination was withdrawn. */
  | 'TERMINATION_WITHDRAWN'
  /** usage.threshold_crossed: comes with the usage domain. */
  | 'USAGE_THRESHOLD_CROSSED'
  /** user.created: a user was created (data: companyId, userId). */
  | 'USER_CREATED'
  /** user.deactivated: a user was deactivated (data: companyId, userId). */
  | 'USER_DEACTIVATED'
  /** webhook.test: sent by "send test event" to one endpoint; cannot be subscribed to. */
  | 'WEBHOOK_TEST';

export type CompanyViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyViewerQuery = { viewer: { actingUniverse: Universe, universes: Array<Universe>, permissions: Array<Permission>, user: { id: string, login: string, company: { id: string } } } | null };

export type CompanyMineQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyMineQuery = { myCompany: { id: string, number: number, reference: string, legalName: string, siren: string | null, legalForm: LegalForm, comment: string | null, website: string | null, createdAt: string, financialStatus: FinancialStatus, guaranteeType: GuaranteeType, state: CompanyState, universes: Array<Universe>, viewerPermissions: Array<Permission>, contacts: Array<{ id: string, firstName: string, lastName: string, function: string | null, email: string | null, phone: string | null }>, sites: Array<{ id: string, name: string, isHeadOffice: boolean, city: string }>, usefulLinks: { orderUrl: string, invoiceCount: number | null, creditNoteCount: number | null, contractedOfferCount: number | null, serviceCount: number | null } } };

export type CompanyCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CompanyCustomerQuery = { company: { id: string, number: number, reference: string, legalName: string, siren: string | null, legalForm: LegalForm, comment: string | null, website: string | null, createdAt: string, financialStatus: FinancialStatus, guaranteeType: GuaranteeType, state: CompanyState, universes: Array<Universe>, viewerPermissions: Array<Permission>, managementPath: Array<{ id: string, legalName: string }>, usefulLinks: { orderUrl: string, invoiceCount: number | null, creditNoteCount: number | null, contractedOfferCount: number | null, serviceCount: number | null } } | null };

export type CompanyUpdateMutationVariables = Exact<{
  input: CompanyUpdateInput;
}>;


export type CompanyUpdateMutation = { companyUpdate: { company: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanySitesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanySitesQuery = { myCompany: { id: string, viewerPermissions: Array<Permission>, sites: Array<{ id: string, name: string, isHeadOffice: boolean, addressLine1: string, addressLine2: string | null, postalCode: string, city: string, country: string, paymentMethod: PaymentMethod | null, iban: string | null, ibanMasked: boolean, bic: string | null, sepaMandateReference: string | null, state: SiteState }> } };

export type CompanySiteCreateMutationVariables = Exact<{
  input: SiteCreateInput;
}>;


export type CompanySiteCreateMutation = { siteCreate: { site: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanySiteUpdateMutationVariables = Exact<{
  input: SiteUpdateInput;
}>;


export type CompanySiteUpdateMutation = { siteUpdate: { site: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanySiteCloseMutationVariables = Exact<{
  input: SiteCloseInput;
}>;


export type CompanySiteCloseMutation = { siteClose: { site: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyUsersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CompanyUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, login: string, firstName: string, lastName: string, email: string, roles: Array<Role>, state: UserState, lastLoginAt: string | null } }> } };

export type CompanyUserCreateMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type CompanyUserCreateMutation = { userCreate: { user: { id: string, login: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyUserUpdateMutationVariables = Exact<{
  input: UserUpdateInput;
}>;


export type CompanyUserUpdateMutation = { userUpdate: { user: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyUserSetupLinkResendMutationVariables = Exact<{
  input: UserSetupLinkResendInput;
}>;


export type CompanyUserSetupLinkResendMutation = { userSetupLinkResend: { user: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyUserDeactivateMutationVariables = Exact<{
  input: UserDeactivateInput;
}>;


export type CompanyUserDeactivateMutation = { userDeactivate: { user: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyApiTokensQuery = { apiTokens: Array<{ id: string, name: string, prefix: string, scopes: Array<ApiScope>, createdByLogin: string, createdAt: string, expiresAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CompanyApiTokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type CompanyApiTokenCreateMutation = { apiTokenCreate: { secret: string | null, apiToken: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyApiTokenRevokeMutationVariables = Exact<{
  input: ApiTokenRevokeInput;
}>;


export type CompanyApiTokenRevokeMutation = { apiTokenRevoke: { apiToken: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyAuditQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CompanyAuditQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: string, actorLogin: string | null, details: Record<string, unknown> | null, ipAddress: string | null, occurredAt: string, targetId: string | null, targetType: string | null } }> } };

export type CompanyUniverseChooseMutationVariables = Exact<{
  input: UniverseChooseInput;
}>;


export type CompanyUniverseChooseMutation = { universeChoose: { viewer: { actingUniverse: Universe } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyUniverseAddResellerMutationVariables = Exact<{
  input: UniverseAddResellerInput;
}>;


export type CompanyUniverseAddResellerMutation = { universeAddReseller: { company: { id: string, legalName: string, universes: Array<Universe> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyCustomersQueryVariables = Exact<{
  filter?: CustomerFilterInput | null | undefined;
  orderBy?: CustomerOrderInput | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type CompanyCustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ path: Array<{ id: string, legalName: string }>, node: { id: string, number: number, legalName: string, legalForm: LegalForm, state: CompanyState, createdAt: string } }> } };

export type CompanyCustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CompanyCustomerCreateMutation = { customerCreate: { company: { id: string, legalName: string } | null, administrator: { login: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyCustomerServicesQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CompanyCustomerServicesQuery = { customerServices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ServiceKind, identifier: string, portingCode: string | null, state: ServiceState, contractedOffer: { id: string, reference: string }, site: { id: string, name: string } } }> } };

export type CompanyWebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyWebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, failingSince: string | null, previousSecretExpiresAt: string | null, createdAt: string }> };

export type CompanyWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
}>;


export type CompanyWebhookDeliveriesQuery = { webhookDeliveries: Array<{ id: string, state: WebhookDeliveryState, attemptCount: number, nextAttemptAt: string, createdAt: string, event: { id: string, type: WebhookEventType, occurredAt: string }, attempts: Array<{ at: string, status: number | null, latencyMs: number, error: string | null, responseExcerpt: string }> }> };

export type CompanyWebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointCreateInput;
}>;


export type CompanyWebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, endpoint: { id: string, url: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyWebhookEndpointUpdateMutationVariables = Exact<{
  input: WebhookEndpointUpdateInput;
}>;


export type CompanyWebhookEndpointUpdateMutation = { webhookEndpointUpdate: { endpoint: { id: string, enabled: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyWebhookEndpointDeleteMutationVariables = Exact<{
  input: WebhookEndpointRefInput;
}>;


export type CompanyWebhookEndpointDeleteMutation = { webhookEndpointDelete: { deletedEndpointId: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyWebhookRotateSecretMutationVariables = Exact<{
  input: WebhookEndpointRotateSecretInput;
}>;


export type CompanyWebhookRotateSecretMutation = { webhookEndpointRotateSecret: { secret: string | null, endpoint: { id: string, url: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyWebhookSendTestMutationVariables = Exact<{
  input: WebhookEndpointRefInput;
}>;


export type CompanyWebhookSendTestMutation = { webhookEndpointSendTest: { event: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyWebhookDeliveryReplayMutationVariables = Exact<{
  input: WebhookDeliveryReplayInput;
}>;


export type CompanyWebhookDeliveryReplayMutation = { webhookDeliveryReplay: { replayed: number | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyWebhookDeliveriesReplayMutationVariables = Exact<{
  input: WebhookDeliveriesReplayInput;
}>;


export type CompanyWebhookDeliveriesReplayMutation = { webhookDeliveriesReplay: { replayed: number | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompanyApiTokenUsageQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyApiTokenUsageQuery = { apiTokens: Array<{ id: string, name: string, usage: { rateLimitLimit: number, rateLimitRemaining: number, maxCostPerOperation: number, lastUsedAt: string | null, days: Array<{ day: string, requests: number, errors: number, costSpent: number }> } }> };


export const CompanyViewerDocument = {"__meta__":{"hash":"sha256:870cab60c4b17b20e614ffb833074f0b3f764a627936508c7539f0870d0b6335"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingUniverse"}},{"kind":"Field","name":{"kind":"Name","value":"universes"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyViewerQuery, CompanyViewerQueryVariables>;
export const CompanyMineDocument = {"__meta__":{"hash":"sha256:ac331ab3c00fe40bdf2a42652ec3b31cebe87766557f3d42e2319e7a644aa9dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"universes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"function"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadOffice"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usefulLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteCount"}},{"kind":"Field","name":{"kind":"Name","value":"contractedOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyMineQuery, CompanyMineQueryVariables>;
export const CompanyCustomerDocument = {"__meta__":{"hash":"sha256:98215d0648679d6c3a7de44f7d91cb5b05110c6bd04c3f634f09acc08d005169"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"financialStatus"}},{"kind":"Field","name":{"kind":"Name","value":"guaranteeType"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"universes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"}},{"kind":"Field","name":{"kind":"Name","value":"managementPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usefulLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteCount"}},{"kind":"Field","name":{"kind":"Name","value":"contractedOfferCount"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCount"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCustomerQuery, CompanyCustomerQueryVariables>;
export const CompanyUpdateDocument = {"__meta__":{"hash":"sha256:ab89b3c3067880c2aa4763b600e29768bb4a09c982ba1d449c444f70990410d4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUpdateMutation, CompanyUpdateMutationVariables>;
export const CompanySitesDocument = {"__meta__":{"hash":"sha256:890961173b45139917d75881e9de54a00199450d663cd0e00477efacdc6268bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanySites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPermissions"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isHeadOffice"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"iban"}},{"kind":"Field","name":{"kind":"Name","value":"ibanMasked"}},{"kind":"Field","name":{"kind":"Name","value":"bic"}},{"kind":"Field","name":{"kind":"Name","value":"sepaMandateReference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<CompanySitesQuery, CompanySitesQueryVariables>;
export const CompanySiteCreateDocument = {"__meta__":{"hash":"sha256:a112e03ed624a6d1b08a252d5098c310bc8b3e82b76d921f14698f88a2aeadbe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanySiteCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanySiteCreateMutation, CompanySiteCreateMutationVariables>;
export const CompanySiteUpdateDocument = {"__meta__":{"hash":"sha256:7cbcdbedee842c4a9916c60136da9c3530e121ae28f9ab22082f6294b1cf03ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanySiteUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanySiteUpdateMutation, CompanySiteUpdateMutationVariables>;
export const CompanySiteCloseDocument = {"__meta__":{"hash":"sha256:89b9bb6209e811a9b7647eee77a465b16bf8fdc47f467cfcc337a26097ab6658"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanySiteClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanySiteCloseMutation, CompanySiteCloseMutationVariables>;
export const CompanyUsersDocument = {"__meta__":{"hash":"sha256:0663dbbf290e52611aeac9075285e29e8301f082b8b34b4dcccd8a74eac43d0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUsersQuery, CompanyUsersQueryVariables>;
export const CompanyUserCreateDocument = {"__meta__":{"hash":"sha256:599650552fa8a8468b5e369632c800aca26e1ac6dfd331cdd8f0fd637c1267f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUserCreateMutation, CompanyUserCreateMutationVariables>;
export const CompanyUserUpdateDocument = {"__meta__":{"hash":"sha256:846942047ad0a169181a845d710e53331303978dcde5423abed0ac0c56bbe40e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUserUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUserUpdateMutation, CompanyUserUpdateMutationVariables>;
export const CompanyUserSetupLinkResendDocument = {"__meta__":{"hash":"sha256:b18bad13be8fe697cf7df325084bbf6264f77135363cdf538da40b8600f77908"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUserSetupLinkResend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserSetupLinkResendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSetupLinkResend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUserSetupLinkResendMutation, CompanyUserSetupLinkResendMutationVariables>;
export const CompanyUserDeactivateDocument = {"__meta__":{"hash":"sha256:2c8235168b85a65a62ba000140afda22fbf1821ceda48b44c4c155b8bff5eab7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUserDeactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserDeactivateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userDeactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUserDeactivateMutation, CompanyUserDeactivateMutationVariables>;
export const CompanyApiTokensDocument = {"__meta__":{"hash":"sha256:6c67442a4006f24b1e17d17d5b91b572dad28e60d7463c8eaca516873dde3e5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdByLogin"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<CompanyApiTokensQuery, CompanyApiTokensQueryVariables>;
export const CompanyApiTokenCreateDocument = {"__meta__":{"hash":"sha256:41d1d74778c8f0bc0e1db1da3afaed0e1c1b452ef35caa06f95c89ed82ca0f57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyApiTokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyApiTokenCreateMutation, CompanyApiTokenCreateMutationVariables>;
export const CompanyApiTokenRevokeDocument = {"__meta__":{"hash":"sha256:ea1dd024b970c4f2998f0edd4805d9b6229275a5c6cfb5431242520ca6c6f195"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyApiTokenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyApiTokenRevokeMutation, CompanyApiTokenRevokeMutationVariables>;
export const CompanyAuditDocument = {"__meta__":{"hash":"sha256:55259a1be4ac2341b7e7043ff034435f056fdb438be54841d0edb652cad76a52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorLogin"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"ipAddress"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyAuditQuery, CompanyAuditQueryVariables>;
export const CompanyUniverseChooseDocument = {"__meta__":{"hash":"sha256:87c6d7656beb1b8697945d6c79510002968400e9081b5ef5d1d59383deeb6160"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUniverseChoose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UniverseChooseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universeChoose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingUniverse"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUniverseChooseMutation, CompanyUniverseChooseMutationVariables>;
export const CompanyUniverseAddResellerDocument = {"__meta__":{"hash":"sha256:7c0faf726d5e091a7c27628f47c83354a678d3812c33cedddd2c0950e92ffaa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyUniverseAddReseller"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UniverseAddResellerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universeAddReseller"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"universes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyUniverseAddResellerMutation, CompanyUniverseAddResellerMutationVariables>;
export const CompanyCustomersDocument = {"__meta__":{"hash":"sha256:a92b597ce24a5db67bb702ad2be25c2acb60262bfb7303b9072c701cf628b2c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrderInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCustomersQuery, CompanyCustomersQueryVariables>;
export const CompanyCustomerCreateDocument = {"__meta__":{"hash":"sha256:0967d67088da9e4e6c9599e99844f1d2174c3ae9ddc2febb34217d35ff49948f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyCustomerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCustomerCreateMutation, CompanyCustomerCreateMutationVariables>;
export const CompanyCustomerServicesDocument = {"__meta__":{"hash":"sha256:0d86257d8de65e511bb1d625238bb104ed5a881f77f3c6f7c6ccfebd744c9133"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyCustomerServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"portingCode"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"contractedOffer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyCustomerServicesQuery, CompanyCustomerServicesQueryVariables>;
export const CompanyWebhookEndpointsDocument = {"__meta__":{"hash":"sha256:d041c656007db7fc44f977726e13b35b72b0610f582c439d332d5490a7324c5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyWebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookEndpointsQuery, CompanyWebhookEndpointsQueryVariables>;
export const CompanyWebhookDeliveriesDocument = {"__meta__":{"hash":"sha256:50fd3b71eb1674e6f104587249691e42532716e1a50f18168a01777ed5365253"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookDeliveriesQuery, CompanyWebhookDeliveriesQueryVariables>;
export const CompanyWebhookEndpointCreateDocument = {"__meta__":{"hash":"sha256:9a300fa045dd638bb88a57056cbedeb581a304658e3730b42d26f0244a378a18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWebhookEndpointCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookEndpointCreateMutation, CompanyWebhookEndpointCreateMutationVariables>;
export const CompanyWebhookEndpointUpdateDocument = {"__meta__":{"hash":"sha256:eac824873257c06602df5d7916f54f53b914c5fa2968f110ff0002498f980a6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWebhookEndpointUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookEndpointUpdateMutation, CompanyWebhookEndpointUpdateMutationVariables>;
export const CompanyWebhookEndpointDeleteDocument = {"__meta__":{"hash":"sha256:cf2222eb92e3b2c83e93be378a6c62320eb2095ea6c5dded36b62c65570c437f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWebhookEndpointDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedEndpointId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookEndpointDeleteMutation, CompanyWebhookEndpointDeleteMutationVariables>;
export const CompanyWebhookRotateSecretDocument = {"__meta__":{"hash":"sha256:48a175a90d4425ec1a0a0e335971b00edbc05f0973f581ec410d9d5c9f2e464d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWebhookRotateSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointRotateSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointRotateSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookRotateSecretMutation, CompanyWebhookRotateSecretMutationVariables>;
export const CompanyWebhookSendTestDocument = {"__meta__":{"hash":"sha256:79dbf2c64a0df9a7b979a7b0112a761bf89cf07f96e6a5e6e9610e4a87f8b4a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWebhookSendTest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointSendTest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookSendTestMutation, CompanyWebhookSendTestMutationVariables>;
export const CompanyWebhookDeliveryReplayDocument = {"__meta__":{"hash":"sha256:6b5986987ecc567feb4c1033f3ed860db4421bf17d6f14215cdbf1443ba95bb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWebhookDeliveryReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryReplayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveryReplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookDeliveryReplayMutation, CompanyWebhookDeliveryReplayMutationVariables>;
export const CompanyWebhookDeliveriesReplayDocument = {"__meta__":{"hash":"sha256:2b1bc25d94779722a3687062cf910ee18947e002de7a94909b71ee4ff685f191"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyWebhookDeliveriesReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveriesReplayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveriesReplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyWebhookDeliveriesReplayMutation, CompanyWebhookDeliveriesReplayMutationVariables>;
export const CompanyApiTokenUsageDocument = {"__meta__":{"hash":"sha256:993b3e7176b280ab7c068fc6034d62fc716f7d0f14c04726b867233e0e4dbef2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyApiTokenUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"costSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitLimit"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"maxCostPerOperation"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyApiTokenUsageQuery, CompanyApiTokenUsageQueryVariables>;