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
    "\n  query OrdersViewer {\n    viewer { universes }\n    myCompany { id reference legalName }\n  }\n": typeof types.OrdersViewerDocument,
    "\n  query OrdersClient($reference: String!) {\n    customers(filter: { identifier: $reference }, first: 1) { edges { node { id reference legalName } } }\n  }\n": typeof types.OrdersClientDocument,
    "\n  query Catalogue($companyId: ID!) {\n    catalogue(companyId: $companyId) { code name family monthlyPriceCents setupFeeCents commitmentMonths noticePeriodMonths carriesNumbers options { code name monthlyPriceCents } }\n    company(id: $companyId) { id sites { id name city } }\n  }\n": typeof types.CatalogueDocument,
    "\n  query OrderQuote($input: OrderInput!) {\n    orderQuote(input: $input) {\n      quote {\n        expectedDeliveryOn setupFeeCents\n        firstInvoice { exclVatCents vatCents inclVatCents }\n        monthly { exclVatCents vatCents inclVatCents }\n        lines { offerCode name quantity expectedActivationOn setupFeeCents commitmentEndsOn noticePeriodMonths firstInvoice { exclVatCents inclVatCents } monthly { exclVatCents inclVatCents } firstInvoiceLines { label totalExclVatCents } }\n      }\n      userErrors { code message field }\n    }\n  }\n": typeof types.OrderQuoteDocument,
    "\n  mutation OrderSubmit($input: OrderSubmitInput!) {\n    orderSubmit(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n": typeof types.OrderSubmitDocument,
    "\n  query OrderList($filter: OrderFilterInput, $orderBy: OrderOrderInput, $first: Int!, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id reference endCustomerName type orderedOn state expectedDeliveryOn } }\n    }\n  }\n": typeof types.OrderListDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id reference type state orderedOn expectedDeliveryOn deliveredOn endCustomerName contactEmail cancelReason\n      lines {\n        position name siteName contractedOfferReference expectedActivationOn monthlyPriceCents setupFeeCents\n        numbers { kind number portingCode portingOn }\n        milestones { id label plannedOn doneOn late }\n      }\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  mutation OrderValidate($input: OrderValidateInput!) { orderValidate(input: $input) { order { id state } userErrors { code message field } } }\n": typeof types.OrderValidateDocument,
    "\n  mutation MilestoneComplete($input: OrderMilestoneCompleteInput!) { orderMilestoneComplete(input: $input) { order { id state } userErrors { code message field } } }\n": typeof types.MilestoneCompleteDocument,
    "\n  mutation OrderCancel($input: OrderCancelInput!) { orderCancel(input: $input) { order { id state } userErrors { code message field } } }\n": typeof types.OrderCancelDocument,
    "\n  query ModifyTarget($id: ID!) {\n    contractedOffer(id: $id) { id reference name state monthlyPriceCents endCustomer { id legalName } }\n  }\n": typeof types.ModifyTargetDocument,
    "\n  mutation OrderModify($input: OrderModifyInput!) {\n    orderModify(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n": typeof types.OrderModifyDocument,
};
const documents: Documents = {
    "\n  query OrdersViewer {\n    viewer { universes }\n    myCompany { id reference legalName }\n  }\n": types.OrdersViewerDocument,
    "\n  query OrdersClient($reference: String!) {\n    customers(filter: { identifier: $reference }, first: 1) { edges { node { id reference legalName } } }\n  }\n": types.OrdersClientDocument,
    "\n  query Catalogue($companyId: ID!) {\n    catalogue(companyId: $companyId) { code name family monthlyPriceCents setupFeeCents commitmentMonths noticePeriodMonths carriesNumbers options { code name monthlyPriceCents } }\n    company(id: $companyId) { id sites { id name city } }\n  }\n": types.CatalogueDocument,
    "\n  query OrderQuote($input: OrderInput!) {\n    orderQuote(input: $input) {\n      quote {\n        expectedDeliveryOn setupFeeCents\n        firstInvoice { exclVatCents vatCents inclVatCents }\n        monthly { exclVatCents vatCents inclVatCents }\n        lines { offerCode name quantity expectedActivationOn setupFeeCents commitmentEndsOn noticePeriodMonths firstInvoice { exclVatCents inclVatCents } monthly { exclVatCents inclVatCents } firstInvoiceLines { label totalExclVatCents } }\n      }\n      userErrors { code message field }\n    }\n  }\n": types.OrderQuoteDocument,
    "\n  mutation OrderSubmit($input: OrderSubmitInput!) {\n    orderSubmit(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n": types.OrderSubmitDocument,
    "\n  query OrderList($filter: OrderFilterInput, $orderBy: OrderOrderInput, $first: Int!, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id reference endCustomerName type orderedOn state expectedDeliveryOn } }\n    }\n  }\n": types.OrderListDocument,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id reference type state orderedOn expectedDeliveryOn deliveredOn endCustomerName contactEmail cancelReason\n      lines {\n        position name siteName contractedOfferReference expectedActivationOn monthlyPriceCents setupFeeCents\n        numbers { kind number portingCode portingOn }\n        milestones { id label plannedOn doneOn late }\n      }\n    }\n  }\n": types.OrderDetailDocument,
    "\n  mutation OrderValidate($input: OrderValidateInput!) { orderValidate(input: $input) { order { id state } userErrors { code message field } } }\n": types.OrderValidateDocument,
    "\n  mutation MilestoneComplete($input: OrderMilestoneCompleteInput!) { orderMilestoneComplete(input: $input) { order { id state } userErrors { code message field } } }\n": types.MilestoneCompleteDocument,
    "\n  mutation OrderCancel($input: OrderCancelInput!) { orderCancel(input: $input) { order { id state } userErrors { code message field } } }\n": types.OrderCancelDocument,
    "\n  query ModifyTarget($id: ID!) {\n    contractedOffer(id: $id) { id reference name state monthlyPriceCents endCustomer { id legalName } }\n  }\n": types.ModifyTargetDocument,
    "\n  mutation OrderModify($input: OrderModifyInput!) {\n    orderModify(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n": types.OrderModifyDocument,
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
export function graphql(source: "\n  query OrdersViewer {\n    viewer { universes }\n    myCompany { id reference legalName }\n  }\n"): (typeof documents)["\n  query OrdersViewer {\n    viewer { universes }\n    myCompany { id reference legalName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersClient($reference: String!) {\n    customers(filter: { identifier: $reference }, first: 1) { edges { node { id reference legalName } } }\n  }\n"): (typeof documents)["\n  query OrdersClient($reference: String!) {\n    customers(filter: { identifier: $reference }, first: 1) { edges { node { id reference legalName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalogue($companyId: ID!) {\n    catalogue(companyId: $companyId) { code name family monthlyPriceCents setupFeeCents commitmentMonths noticePeriodMonths carriesNumbers options { code name monthlyPriceCents } }\n    company(id: $companyId) { id sites { id name city } }\n  }\n"): (typeof documents)["\n  query Catalogue($companyId: ID!) {\n    catalogue(companyId: $companyId) { code name family monthlyPriceCents setupFeeCents commitmentMonths noticePeriodMonths carriesNumbers options { code name monthlyPriceCents } }\n    company(id: $companyId) { id sites { id name city } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderQuote($input: OrderInput!) {\n    orderQuote(input: $input) {\n      quote {\n        expectedDeliveryOn setupFeeCents\n        firstInvoice { exclVatCents vatCents inclVatCents }\n        monthly { exclVatCents vatCents inclVatCents }\n        lines { offerCode name quantity expectedActivationOn setupFeeCents commitmentEndsOn noticePeriodMonths firstInvoice { exclVatCents inclVatCents } monthly { exclVatCents inclVatCents } firstInvoiceLines { label totalExclVatCents } }\n      }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  query OrderQuote($input: OrderInput!) {\n    orderQuote(input: $input) {\n      quote {\n        expectedDeliveryOn setupFeeCents\n        firstInvoice { exclVatCents vatCents inclVatCents }\n        monthly { exclVatCents vatCents inclVatCents }\n        lines { offerCode name quantity expectedActivationOn setupFeeCents commitmentEndsOn noticePeriodMonths firstInvoice { exclVatCents inclVatCents } monthly { exclVatCents inclVatCents } firstInvoiceLines { label totalExclVatCents } }\n      }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderSubmit($input: OrderSubmitInput!) {\n    orderSubmit(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation OrderSubmit($input: OrderSubmitInput!) {\n    orderSubmit(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderList($filter: OrderFilterInput, $orderBy: OrderOrderInput, $first: Int!, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id reference endCustomerName type orderedOn state expectedDeliveryOn } }\n    }\n  }\n"): (typeof documents)["\n  query OrderList($filter: OrderFilterInput, $orderBy: OrderOrderInput, $first: Int!, $after: String) {\n    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id reference endCustomerName type orderedOn state expectedDeliveryOn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id reference type state orderedOn expectedDeliveryOn deliveredOn endCustomerName contactEmail cancelReason\n      lines {\n        position name siteName contractedOfferReference expectedActivationOn monthlyPriceCents setupFeeCents\n        numbers { kind number portingCode portingOn }\n        milestones { id label plannedOn doneOn late }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id reference type state orderedOn expectedDeliveryOn deliveredOn endCustomerName contactEmail cancelReason\n      lines {\n        position name siteName contractedOfferReference expectedActivationOn monthlyPriceCents setupFeeCents\n        numbers { kind number portingCode portingOn }\n        milestones { id label plannedOn doneOn late }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderValidate($input: OrderValidateInput!) { orderValidate(input: $input) { order { id state } userErrors { code message field } } }\n"): (typeof documents)["\n  mutation OrderValidate($input: OrderValidateInput!) { orderValidate(input: $input) { order { id state } userErrors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MilestoneComplete($input: OrderMilestoneCompleteInput!) { orderMilestoneComplete(input: $input) { order { id state } userErrors { code message field } } }\n"): (typeof documents)["\n  mutation MilestoneComplete($input: OrderMilestoneCompleteInput!) { orderMilestoneComplete(input: $input) { order { id state } userErrors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderCancel($input: OrderCancelInput!) { orderCancel(input: $input) { order { id state } userErrors { code message field } } }\n"): (typeof documents)["\n  mutation OrderCancel($input: OrderCancelInput!) { orderCancel(input: $input) { order { id state } userErrors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModifyTarget($id: ID!) {\n    contractedOffer(id: $id) { id reference name state monthlyPriceCents endCustomer { id legalName } }\n  }\n"): (typeof documents)["\n  query ModifyTarget($id: ID!) {\n    contractedOffer(id: $id) { id reference name state monthlyPriceCents endCustomer { id legalName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderModify($input: OrderModifyInput!) {\n    orderModify(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation OrderModify($input: OrderModifyInput!) {\n    orderModify(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;