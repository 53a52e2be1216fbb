/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A new number reserved from the pool of a zone. */
export type NewNumberInput = {
  /** A free number of the zone to take (+33…); absent: the next free one. */
  number?: string | null | undefined;
  /** Zone: 01 to 05 (geographic), 09 (non-geographic). */
  zone: string;
};

/** Famille d'offres of the catalogue. */
export type OfferFamily =
  /** Accès Internet (fibre, SDSL). */
  | 'INTERNET_ACCESS'
  /** Lignes mobiles. */
  | 'MOBILE'
  /** Numéros (géographiques par zone 01–05, non géographiques), création et portabilité. */
  | 'NUMBERS'
  /** Trunks SIP. */
  | 'SIP_TRUNK'
  /** Communications unifiées (Com'Unifiées). */
  | 'UNIFIED_COMMUNICATIONS';

/** Cancels an order. */
export type OrderCancelInput = {
  /** The order. */
  orderId: string | number;
  /** Motif (required from the provider; 500 characters at most). */
  reason?: string | null | undefined;
};

/** Filters of "Mes commandes". */
export type OrderFilterInput = {
  /** Orders for this company only. */
  companyId?: string | number | null | undefined;
  /** Client final contains. */
  endCustomer?: string | null | undefined;
  /** Ordered on or after (YYYY-MM-DD). */
  orderedFrom?: string | null | undefined;
  /** Ordered on or before (YYYY-MM-DD). */
  orderedTo?: string | null | undefined;
  /** Réf. commande contains. */
  reference?: string | null | undefined;
  /** Any of these states. */
  states?: Array<OrderState> | null | undefined;
  /** The delivery desk: open orders the caller delivers as provider. */
  toDeliver?: boolean | null | undefined;
  /** Any of these types. */
  types?: Array<OrderType> | null | undefined;
};

/** The cart: the company ordered for and its lines. */
export type OrderInput = {
  /** The company ordered for: one’s own ("Ma e-boutique") or a customer in reach ("Commander pour mon client"). */
  companyId: string | number;
  /** The order's contact e-mail (default: the submitter's). */
  contactEmail?: string | null | undefined;
  /** Lines, 1 to 20. */
  lines: Array<OrderLineInput>;
};

/** A cart line: an offer, its options, a site of the customer (existing or new), a quantity and, for number offers, its numbers. */
export type OrderLineInput = {
  /** New numbers (number offers). */
  newNumbers?: Array<NewNumberInput> | null | undefined;
  /** A new site of the company ordered for, created with the order (instead of siteId). */
  newSite?: OrderNewSiteInput | null | undefined;
  /** Code of a catalogue offer (catalogue.code). */
  offerCode: string;
  /** Codes of options of that offer. */
  optionCodes?: Array<string> | null | undefined;
  /** Numbers ported in (number offers). */
  portedNumbers?: Array<PortedNumberInput> | null | undefined;
  /** Quantité, 1 to 50 (default 1). */
  quantity?: number | null | undefined;
  /** An existing site of the company ordered for (or give newSite). */
  siteId?: string | number | null | undefined;
};

/** The provider marks a delivery milestone done. */
export type OrderMilestoneCompleteInput = {
  /** Date réelle (YYYY-MM-DD), today or earlier; default today. */
  doneOn?: string | null | undefined;
  /** The milestone (CustomerOrderLine.milestones.id). */
  milestoneId: string | number;
};

/** A Modification order: a delivered OC moves to another offer or other options of the catalogue. */
export type OrderModifyInput = {
  /** The OC to change. */
  contractedOfferId: string | number;
  /** Any key of yours (100 characters at most): the same key from the same user returns the same order. */
  idempotencyKey?: string | null | undefined;
  /** Code of the catalogue offer it moves to (it may be its own, with other options). */
  offerCode: string;
  /** Codes of the options it keeps or takes. */
  optionCodes?: Array<string> | null | undefined;
};

/** A new site of the company ordered for, created with the order (same checks as siteCreate's address). */
export type OrderNewSiteInput = {
  /** Adresse. */
  addressLine1: string;
  /** Complément d'adresse. */
  addressLine2?: string | null | undefined;
  /** Ville. */
  city: string;
  /** Pays, ISO 3166-1 alpha-2 (default FR). */
  country?: string | null | undefined;
  /** Nom du site. */
  name: string;
  /** Code postal (5 chiffres en France). */
  postalCode: string;
};

/** A number of an order: new or ported in. */
export type OrderNumberKind =
  /** Nouveau numéro, reserved from the pool of its zone. */
  | 'NEW'
  /** Numéro porté, with its RIO. */
  | 'PORTED';

/** Sort order of the order list; ties are broken by the order. */
export type OrderOrderInput = {
  /** Descending (↓) instead of ascending (↑). */
  descending?: boolean;
  /** Column. */
  field: OrderSortField;
};

