import { graphql } from './gql/index.js';

export const ViewerDocument = graphql(`
  query CompanyViewer {
    viewer { actingUniverse universes permissions user { id login company { id } } }
  }
`);

export const MyCompanyDocument = graphql(`
  query CompanyMine {
    myCompany {
      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions
      contacts { id firstName lastName function email phone }
      sites { id name isHeadOffice city }
      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }
    }
  }
`);

export const CustomerDocument = graphql(`
  query CompanyCustomer($id: ID!) {
    company(id: $id) {
      id number reference legalName siren legalForm comment website createdAt financialStatus guaranteeType state universes viewerPermissions
      managementPath { id legalName }
      usefulLinks { orderUrl invoiceCount creditNoteCount contractedOfferCount serviceCount }
    }
  }
`);

export const CompanyUpdateDocument = graphql(`
  mutation CompanyUpdate($input: CompanyUpdateInput!) {
    companyUpdate(input: $input) { company { id } userErrors { code message field } }
  }
`);

export const SitesDocument = graphql(`
  query CompanySites {
    myCompany {
      id viewerPermissions
      sites(includeClosed: true) {
        id name isHeadOffice addressLine1 addressLine2 postalCode city country paymentMethod iban ibanMasked bic sepaMandateReference state
      }
    }
  }
`);

export const SiteCreateDocument = graphql(`
  mutation CompanySiteCreate($input: SiteCreateInput!) {
    siteCreate(input: $input) { site { id name } userErrors { code message field } }
  }
`);

export const SiteUpdateDocument = graphql(`
  mutation CompanySiteUpdate($input: SiteUpdateInput!) {
    siteUpdate(input: $input) { site { id name } userErrors { code message field } }
  }
`);

export const SiteCloseDocument = graphql(`
  mutation CompanySiteClose($input: SiteCloseInput!) {
    siteClose(input: $input) { site { id name } userErrors { code message field } }
  }
`);

export const UsersDocument = graphql(`
  query CompanyUsers($after: String) {
    users(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id login firstName lastName email roles state lastLoginAt } }
    }
  }
`);

export const UserCreateDocument = graphql(`
  mutation CompanyUserCreate($input: UserCreateInput!) {
    userCreate(input: $input) { user { id login } userErrors { code message field } }
  }
`);

export const UserUpdateDocument = graphql(`
  mutation CompanyUserUpdate($input: UserUpdateInput!) {
    userUpdate(input: $input) { user { id } userErrors { code message field } }
  }
`);

/** "Renvoyer le lien d'initialisation" of a user who has not chosen a password yet. */
export const UserSetupLinkResendDocument = graphql(`
  mutation CompanyUserSetupLinkResend($input: UserSetupLinkResendInput!) {
    userSetupLinkResend(input: $input) { user { id } userErrors { code message field } }
  }
`);

export const UserDeactivateDocument = graphql(`
  mutation CompanyUserDeactivate($input: UserDeactivateInput!) {
    userDeactivate(input: $input) { user { id } userErrors { code message field } }
  }
`);

export const TokensDocument = graphql(`
  query CompanyApiTokens {
    apiTokens { id name prefix scopes createdByLogin createdAt expiresAt lastUsedAt revokedAt }
  }
`);

export const TokenCreateDocument = graphql(`
  mutation CompanyApiTokenCreate($input: ApiTokenCreateInput!) {
    apiTokenCreate(input: $input) { secret apiToken { id name } userErrors { code message field } }
  }
`);

export const TokenRevokeDocument = graphql(`
  mutation CompanyApiTokenRevoke($input: ApiTokenRevokeInput!) {
    apiTokenRevoke(input: $input) { apiToken { id } userErrors { code message field } }
  }
`);

export const AuditDocument = graphql(`
  query CompanyAudit($after: String) {
    auditEvents(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action actorLogin details ipAddress occurredAt targetId targetType } }
    }
  }
`);

export const UniverseChooseDocument = graphql(`
  mutation CompanyUniverseChoose($input: UniverseChooseInput!) {
    universeChoose(input: $input) { viewer { actingUniverse } userErrors { code message field } }
  }
`);

export const UniverseAddResellerDocument = graphql(`
  mutation CompanyUniverseAddReseller($input: UniverseAddResellerInput!) {
    universeAddReseller(input: $input) { company { id legalName universes } userErrors { code message field } }
  }
`);

export const CustomersDocument = graphql(`
  query CompanyCustomers($filter: CustomerFilterInput, $orderBy: CustomerOrderInput, $after: String, $first: Int!) {
    customers(filter: $filter, orderBy: $orderBy, after: $after, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { path { id legalName } node { id number legalName legalForm state createdAt } }
    }
  }
`);

export const CustomerCreateDocument = graphql(`
  mutation CompanyCustomerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) { company { id legalName } administrator { login } userErrors { code message field } }
  }
`);

export const ServicesDocument = graphql(`
  query CompanyCustomerServices($id: ID!, $after: String) {
    customerServices(companyId: $id, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kind identifier portingCode state contractedOffer { id reference } site { id name } } }
    }
  }
`);

export const WebhookEndpointsDocument = graphql(`
  query CompanyWebhookEndpoints {
    webhookEndpoints { id url description eventTypes enabled disabledReason failingSince previousSecretExpiresAt createdAt }
  }
`);

export const WebhookDeliveriesDocument = graphql(`
  query CompanyWebhookDeliveries($endpointId: ID!) {
    webhookDeliveries(endpointId: $endpointId, first: 50) {
      id state attemptCount nextAttemptAt createdAt
      event { id type occurredAt }
      attempts { at status latencyMs error responseExcerpt }
    }
  }
`);

export const WebhookEndpointCreateDocument = graphql(`
  mutation CompanyWebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) { endpoint { id url } secret userErrors { code message field } }
  }
`);

export const WebhookEndpointUpdateDocument = graphql(`
  mutation CompanyWebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {
    webhookEndpointUpdate(input: $input) { endpoint { id enabled } userErrors { code message field } }
  }
`);

export const WebhookEndpointDeleteDocument = graphql(`
  mutation CompanyWebhookEndpointDelete($input: WebhookEndpointRefInput!) {
    webhookEndpointDelete(input: $input) { deletedEndpointId userErrors { code message field } }
  }
`);

export const WebhookRotateSecretDocument = graphql(`
  mutation CompanyWebhookRotateSecret($input: WebhookEndpointRotateSecretInput!) {
    webhookEndpointRotateSecret(input: $input) { endpoint { id url } secret userErrors { code message field } }
  }
`);

export const WebhookSendTestDocument = graphql(`
  mutation CompanyWebhookSendTest($input: WebhookEndpointRefInput!) {
    webhookEndpointSendTest(input: $input) { event { id } userErrors { code message field } }
  }
`);

export const WebhookDeliveryReplayDocument = graphql(`
  mutation CompanyWebhookDeliveryReplay($input: WebhookDeliveryReplayInput!) {
    webhookDeliveryReplay(input: $input) { replayed userErrors { code message field } }
  }
`);

export const WebhookDeliveriesReplayDocument = graphql(`
  mutation CompanyWebhookDeliveriesReplay($input: WebhookDeliveriesReplayInput!) {
    webhookDeliveriesReplay(input: $input) { replayed userErrors { code message field } }
  }
`);

export const TokenUsageDocument = graphql(`
  query CompanyApiTokenUsage {
    apiTokens { id name usage(days: 30) { days { day requests errors costSpent } rateLimitLimit rateLimitRemaining maxCostPerOperation lastUsedAt } }
  }
`);
