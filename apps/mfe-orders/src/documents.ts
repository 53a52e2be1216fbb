import { graphql } from './gql/index.js';

/** Who is asking: their company (Ma e-boutique) and universes (the delivery desk is the operator's). */
export const OrdersViewerDocument = graphql(`
  query OrdersViewer {
    viewer { universes }
    myCompany { id reference legalName }
  }
`);

/** The customer named by `?client=` (its reference), among those in reach. */
export const OrdersClientDocument = graphql(`
  query OrdersClient($reference: String!) {
    customers(filter: { identifier: $reference }, first: 1) { edges { node { id reference legalName } } }
  }
`);

/** The catalogue the company may order, and its sites. */
export const CatalogueDocument = graphql(`
  query Catalogue($companyId: ID!) {
    catalogue(companyId: $companyId) { code name family monthlyPriceCents setupFeeCents commitmentMonths noticePeriodMonths carriesNumbers options { code name monthlyPriceCents } }
    company(id: $companyId) { id sites { id name city } }
  }
`);

/** The cost of the cart before confirming. */
export const OrderQuoteDocument = graphql(`
  query OrderQuote($input: OrderInput!) {
    orderQuote(input: $input) {
      quote {
        expectedDeliveryOn setupFeeCents
        firstInvoice { exclVatCents vatCents inclVatCents }
        monthly { exclVatCents vatCents inclVatCents }
        lines { offerCode name quantity expectedActivationOn setupFeeCents commitmentEndsOn noticePeriodMonths firstInvoice { exclVatCents inclVatCents } monthly { exclVatCents inclVatCents } firstInvoiceLines { label totalExclVatCents } }
      }
      userErrors { code message field }
    }
  }
`);

/** "Confirmer la commande". */
export const OrderSubmitDocument = graphql(`
  mutation OrderSubmit($input: OrderSubmitInput!) {
    orderSubmit(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }
  }
`);

/** "Mes commandes" and the delivery desk. */
export const OrderListDocument = graphql(`
  query OrderList($filter: OrderFilterInput, $orderBy: OrderOrderInput, $first: Int!, $after: String) {
    orders(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id reference endCustomerName type orderedOn state expectedDeliveryOn } }
    }
  }
`);

/** An order's detail and milestone timeline. */
export const OrderDetailDocument = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      id reference type state orderedOn expectedDeliveryOn deliveredOn endCustomerName contactEmail cancelReason
      lines {
        position name siteName contractedOfferReference expectedActivationOn monthlyPriceCents setupFeeCents
        numbers { kind number portingCode portingOn }
        milestones { id label plannedOn doneOn late }
      }
    }
  }
`);

/** The delivery desk's moves. */
export const OrderValidateDocument = graphql(`
  mutation OrderValidate($input: OrderValidateInput!) { orderValidate(input: $input) { order { id state } userErrors { code message field } } }
`);
export const MilestoneCompleteDocument = graphql(`
  mutation MilestoneComplete($input: OrderMilestoneCompleteInput!) { orderMilestoneComplete(input: $input) { order { id state } userErrors { code message field } } }
`);
export const OrderCancelDocument = graphql(`
  mutation OrderCancel($input: OrderCancelInput!) { orderCancel(input: $input) { order { id state } userErrors { code message field } } }
`);

/** The OC a Modification order changes, with the catalogue of its end customer. */
export const ModifyTargetDocument = graphql(`
  query ModifyTarget($id: ID!) {
    contractedOffer(id: $id) { id reference name state monthlyPriceCents endCustomer { id legalName } }
  }
`);

/** "Commander la modification". */
export const OrderModifyDocument = graphql(`
  mutation OrderModify($input: OrderModifyInput!) {
    orderModify(input: $input) { order { id reference state expectedDeliveryOn } userErrors { code message field } }
  }
`);
