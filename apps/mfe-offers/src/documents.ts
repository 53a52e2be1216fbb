import { graphql } from './gql/index.js';

/**
 * "Liste des offres contractées": one page of OCs with the columns of the source, and the customer
 * named by `?client=` in the same request (skipped without it).
 */
export const OffersListDocument = graphql(`
  query OffersList(
    $first: Int!
    $after: String
    $filter: ContractedOfferFilterInput
    $orderBy: ContractedOfferOrderInput
    $clientId: ID! = ""
    $withClient: Boolean! = false
  ) {
    viewer { permissions }
    company(id: $clientId) @include(if: $withClient) { id legalName reference number viewerPermissions }
    contractedOffers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges {
        node {
          id
          reference
          name
          salesAdminName
          orderReference
          orderType
          deliveredOn
          state
          endCustomer { id legalName }
          billingAccount { id legalName }
          site { id name }
        }
      }
    }
  }
`);

/** "Détail >": the OC with its offer and terms, services (RIO), orders and current termination. */
export const OfferDetailDocument = graphql(`
  query OfferDetail($id: ID!) {
    contractedOffer(id: $id) {
      id
      reference
      name
      state
      salesAdminName
      orderReference
      orderType
      deliveredOn
      activatedOn
      commitmentEndsOn
      terminatedOn
      noticePeriodMonths
      monthlyPriceCents
      endCustomer { id legalName }
      billingAccount { id legalName viewerPermissions }
      site { id name addressLine1 addressLine2 postalCode city }
      offer {
        code
        name
        commitmentMonths
        earlyTerminationPolicy
        earlyTerminationSharePercent
        lastPeriodPolicy
        hasEquipment
      }
      services { id kind identifier portingCode state endedOn }
      orders { reference type orderedOn }
      termination {
        id
        state
        desiredOn
        effectiveOn
        earlyTerminationFeeCents
        equipmentReturnReference
        equipmentReturnDeadline
        comments
        requestedAt
        withdrawnAt
      }
      terminationHistory {
        id
        state
        desiredOn
        effectiveOn
        requestedAt
        requestedByName
        withdrawnAt
        withdrawnByName
      }
    }
  }
`);

/** An OC named in a bulk termination that the quote could not describe. */
export const OfferSummaryDocument = graphql(`
  query OfferSummary($id: ID!) {
    contractedOffer(id: $id) { id reference name state }
  }
`);

/** The exact cost of terminating OCs on a date: fee, closing invoice, credit note, equipment. */
export const TerminationQuoteDocument = graphql(`
  query OffersTerminationQuote($input: TerminationQuoteInput!) {
    contractedOfferTerminationQuote(input: $input) {
      contractedOffer { id reference name state }
      desiredOn
      effectiveOn
      noticePeriodMonths
      earlyTerminationFeeCents
      upcomingInvoices { ...QuotedDocumentFields issuedOn periodStart periodEnd }
      closingInvoice { ...QuotedDocumentFields }
      creditNote { ...QuotedDocumentFields }
      equipmentReturn { reference deadline }
      existingTermination { id state desiredOn effectiveOn }
      remainingToPay { totalExclVatCents totalVatCents totalInclVatCents }
      error { code message field }
      warningCodes
    }
  }

  fragment QuotedDocumentFields on QuotedDocument {
    totalExclVatCents
    totalVatCents
    totalInclVatCents
    refundDueOn
    lines { lineKind label periodStart periodEnd totalExclVatCents vatCents vatRateBasisPoints }
  }
`);

export const TerminateDocument = graphql(`
  mutation OfferTerminate($input: ContractedOfferTerminateInput!) {
    contractedOfferTerminate(input: $input) {
      contractedOffer { id state }
      termination { id state desiredOn effectiveOn }
      userErrors { code message field }
    }
  }
`);

export const WithdrawDocument = graphql(`
  mutation OfferTerminationWithdraw($input: ContractedOfferTerminationWithdrawInput!) {
    contractedOfferTerminationWithdraw(input: $input) {
      contractedOffer { id state }
      termination { id state withdrawnAt }
      userErrors { code message field }
    }
  }
`);

export const BulkTerminateDocument = graphql(`
  mutation OffersTerminate($input: ContractedOffersTerminateInput!) {
    contractedOffersTerminate(input: $input) {
      terminations { id state desiredOn effectiveOn earlyTerminationFeeCents equipmentReturnReference equipmentReturnDeadline }
      userErrors { code message field }
    }
  }
`);