/** Columns of "Mes commandes". */
export type OrderSortField =
  /** Client final. */
  | 'END_CUSTOMER'
  /** Date de livraison prévue. */
  | 'EXPECTED_DELIVERY_ON'
  /** Date de commande. */
  | 'ORDERED_ON'
  /** Réf. commande. */
  | 'REFERENCE'
  /** État. */
  | 'STATE'
  /** Type. */
  | 'TYPE';

/** État d'une commande. */
export type OrderState =
  /** Annulée (by the customer while Reçue, by the provider with a reason). */
  | 'CANCELLED'
  /** Livrée: every OC of the order is delivered. */
  | 'DELIVERED'
  /** En cours de livraison: a first milestone is done. */
  | 'IN_DELIVERY'
  /** Reçue: the customer may still cancel it. */
  | 'RECEIVED'
  /** Validée by the provider. */
  | 'VALIDATED';

/** Submits a cart as an order. */
export type OrderSubmitInput = {
  /** Any key of yours (100 characters at most): the same key from the same user returns the same order. */
  idempotencyKey?: string | null | undefined;
  /** The cart. */
  order: OrderInput;
};

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

/** The provider validates a received order. */
export type OrderValidateInput = {
  /** The order. */
  orderId: string | number;
};

/** A number ported in from another operator. */
export type PortedNumberInput = {
  /** Titulaire de la ligne chez l’opérateur actuel. */
  holderName: string;
  /** The number (+33… or 0…). */
  number: string;
  /** Its RIO (12 characters; the key is checked against the number). */
  portingCode: string;
  /** Date de portabilité souhaitée (YYYY-MM-DD): a working day, at least 7 working days ahead. */
  portingOn: string;
};

/** A role a company holds: client, reseller (manages clients) or operator (manages resellers). */
export type Universe =
  /** Univers client. */
  | 'CLIENT'
  /** Univers opérateur. */
  | 'OPERATOR'
  /** Univers revendeur. */
  | 'RESELLER';

export type OrdersViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type OrdersViewerQuery = { viewer: { universes: Array<Universe> } | null, myCompany: { id: string, reference: string, legalName: string } };

export type OrdersClientQueryVariables = Exact<{
  reference: string;
}>;


export type OrdersClientQuery = { customers: { edges: Array<{ node: { id: string, reference: string, legalName: string } }> } };

export type CatalogueQueryVariables = Exact<{
  companyId: string | number;
}>;


export type CatalogueQuery = { catalogue: Array<{ code: string, name: string, family: OfferFamily, monthlyPriceCents: number, setupFeeCents: number, commitmentMonths: number, noticePeriodMonths: number, carriesNumbers: boolean, options: Array<{ code: string, name: string, monthlyPriceCents: number }> }>, company: { id: string, sites: Array<{ id: string, name: string, city: string }> } | null };

export type OrderQuoteQueryVariables = Exact<{
  input: OrderInput;
}>;


