import { graphql } from './gql/index.js';

/** Who is asking: the universes of their company (a reseller or operator may list every company in reach). */
export const BillingViewerDocument = graphql(`
  query BillingViewer {
    viewer { universes }
  }
`);

/** The customer named by `?client=`: null when it does not exist or is out of reach. */
export const BillingClientDocument = graphql(`
  query BillingClient($id: ID!) {
    company(id: $id) { id legalName reference }
  }
`);

/** "Consultation des factures": one page, with the count and sums of the whole filtered list. */
export const InvoiceListDocument = graphql(`
  query InvoiceList($companyId: ID, $scope: DocumentScope!, $filter: InvoiceFilterInput, $orderBy: InvoiceOrderInput, $first: Int!, $after: String) {
    invoices(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      totals { totalExclVatCents totalVatCents totalInclVatCents }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges {
        node {
          id number purpose issuedOn dueOn periodStart periodEnd state lifecycleStatus
          totalExclVatCents totalVatCents totalInclVatCents pdfPath
          company { id legalName reference }
        }
      }
    }
  }
`);

/** "Consultation des avoirs": one page, with the count and sums of the whole filtered list. */
export const CreditNoteListDocument = graphql(`
  query CreditNoteList($companyId: ID, $scope: DocumentScope!, $filter: CreditNoteFilterInput, $orderBy: CreditNoteOrderInput, $first: Int!, $after: String) {
    creditNotes(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      totals { totalExclVatCents totalVatCents totalInclVatCents }
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges {
        node {
          id number issuedOn refundDueOn state lifecycleStatus
          totalExclVatCents totalVatCents totalInclVatCents pdfPath
          invoice { id number }
          company { id legalName reference }
        }
      }
    }
  }
`);

/** One invoice with its lines, VAT per rate and the credit notes that correct it. */
export const InvoiceDetailDocument = graphql(`
  query InvoiceDetail($id: ID!) {
    viewer { user { company { id } } }
    invoice(id: $id) {
      id number purpose issuedOn dueOn paidOn periodStart periodEnd state lifecycleStatus
      lifecycle { status occurredAt reason }
      totalExclVatCents totalVatCents totalInclVatCents pdfPath
      company { id legalName reference }
      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }
      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }
      creditNotes { id number issuedOn state totalInclVatCents pdfPath }
    }
  }
`);

/** One credit note with its lines, VAT per rate and the invoice it corrects. */
export const CreditNoteDetailDocument = graphql(`
  query CreditNoteDetail($id: ID!) {
    viewer { user { company { id } } }
    creditNote(id: $id) {
      id number issuedOn refundDueOn state reason lifecycleStatus
      lifecycle { status occurredAt reason }
      totalExclVatCents totalVatCents totalInclVatCents pdfPath
      company { id legalName reference }
      invoice { id number }
      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }
      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }
    }
  }
`);

/** "Documents en attente": documents held before numbering, with the rules they break (operator). */
export const HeldDocumentListDocument = graphql(`
  query HeldDocumentList($first: Int!, $after: String) {
    heldDocuments(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id kind purpose periodStart periodEnd totalInclVatCents heldAt checkedAt
          reasons { rule message }
          company { id legalName reference }
        }
      }
    }
  }
`);

/** Issues a held document once its data is fixed: checked again, then numbered. */
export const HeldDocumentReleaseDocument = graphql(`
  mutation HeldDocumentRelease($id: ID!) {
    heldDocumentRelease(input: { id: $id }) {
      invoice { id number }
      creditNote { id number }
      userErrors { code message field }
    }
  }
`);
