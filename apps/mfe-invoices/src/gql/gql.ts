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
    "\n  query BillingViewer {\n    viewer { universes }\n  }\n": typeof types.BillingViewerDocument,
    "\n  query BillingClient($id: ID!) {\n    company(id: $id) { id legalName reference }\n  }\n": typeof types.BillingClientDocument,
    "\n  query InvoiceList($companyId: ID, $scope: DocumentScope!, $filter: InvoiceFilterInput, $orderBy: InvoiceOrderInput, $first: Int!, $after: String) {\n    invoices(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number purpose issuedOn dueOn periodStart periodEnd state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n": typeof types.InvoiceListDocument,
    "\n  query CreditNoteList($companyId: ID, $scope: DocumentScope!, $filter: CreditNoteFilterInput, $orderBy: CreditNoteOrderInput, $first: Int!, $after: String) {\n    creditNotes(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number issuedOn refundDueOn state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          invoice { id number }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n": typeof types.CreditNoteListDocument,
    "\n  query InvoiceDetail($id: ID!) {\n    viewer { user { company { id } } }\n    invoice(id: $id) {\n      id number purpose issuedOn dueOn paidOn periodStart periodEnd state lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n      creditNotes { id number issuedOn state totalInclVatCents pdfPath }\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  query CreditNoteDetail($id: ID!) {\n    viewer { user { company { id } } }\n    creditNote(id: $id) {\n      id number issuedOn refundDueOn state reason lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      invoice { id number }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n    }\n  }\n": typeof types.CreditNoteDetailDocument,
    "\n  query HeldDocumentList($first: Int!, $after: String) {\n    heldDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind purpose periodStart periodEnd totalInclVatCents heldAt checkedAt\n          reasons { rule message }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n": typeof types.HeldDocumentListDocument,
    "\n  mutation HeldDocumentRelease($id: ID!) {\n    heldDocumentRelease(input: { id: $id }) {\n      invoice { id number }\n      creditNote { id number }\n      userErrors { code message field }\n    }\n  }\n": typeof types.HeldDocumentReleaseDocument,
};
const documents: Documents = {
    "\n  query BillingViewer {\n    viewer { universes }\n  }\n": types.BillingViewerDocument,
    "\n  query BillingClient($id: ID!) {\n    company(id: $id) { id legalName reference }\n  }\n": types.BillingClientDocument,
    "\n  query InvoiceList($companyId: ID, $scope: DocumentScope!, $filter: InvoiceFilterInput, $orderBy: InvoiceOrderInput, $first: Int!, $after: String) {\n    invoices(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number purpose issuedOn dueOn periodStart periodEnd state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n": types.InvoiceListDocument,
    "\n  query CreditNoteList($companyId: ID, $scope: DocumentScope!, $filter: CreditNoteFilterInput, $orderBy: CreditNoteOrderInput, $first: Int!, $after: String) {\n    creditNotes(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number issuedOn refundDueOn state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          invoice { id number }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n": types.CreditNoteListDocument,
    "\n  query InvoiceDetail($id: ID!) {\n    viewer { user { company { id } } }\n    invoice(id: $id) {\n      id number purpose issuedOn dueOn paidOn periodStart periodEnd state lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n      creditNotes { id number issuedOn state totalInclVatCents pdfPath }\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  query CreditNoteDetail($id: ID!) {\n    viewer { user { company { id } } }\n    creditNote(id: $id) {\n      id number issuedOn refundDueOn state reason lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      invoice { id number }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n    }\n  }\n": types.CreditNoteDetailDocument,
    "\n  query HeldDocumentList($first: Int!, $after: String) {\n    heldDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind purpose periodStart periodEnd totalInclVatCents heldAt checkedAt\n          reasons { rule message }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n": types.HeldDocumentListDocument,
    "\n  mutation HeldDocumentRelease($id: ID!) {\n    heldDocumentRelease(input: { id: $id }) {\n      invoice { id number }\n      creditNote { id number }\n      userErrors { code message field }\n    }\n  }\n": types.HeldDocumentReleaseDocument,
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
export function graphql(source: "\n  query BillingViewer {\n    viewer { universes }\n  }\n"): (typeof documents)["\n  query BillingViewer {\n    viewer { universes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingClient($id: ID!) {\n    company(id: $id) { id legalName reference }\n  }\n"): (typeof documents)["\n  query BillingClient($id: ID!) {\n    company(id: $id) { id legalName reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceList($companyId: ID, $scope: DocumentScope!, $filter: InvoiceFilterInput, $orderBy: InvoiceOrderInput, $first: Int!, $after: String) {\n    invoices(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number purpose issuedOn dueOn periodStart periodEnd state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceList($companyId: ID, $scope: DocumentScope!, $filter: InvoiceFilterInput, $orderBy: InvoiceOrderInput, $first: Int!, $after: String) {\n    invoices(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number purpose issuedOn dueOn periodStart periodEnd state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditNoteList($companyId: ID, $scope: DocumentScope!, $filter: CreditNoteFilterInput, $orderBy: CreditNoteOrderInput, $first: Int!, $after: String) {\n    creditNotes(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number issuedOn refundDueOn state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          invoice { id number }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CreditNoteList($companyId: ID, $scope: DocumentScope!, $filter: CreditNoteFilterInput, $orderBy: CreditNoteOrderInput, $first: Int!, $after: String) {\n    creditNotes(companyId: $companyId, scope: $scope, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      totals { totalExclVatCents totalVatCents totalInclVatCents }\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      edges {\n        node {\n          id number issuedOn refundDueOn state lifecycleStatus\n          totalExclVatCents totalVatCents totalInclVatCents pdfPath\n          invoice { id number }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($id: ID!) {\n    viewer { user { company { id } } }\n    invoice(id: $id) {\n      id number purpose issuedOn dueOn paidOn periodStart periodEnd state lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n      creditNotes { id number issuedOn state totalInclVatCents pdfPath }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($id: ID!) {\n    viewer { user { company { id } } }\n    invoice(id: $id) {\n      id number purpose issuedOn dueOn paidOn periodStart periodEnd state lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n      creditNotes { id number issuedOn state totalInclVatCents pdfPath }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CreditNoteDetail($id: ID!) {\n    viewer { user { company { id } } }\n    creditNote(id: $id) {\n      id number issuedOn refundDueOn state reason lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      invoice { id number }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n    }\n  }\n"): (typeof documents)["\n  query CreditNoteDetail($id: ID!) {\n    viewer { user { company { id } } }\n    creditNote(id: $id) {\n      id number issuedOn refundDueOn state reason lifecycleStatus\n      lifecycle { status occurredAt reason }\n      totalExclVatCents totalVatCents totalInclVatCents pdfPath\n      company { id legalName reference }\n      invoice { id number }\n      lines { id position kind label periodStart periodEnd quantity unitPriceExclVatCents vatRateBasisPoints totalExclVatCents vatCents totalInclVatCents }\n      vatBreakdown { vatRateBasisPoints baseExclVatCents vatCents }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldDocumentList($first: Int!, $after: String) {\n    heldDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind purpose periodStart periodEnd totalInclVatCents heldAt checkedAt\n          reasons { rule message }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HeldDocumentList($first: Int!, $after: String) {\n    heldDocuments(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind purpose periodStart periodEnd totalInclVatCents heldAt checkedAt\n          reasons { rule message }\n          company { id legalName reference }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeldDocumentRelease($id: ID!) {\n    heldDocumentRelease(input: { id: $id }) {\n      invoice { id number }\n      creditNote { id number }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation HeldDocumentRelease($id: ID!) {\n    heldDocumentRelease(input: { id: $id }) {\n      invoice { id number }\n      creditNote { id number }\n      userErrors { code message field }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;