export type OrderQuoteQuery = { orderQuote: { quote: { expectedDeliveryOn: string, setupFeeCents: number, firstInvoice: { exclVatCents: number, vatCents: number, inclVatCents: number }, monthly: { exclVatCents: number, vatCents: number, inclVatCents: number }, lines: Array<{ offerCode: string, name: string, quantity: number, expectedActivationOn: string, setupFeeCents: number, commitmentEndsOn: string | null, noticePeriodMonths: number, firstInvoice: { exclVatCents: number, inclVatCents: number }, monthly: { exclVatCents: number, inclVatCents: number }, firstInvoiceLines: Array<{ label: string, totalExclVatCents: number }> }> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type OrderSubmitMutationVariables = Exact<{
  input: OrderSubmitInput;
}>;


export type OrderSubmitMutation = { orderSubmit: { order: { id: string, reference: string, state: OrderState, expectedDeliveryOn: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type OrderListQueryVariables = Exact<{
  filter?: OrderFilterInput | null | undefined;
  orderBy?: OrderOrderInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type OrderListQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, endCustomerName: string, type: OrderType, orderedOn: string, state: OrderState, expectedDeliveryOn: string } }> } };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { order: { id: string, reference: string, type: OrderType, state: OrderState, orderedOn: string, expectedDeliveryOn: string, deliveredOn: string | null, endCustomerName: string, contactEmail: string, cancelReason: string | null, lines: Array<{ position: number, name: string, siteName: string, contractedOfferReference: string, expectedActivationOn: string, monthlyPriceCents: number, setupFeeCents: number, numbers: Array<{ kind: OrderNumberKind, number: string, portingCode: string | null, portingOn: string | null }>, milestones: Array<{ id: string, label: string, plannedOn: string, doneOn: string | null, late: boolean }> }> } | null };

export type OrderValidateMutationVariables = Exact<{
  input: OrderValidateInput;
}>;


export type OrderValidateMutation = { orderValidate: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type MilestoneCompleteMutationVariables = Exact<{
  input: OrderMilestoneCompleteInput;
}>;


export type MilestoneCompleteMutation = { orderMilestoneComplete: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type OrderCancelMutationVariables = Exact<{
  input: OrderCancelInput;
}>;


export type OrderCancelMutation = { orderCancel: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ModifyTargetQueryVariables = Exact<{
  id: string | number;
}>;


export type ModifyTargetQuery = { contractedOffer: { id: string, reference: string, name: string, state: ContractedOfferState, monthlyPriceCents: number, endCustomer: { id: string, legalName: string } | null } | null };

export type OrderModifyMutationVariables = Exact<{
  input: OrderModifyInput;
}>;


export type OrderModifyMutation = { orderModify: { order: { id: string, reference: string, state: OrderState, expectedDeliveryOn: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };


export const OrdersViewerDocument = {"__meta__":{"hash":"sha256:399625057a789c5cd8321018a669f7493aab22d6da079c2192f76917032c6ee7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]} as unknown as DocumentNode<OrdersViewerQuery, OrdersViewerQueryVariables>;
export const OrdersClientDocument = {"__meta__":{"hash":"sha256:f22371adea4438cdd4118aeda22ab797057da5b5f5e4613deeae2e7dc02ee416"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"identifier"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersClientQuery, OrdersClientQueryVariables>;
export const CatalogueDocument = {"__meta__":{"hash":"sha256:447a338b7525dbaf2c78cc65b55bc26378dc1d96ef4b2015f70014941cdbcfc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"family"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"setupFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"carriesNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;
export const OrderQuoteDocument = {"__meta__":{"hash":"sha256:a515112313a6b4ac54ae7a3c66fd2dd57db5174c1cf779fad005eb6abfa21359"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryOn"}},{"kind":"Field","name":{"kind":"Name","value":"setupFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"inclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"inclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"expectedActivationOn"}},{"kind":"Field","name":{"kind":"Name","value":"setupFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"commitmentEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"inclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"inclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstInvoiceLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrderQuoteQuery, OrderQuoteQueryVariables>;
export const OrderSubmitDocument = {"__meta__":{"hash":"sha256:051afaf722c6a85e4508ad6793098909576ca4f3a29cf2af5a37085933394e8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrderSubmitMutation, OrderSubmitMutationVariables>;
export const OrderListDocument = {"__meta__":{"hash":"sha256:d95f1339e8dcdc5f843b48bd7a23f183ca26cf5c428b39997b3a6020c57d83f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderOrderInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"endCustomerName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderListQuery, OrderListQueryVariables>;
export const OrderDetailDocument = {"__meta__":{"hash":"sha256:20212d76306342d100efec07628c0181e22587fb3f9f6a5c0fd870add815b746"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"orderedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endCustomerName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteName"}},{"kind":"Field","name":{"kind":"Name","value":"contractedOfferReference"}},{"kind":"Field","name":{"kind":"Name","value":"expectedActivationOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"setupFeeCents"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"portingCode"}},{"kind":"Field","name":{"kind":"Name","value":"portingOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const OrderValidateDocument = {"__meta__":{"hash":"sha256:9da360d77f7534735465b2797f77badb54b1170c24d82a2bfd98002ddda196ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderValidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderValidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderValidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrderValidateMutation, OrderValidateMutationVariables>;
export const MilestoneCompleteDocument = {"__meta__":{"hash":"sha256:9edf94078f2a7d768bee076d7764c9aa2ea6bd475af7e6386aef50796c432d8b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MilestoneComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderMilestoneCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderMilestoneComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MilestoneCompleteMutation, MilestoneCompleteMutationVariables>;
export const OrderCancelDocument = {"__meta__":{"hash":"sha256:b39bcb9a3d564e6ae16b7f672bb57b985566b69017054426b3586d283c721044"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderCancelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrderCancelMutation, OrderCancelMutationVariables>;
export const ModifyTargetDocument = {"__meta__":{"hash":"sha256:a0d8b157323b701a113f3d842aeb9a7ad6dfc298c3e6d0b3a17128d9f8ed2402"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModifyTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractedOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPriceCents"}},{"kind":"Field","name":{"kind":"Name","value":"endCustomer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]} as unknown as DocumentNode<ModifyTargetQuery, ModifyTargetQueryVariables>;
export const OrderModifyDocument = {"__meta__":{"hash":"sha256:6597626aa31d035e3b8a63a0fff232c604ac1129e2a21df677a01b43d6c5c8ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderModify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderModifyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderModify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expectedDeliveryOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrderModifyMutation, OrderModifyMutationVariables>;