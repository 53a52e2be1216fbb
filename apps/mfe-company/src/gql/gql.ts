/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CompanyViewer {\n    viewer { actingUniverse universes permissions user { id login company { id } } }\n  }\n": typeof types.CompanyViewerDocument,
    "\n  query CompanyMine {\n    myCompany {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      contacts { id firstName lastName function email phone }\n      sites { id name isHeadOffice city }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n": typeof types.CompanyMineDocument,
    "\n  query CompanyCustomer($id: ID!) {\n    company(id: $id) {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      managementPath { id legalName }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n": typeof types.CompanyCustomerDocument,
    "\n  mutation CompanyUpdate($input: CompanyUpdateInput!) {\n    companyUpdate(input: $input) { company { id } userErrors { code message field } }\n  }\n": typeof types.CompanyUpdateDocument,
    "\n  query CompanySites {\n    myCompany {\n      id viewerPermissions\n      sites(includeClosed: true) {\n        id name isHeadOffice addressLine1 addressLine2 postalCode city country paymentMethod iban ibanMasked bic sepaMandateReference state\n      }\n    }\n  }\n": typeof types.CompanySitesDocument,
    "\n  mutation CompanySiteCreate($input: SiteCreateInput!) {\n    siteCreate(input: $input) { site { id name } userErrors { code message field } }\n  }\n": typeof types.CompanySiteCreateDocument,
    "\n  mutation CompanySiteUpdate($input: SiteUpdateInput!) {\n    siteUpdate(input: $input) { site { id name } userErrors { code message field } }\n  }\n": typeof types.CompanySiteUpdateDocument,
    "\n  mutation CompanySiteClose($input: SiteCloseInput!) {\n    siteClose(input: $input) { site { id name } userErrors { code message field } }\n  }\n": typeof types.CompanySiteCloseDocument,
    "\n  query CompanyUsers($after: String) {\n    users(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id login firstName lastName email roles state lastLoginAt } }\n    }\n  }\n": typeof types.CompanyUsersDocument,
    "\n  mutation CompanyUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id login } userErrors { code message field } }\n  }\n": typeof types.CompanyUserCreateDocument,
    "\n  mutation CompanyUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } userErrors { code message field } }\n  }\n": typeof types.CompanyUserUpdateDocument,
    "\n  mutation CompanyUserSetupLinkResend($input: UserSetupLinkResendInput!) {\n    userSetupLinkResend(input: $input) { user { id } userErrors { code message field } }\n  }\n": typeof types.CompanyUserSetupLinkResendDocument,
    "\n  mutation CompanyUserDeactivate($input: UserDeactivateInput!) {\n    userDeactivate(input: $input) { user { id } userErrors { code message field } }\n  }\n": typeof types.CompanyUserDeactivateDocument,
    "\n  query CompanyApiTokens {\n    apiTokens { id name prefix scopes createdByLogin createdAt expiresAt lastUsedAt revokedAt }\n  }\n": typeof types.CompanyApiTokensDocument,
    "\n  mutation CompanyApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) { secret apiToken { id name } userErrors { code message field } }\n  }\n": typeof types.CompanyApiTokenCreateDocument,
    "\n  mutation CompanyApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) { apiToken { id } userErrors { code message field } }\n  }\n": typeof types.CompanyApiTokenRevokeDocument,
    "\n  query CompanyAudit($after: String) {\n    auditEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action actorLogin details ipAddress occurredAt targetId targetType } }\n    }\n  }\n": typeof types.CompanyAuditDocument,
    "\n  mutation CompanyUniverseChoose($input: UniverseChooseInput!) {\n    universeChoose(input: $input) { viewer { actingUniverse } userErrors { code message field } }\n  }\n": typeof types.CompanyUniverseChooseDocument,
    "\n  mutation CompanyUniverseAddReseller($input: UniverseAddResellerInput!) {\n    universeAddReseller(input: $input) { company { id legalName universes } userErrors { code message field } }\n  }\n": typeof types.CompanyUniverseAddResellerDocument,
    "\n  query CompanyCustomers($filter: CustomerFilterInput, $orderBy: CustomerOrderInput, $after: String, $first: Int!) {\n    customers(filter: $filter, orderBy: $orderBy, after: $after, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { path { id legalName } node { id number legalName legalForm state createdAt } }\n    }\n  }\n": typeof types.CompanyCustomersDocument,
    "\n  mutation CompanyCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { company { id legalName } administrator { login } userErrors { code message field } }\n  }\n": typeof types.CompanyCustomerCreateDocument,
    "\n  query CompanyCustomerServices($id: ID!, $after: String) {\n    customerServices(companyId: $id, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind identifier portingCode state contractedOffer { id reference } site { id name } } }\n    }\n  }\n": typeof types.CompanyCustomerServicesDocument,
    "\n  query CompanyWebhookEndpoints {\n    webhookEndpoints { id url description eventTypes enabled disabledReason failingSince previousSecretExpiresAt createdAt }\n  }\n": typeof types.CompanyWebhookEndpointsDocument,
    "\n  query CompanyWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id state attemptCount nextAttemptAt createdAt\n      event { id type occurredAt }\n      attempts { at status latencyMs error responseExcerpt }\n    }\n  }\n": typeof types.CompanyWebhookDeliveriesDocument,
    "\n  mutation CompanyWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n": typeof types.CompanyWebhookEndpointCreateDocument,
    "\n  mutation CompanyWebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) { endpoint { id enabled } userErrors { code message field } }\n  }\n": typeof types.CompanyWebhookEndpointUpdateDocument,
    "\n  mutation CompanyWebhookEndpointDelete($input: WebhookEndpointRefInput!) {\n    webhookEndpointDelete(input: $input) { deletedEndpointId userErrors { code message field } }\n  }\n": typeof types.CompanyWebhookEndpointDeleteDocument,
    "\n  mutation CompanyWebhookRotateSecret($input: WebhookEndpointRotateSecretInput!) {\n    webhookEndpointRotateSecret(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n": typeof types.CompanyWebhookRotateSecretDocument,
    "\n  mutation CompanyWebhookSendTest($input: WebhookEndpointRefInput!) {\n    webhookEndpointSendTest(input: $input) { event { id } userErrors { code message field } }\n  }\n": typeof types.CompanyWebhookSendTestDocument,
    "\n  mutation CompanyWebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) { replayed userErrors { code message field } }\n  }\n": typeof types.CompanyWebhookDeliveryReplayDocument,
    "\n  mutation CompanyWebhookDeliveriesReplay($input: WebhookDeliveriesReplayInput!) {\n    webhookDeliveriesReplay(input: $input) { replayed userErrors { code message field } }\n  }\n": typeof types.CompanyWebhookDeliveriesReplayDocument,
    "\n  query CompanyApiTokenUsage {\n    apiTokens { id name usage(days: 30) { days { day requests errors costSpent } rateLimitLimit rateLimitRemaining maxCostPerOperation lastUsedAt } }\n  }\n": typeof types.CompanyApiTokenUsageDocument,
};
const documents: Documents = {
    "\n  query CompanyViewer {\n    viewer { actingUniverse universes permissions user { id login company { id } } }\n  }\n": types.CompanyViewerDocument,
    "\n  query CompanyMine {\n    myCompany {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      contacts { id firstName lastName function email phone }\n      sites { id name isHeadOffice city }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n": types.CompanyMineDocument,
    "\n  query CompanyCustomer($id: ID!) {\n    company(id: $id) {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      managementPath { id legalName }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n": types.CompanyCustomerDocument,
    "\n  mutation CompanyUpdate($input: CompanyUpdateInput!) {\n    companyUpdate(input: $input) { company { id } userErrors { code message field } }\n  }\n": types.CompanyUpdateDocument,
    "\n  query CompanySites {\n    myCompany {\n      id viewerPermissions\n      sites(includeClosed: true) {\n        id name isHeadOffice addressLine1 addressLine2 postalCode city country paymentMethod iban ibanMasked bic sepaMandateReference state\n      }\n    }\n  }\n": types.CompanySitesDocument,
    "\n  mutation CompanySiteCreate($input: SiteCreateInput!) {\n    siteCreate(input: $input) { site { id name } userErrors { code message field } }\n  }\n": types.CompanySiteCreateDocument,
    "\n  mutation CompanySiteUpdate($input: SiteUpdateInput!) {\n    siteUpdate(input: $input) { site { id name } userErrors { code message field } }\n  }\n": types.CompanySiteUpdateDocument,
    "\n  mutation CompanySiteClose($input: SiteCloseInput!) {\n    siteClose(input: $input) { site { id name } userErrors { code message field } }\n  }\n": types.CompanySiteCloseDocument,
    "\n  query CompanyUsers($after: String) {\n    users(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id login firstName lastName email roles state lastLoginAt } }\n    }\n  }\n": types.CompanyUsersDocument,
    "\n  mutation CompanyUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id login } userErrors { code message field } }\n  }\n": types.CompanyUserCreateDocument,
    "\n  mutation CompanyUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } userErrors { code message field } }\n  }\n": types.CompanyUserUpdateDocument,
    "\n  mutation CompanyUserSetupLinkResend($input: UserSetupLinkResendInput!) {\n    userSetupLinkResend(input: $input) { user { id } userErrors { code message field } }\n  }\n": types.CompanyUserSetupLinkResendDocument,
    "\n  mutation CompanyUserDeactivate($input: UserDeactivateInput!) {\n    userDeactivate(input: $input) { user { id } userErrors { code message field } }\n  }\n": types.CompanyUserDeactivateDocument,
    "\n  query CompanyApiTokens {\n    apiTokens { id name prefix scopes createdByLogin createdAt expiresAt lastUsedAt revokedAt }\n  }\n": types.CompanyApiTokensDocument,
    "\n  mutation CompanyApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) { secret apiToken { id name } userErrors { code message field } }\n  }\n": types.CompanyApiTokenCreateDocument,
    "\n  mutation CompanyApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) { apiToken { id } userErrors { code message field } }\n  }\n": types.CompanyApiTokenRevokeDocument,
    "\n  query CompanyAudit($after: String) {\n    auditEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action actorLogin details ipAddress occurredAt targetId targetType } }\n    }\n  }\n": types.CompanyAuditDocument,
    "\n  mutation CompanyUniverseChoose($input: UniverseChooseInput!) {\n    universeChoose(input: $input) { viewer { actingUniverse } userErrors { code message field } }\n  }\n": types.CompanyUniverseChooseDocument,
    "\n  mutation CompanyUniverseAddReseller($input: UniverseAddResellerInput!) {\n    universeAddReseller(input: $input) { company { id legalName universes } userErrors { code message field } }\n  }\n": types.CompanyUniverseAddResellerDocument,
    "\n  query CompanyCustomers($filter: CustomerFilterInput, $orderBy: CustomerOrderInput, $after: String, $first: Int!) {\n    customers(filter: $filter, orderBy: $orderBy, after: $after, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { path { id legalName } node { id number legalName legalForm state createdAt } }\n    }\n  }\n": types.CompanyCustomersDocument,
    "\n  mutation CompanyCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { company { id legalName } administrator { login } userErrors { code message field } }\n  }\n": types.CompanyCustomerCreateDocument,
    "\n  query CompanyCustomerServices($id: ID!, $after: String) {\n    customerServices(companyId: $id, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind identifier portingCode state contractedOffer { id reference } site { id name } } }\n    }\n  }\n": types.CompanyCustomerServicesDocument,
    "\n  query CompanyWebhookEndpoints {\n    webhookEndpoints { id url description eventTypes enabled disabledReason failingSince previousSecretExpiresAt createdAt }\n  }\n": types.CompanyWebhookEndpointsDocument,
    "\n  query CompanyWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id state attemptCount nextAttemptAt createdAt\n      event { id type occurredAt }\n      attempts { at status latencyMs error responseExcerpt }\n    }\n  }\n": types.CompanyWebhookDeliveriesDocument,
    "\n  mutation CompanyWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n": types.CompanyWebhookEndpointCreateDocument,
    "\n  mutation CompanyWebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) { endpoint { id enabled } userErrors { code message field } }\n  }\n": types.CompanyWebhookEndpointUpdateDocument,
    "\n  mutation CompanyWebhookEndpointDelete($input: WebhookEndpointRefInput!) {\n    webhookEndpointDelete(input: $input) { deletedEndpointId userErrors { code message field } }\n  }\n": types.CompanyWebhookEndpointDeleteDocument,
    "\n  mutation CompanyWebhookRotateSecret($input: WebhookEndpointRotateSecretInput!) {\n    webhookEndpointRotateSecret(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n": types.CompanyWebhookRotateSecretDocument,
    "\n  mutation CompanyWebhookSendTest($input: WebhookEndpointRefInput!) {\n    webhookEndpointSendTest(input: $input) { event { id } userErrors { code message field } }\n  }\n": types.CompanyWebhookSendTestDocument,
    "\n  mutation CompanyWebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) { replayed userErrors { code message field } }\n  }\n": types.CompanyWebhookDeliveryReplayDocument,
    "\n  mutation CompanyWebhookDeliveriesReplay($input: WebhookDeliveriesReplayInput!) {\n    webhookDeliveriesReplay(input: $input) { replayed userErrors { code message field } }\n  }\n": types.CompanyWebhookDeliveriesReplayDocument,
    "\n  query CompanyApiTokenUsage {\n    apiTokens { id name usage(days: 30) { days { day requests errors costSpent } rateLimitLimit rateLimitRemaining maxCostPerOperation lastUsedAt } }\n  }\n": types.CompanyApiTokenUsageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyViewer {\n    viewer { actingUniverse universes permissions user { id login company { id } } }\n  }\n"): (typeof documents)["\n  query CompanyViewer {\n    viewer { actingUniverse universes permissions user { id login company { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyMine {\n    myCompany {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      contacts { id firstName lastName function email phone }\n      sites { id name isHeadOffice city }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n"): (typeof documents)["\n  query CompanyMine {\n    myCompany {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      contacts { id firstName lastName function email phone }\n      sites { id name isHeadOffice city }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyCustomer($id: ID!) {\n    company(id: $id) {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      managementPath { id legalName }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n"): (typeof documents)["\n  query CompanyCustomer($id: ID!) {\n    company(id: $id) {\n      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions\n      managementPath { id legalName }\n      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUpdate($input: CompanyUpdateInput!) {\n    companyUpdate(input: $input) { company { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyUpdate($input: CompanyUpdateInput!) {\n    companyUpdate(input: $input) { company { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanySites {\n    myCompany {\n      id viewerPermissions\n      sites(includeClosed: true) {\n        id name isHeadOffice addressLine1 addressLine2 postalCode city country paymentMethod iban ibanMasked bic sepaMandateReference state\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompanySites {\n    myCompany {\n      id viewerPermissions\n      sites(includeClosed: true) {\n        id name isHeadOffice addressLine1 addressLine2 postalCode city country paymentMethod iban ibanMasked bic sepaMandateReference state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanySiteCreate($input: SiteCreateInput!) {\n    siteCreate(input: $input) { site { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanySiteCreate($input: SiteCreateInput!) {\n    siteCreate(input: $input) { site { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanySiteUpdate($input: SiteUpdateInput!) {\n    siteUpdate(input: $input) { site { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanySiteUpdate($input: SiteUpdateInput!) {\n    siteUpdate(input: $input) { site { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanySiteClose($input: SiteCloseInput!) {\n    siteClose(input: $input) { site { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanySiteClose($input: SiteCloseInput!) {\n    siteClose(input: $input) { site { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyUsers($after: String) {\n    users(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id login firstName lastName email roles state lastLoginAt } }\n    }\n  }\n"): (typeof documents)["\n  query CompanyUsers($after: String) {\n    users(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id login firstName lastName email roles state lastLoginAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id login } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id login } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyUserUpdate($input: UserUpdateInput!) {\n    userUpdate(input: $input) { user { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUserSetupLinkResend($input: UserSetupLinkResendInput!) {\n    userSetupLinkResend(input: $input) { user { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyUserSetupLinkResend($input: UserSetupLinkResendInput!) {\n    userSetupLinkResend(input: $input) { user { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUserDeactivate($input: UserDeactivateInput!) {\n    userDeactivate(input: $input) { user { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyUserDeactivate($input: UserDeactivateInput!) {\n    userDeactivate(input: $input) { user { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyApiTokens {\n    apiTokens { id name prefix scopes createdByLogin createdAt expiresAt lastUsedAt revokedAt }\n  }\n"): (typeof documents)["\n  query CompanyApiTokens {\n    apiTokens { id name prefix scopes createdByLogin createdAt expiresAt lastUsedAt revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) { secret apiToken { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyApiTokenCreate($input: ApiTokenCreateInput!) {\n    apiTokenCreate(input: $input) { secret apiToken { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) { apiToken { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyApiTokenRevoke($input: ApiTokenRevokeInput!) {\n    apiTokenRevoke(input: $input) { apiToken { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyAudit($after: String) {\n    auditEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action actorLogin details ipAddress occurredAt targetId targetType } }\n    }\n  }\n"): (typeof documents)["\n  query CompanyAudit($after: String) {\n    auditEvents(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id action actorLogin details ipAddress occurredAt targetId targetType } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUniverseChoose($input: UniverseChooseInput!) {\n    universeChoose(input: $input) { viewer { actingUniverse } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyUniverseChoose($input: UniverseChooseInput!) {\n    universeChoose(input: $input) { viewer { actingUniverse } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyUniverseAddReseller($input: UniverseAddResellerInput!) {\n    universeAddReseller(input: $input) { company { id legalName universes } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyUniverseAddReseller($input: UniverseAddResellerInput!) {\n    universeAddReseller(input: $input) { company { id legalName universes } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyCustomers($filter: CustomerFilterInput, $orderBy: CustomerOrderInput, $after: String, $first: Int!) {\n    customers(filter: $filter, orderBy: $orderBy, after: $after, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { path { id legalName } node { id number legalName legalForm state createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query CompanyCustomers($filter: CustomerFilterInput, $orderBy: CustomerOrderInput, $after: String, $first: Int!) {\n    customers(filter: $filter, orderBy: $orderBy, after: $after, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { path { id legalName } node { id number legalName legalForm state createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { company { id legalName } administrator { login } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyCustomerCreate($input: CustomerCreateInput!) {\n    customerCreate(input: $input) { company { id legalName } administrator { login } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyCustomerServices($id: ID!, $after: String) {\n    customerServices(companyId: $id, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind identifier portingCode state contractedOffer { id reference } site { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query CompanyCustomerServices($id: ID!, $after: String) {\n    customerServices(companyId: $id, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kind identifier portingCode state contractedOffer { id reference } site { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyWebhookEndpoints {\n    webhookEndpoints { id url description eventTypes enabled disabledReason failingSince previousSecretExpiresAt createdAt }\n  }\n"): (typeof documents)["\n  query CompanyWebhookEndpoints {\n    webhookEndpoints { id url description eventTypes enabled disabledReason failingSince previousSecretExpiresAt createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id state attemptCount nextAttemptAt createdAt\n      event { id type occurredAt }\n      attempts { at status latencyMs error responseExcerpt }\n    }\n  }\n"): (typeof documents)["\n  query CompanyWebhookDeliveries($endpointId: ID!) {\n    webhookDeliveries(endpointId: $endpointId, first: 50) {\n      id state attemptCount nextAttemptAt createdAt\n      event { id type occurredAt }\n      attempts { at status latencyMs error responseExcerpt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyWebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) { endpoint { id enabled } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyWebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) { endpoint { id enabled } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyWebhookEndpointDelete($input: WebhookEndpointRefInput!) {\n    webhookEndpointDelete(input: $input) { deletedEndpointId userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyWebhookEndpointDelete($input: WebhookEndpointRefInput!) {\n    webhookEndpointDelete(input: $input) { deletedEndpointId userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyWebhookRotateSecret($input: WebhookEndpointRotateSecretInput!) {\n    webhookEndpointRotateSecret(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyWebhookRotateSecret($input: WebhookEndpointRotateSecretInput!) {\n    webhookEndpointRotateSecret(input: $input) { endpoint { id url } secret userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyWebhookSendTest($input: WebhookEndpointRefInput!) {\n    webhookEndpointSendTest(input: $input) { event { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyWebhookSendTest($input: WebhookEndpointRefInput!) {\n    webhookEndpointSendTest(input: $input) { event { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyWebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) { replayed userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyWebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {\n    webhookDeliveryReplay(input: $input) { replayed userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompanyWebhookDeliveriesReplay($input: WebhookDeliveriesReplayInput!) {\n    webhookDeliveriesReplay(input: $input) { replayed userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CompanyWebhookDeliveriesReplay($input: WebhookDeliveriesReplayInput!) {\n    webhookDeliveriesReplay(input: $input) { replayed userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyApiTokenUsage {\n    apiTokens { id name usage(days: 30) { days { day requests errors costSpent } rateLimitLimit rateLimitRemaining maxCostPerOperation lastUsedAt } }\n  }\n"): (typeof documents)["\n  query CompanyApiTokenUsage {\n    apiTokens { id name usage(days: 30) { days { day requests errors costSpent } rateLimitLimit rateLimitRemaining maxCostPerOperation lastUsedAt } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;