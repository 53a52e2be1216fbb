/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters of the credit note list; all optional, combined with "and". */
export type CreditNoteFilterInput = {
  /** Montant TTC at most this many cents. */
  amountMax?: number | null | undefined;
  /** Montant TTC at least this many cents. */
  amountMin?: number | null | undefined;
  /** Billing accounts (compte client): global ids of companies. A company out of reach matches nothing, like one that does not exist. */
  companyIds?: Array<string | number> | null | undefined;
  /** Issued on or after this date (YYYY-MM-DD). */
  issuedFrom?: string | null | undefined;
  /** Issued on or before this date (YYYY-MM-DD). */
  issuedTo?: string | null | undefined;
  /** Any of these statuses on the e-invoicing platform (NOT_SENT: not deposited yet). */
  lifecycleStatuses?: Array<DocumentLifecycleStatus> | null | undefined;
  /** Any of these states. */
  states?: Array<CreditNoteState> | null | undefined;
};

/** Sort order of the credit note list; ties are broken by the credit note id. */
export type CreditNoteOrderInput = {
  /** Direction. */
  direction?: SortDirection;
  /** Column to sort on. */
  field: CreditNoteSortField;
};

/** Columns of the credit note list. */
export type CreditNoteSortField =
  /** Client: raison sociale of the billing account. */
  | 'COMPANY'
  /** N° of the corrected invoice. */
  | 'INVOICE'
  /** Date d'émission. */
  | 'ISSUED_ON'
  /** N° d'avoir. */
  | 'NUMBER'
  /** Date limite de remboursement. */
  | 'REFUND_DUE_ON'
  /** État (ISSUED, REFUNDED). */
  | 'STATE'
  /** Montant TTC. */
  | 'TOTAL';

/** État of a credit note. */
export type CreditNoteState =
  /** Émis: the refund is still to be made. */
  | 'ISSUED'
  /** Remboursé. */
  | 'REFUNDED';

/** Invoice or credit note. */
export type DocumentKind =
  /** Avoir. */
  | 'CREDIT_NOTE'
  /** Facture. */
  | 'INVOICE';

/** Where a document stands on the e-invoicing platform: its latest lifecycle status, or NOT_SENT. */
export type DocumentLifecycleStatus =
  /** Approuvée (205). */
  | 'APPROVED'
  /** Encaissée (212). */
  | 'CASHED'
  /** Déposée (200): accepted by the platform. */
  | 'DEPOSITED'
  /** En litige (207). */
  | 'DISPUTED'
  /** Émise par la plateforme (201). */
  | 'ISSUED'
  /** Mise à disposition du destinataire (203). */
  | 'MADE_AVAILABLE'
  /** Not deposited yet. */
  | 'NOT_SENT'
  /** Paiement transmis (211). */
  | 'PAYMENT_SENT'
  /** Reçue par la plateforme du destinataire (202). */
  | 'RECEIVED'
  /** Refusée (210) by the buyer. */
  | 'REFUSED'
  /** Rejetée (213) by the platform: not valid; a corrected document is issued with a new number. */
  | 'REJECTED'
  /** Suspendue (208). */
  | 'SUSPENDED'
  /** Prise en charge (204). */
  | 'TAKEN_OVER';

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

/** Whose invoices or credit notes a list shows. */
export type DocumentScope =
  /** Every company the caller may read the invoices of: its own and every company below it. */
  | 'ALL_IN_REACH'
  /** One company: the caller's own, or the `companyId` given. */
  | 'COMPANY';

/** Filters of the invoice list; all optional, combined with "and". */
export type InvoiceFilterInput = {
  /** Montant TTC at most this many cents. */
  amountMax?: number | null | undefined;
  /** Montant TTC at least this many cents. */
  amountMin?: number | null | undefined;
  /** Billing accounts (compte client): global ids of companies. A company out of reach matches nothing, like one that does not exist. */
  companyIds?: Array<string | number> | null | undefined;
  /** Issued on or after this date (YYYY-MM-DD). */
  issuedFrom?: string | null | undefined;
  /** Issued on or before this date (YYYY-MM-DD). */
  issuedTo?: string | null | undefined;
  /** Any of these statuses on the e-invoicing platform (NOT_SENT: not deposited yet). */
  lifecycleStatuses?: Array<DocumentLifecycleStatus> | null | undefined;
  /** Any of these states (OVERDUE: unpaid after the due date). */
  states?: Array<InvoiceState> | null | undefined;
};

/** Sort order of the invoice list; ties are broken by the invoice id. */
export type InvoiceOrderInput = {
  /** Direction. */
  direction?: SortDirection;
  /** Column to sort on. */
  field: InvoiceSortField;
};

/** Why an invoice was issued. */
export type InvoicePurpose =
  /** Facture de clôture of a terminated contracted offer. */
  | 'CLOSING'
  /** The monthly invoice of a billing account. */
  | 'MONTHLY';

/** Columns of the invoice list. */
export type InvoiceSortField =
  /** Client: raison sociale of the billing account. */
  | 'COMPANY'
  /** Date d'échéance. */
  | 'DUE_ON'
  /** Date d'émission. */
  | 'ISSUED_ON'
  /** N° de facture. */
  | 'NUMBER'
  /** Période de service (its first day). */
  | 'PERIOD'
  /** État (ISSUED, OVERDUE, PAID). */
  | 'STATE'
  /** Montant TTC. */
  | 'TOTAL';

/** État of an invoice as the customer sees it. */
export type InvoiceState =
  /** Émise: waiting for payment, due date not passed. */
  | 'ISSUED'
  /** En retard: unpaid after its due date (Paris calendar). */
  | 'OVERDUE'
  /** Payée. */
  | 'PAID';

/** A lifecycle status of the French e-invoicing reform, as the platform sends it. */
export type LifecycleStatus =
  /** Approuvée (205). */
  | 'APPROVED'
  /** Encaissée (212). */
  | 'CASHED'
  /** Déposée (200): accepted by the platform. */
  | 'DEPOSITED'
  /** En litige (207). */
  | 'DISPUTED'
  /** Émise par la plateforme (201). */
  | 'ISSUED'
  /** Mise à disposition du destinataire (203). */
  | 'MADE_AVAILABLE'
  /** Paiement transmis (211). */
  | 'PAYMENT_SENT'
  /** Reçue par la plateforme du destinataire (202). */
  | 'RECEIVED'
  /** Refusée (210) by the buyer. */
  | 'REFUSED'
  /** Rejetée (213) by the platform: not valid; a corrected document is issued with a new number. */
  | 'REJECTED'
  /** Suspendue (208). */
  | 'SUSPENDED'
  /** Prise en charge (204). */
  | 'TAKEN_OVER';

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

export type BillingViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingViewerQuery = { viewer: { universes: Array<Universe> } | null };

export type BillingClientQueryVariables = Exact<{
  id: string | number;
}>;


export type BillingClientQuery = { company: { id: string, legalName: string, reference: string } | null };

export type InvoiceListQueryVariables = Exact<{
  companyId?: string | number | null | undefined;
  scope: DocumentScope;
  filter?: InvoiceFilterInput | null | undefined;
  orderBy?: InvoiceOrderInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InvoiceListQuery = { invoices: { totalCount: number, totals: { totalExclVatCents: unknown, totalVatCents: unknown, totalInclVatCents: unknown }, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, purpose: InvoicePurpose, issuedOn: string, dueOn: string, periodStart: string, periodEnd: string, state: InvoiceState, lifecycleStatus: DocumentLifecycleStatus, totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, pdfPath: string, company: { id: string, legalName: string, reference: string } } }> } };

export type CreditNoteListQueryVariables = Exact<{
  companyId?: string | number | null | undefined;
  scope: DocumentScope;
  filter?: CreditNoteFilterInput | null | undefined;
  orderBy?: CreditNoteOrderInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CreditNoteListQuery = { creditNotes: { totalCount: number, totals: { totalExclVatCents: unknown, totalVatCents: unknown, totalInclVatCents: unknown }, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, issuedOn: string, refundDueOn: string, state: CreditNoteState, lifecycleStatus: DocumentLifecycleStatus, totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, pdfPath: string, invoice: { id: string, number: string } | null, company: { id: string, legalName: string, reference: string } } }> } };

export type InvoiceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceDetailQuery = { viewer: { user: { company: { id: string } } } | null, invoice: { id: string, number: string, purpose: InvoicePurpose, issuedOn: string, dueOn: string, paidOn: string | null, periodStart: string, periodEnd: string, state: InvoiceState, lifecycleStatus: DocumentLifecycleStatus, totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, pdfPath: string, lifecycle: Array<{ status: LifecycleStatus, occurredAt: string, reason: string | null }>, company: { id: string, legalName: string, reference: string }, lines: Array<{ id: string, position: number, kind: DocumentLineKind, label: string, periodStart: string | null, periodEnd: string | null, quantity: number, unitPriceExclVatCents: number, vatRateBasisPoints: number, totalExclVatCents: number, vatCents: number, totalInclVatCents: number }>, vatBreakdown: Array<{ vatRateBasisPoints: number, baseExclVatCents: number, vatCents: number }>, creditNotes: Array<{ id: string, number: string, issuedOn: string, state: CreditNoteState, totalInclVatCents: number, pdfPath: string }> } | null };

export type CreditNoteDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CreditNoteDetailQuery = { viewer: { user: { company: { id: string } } } | null, creditNote: { id: string, number: string, issuedOn: string, refundDueOn: string, state: CreditNoteState, reason: string, lifecycleStatus: DocumentLifecycleStatus, totalExclVatCents: number, totalVatCents: number, totalInclVatCents: number, pdfPath: string, lifecycle: Array<{ status: LifecycleStatus, occurredAt: string, reason: string | null }>, company: { id: string, legalName: string, reference: string }, invoice: { id: string, number: string } | null, lines: Array<{ id: string, position: number, kind: DocumentLineKind, label: string, periodStart: string | null, periodEnd: string | null, quantity: number, unitPriceExclVatCents: number, vatRateBasisPoints: number, totalExclVatCents: number, vatCents: number, totalInclVatCents: number }>, vatBreakdown: Array<{ vatRateBasisPoints: number, baseExclVatCents: number, vatCents: number }> } | null };

export type HeldDocumentListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type HeldDocumentListQuery = { heldDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: DocumentKind, purpose: InvoicePurpose | null, periodStart: string, periodEnd: string, totalInclVatCents: number, heldAt: string, checkedAt: string, reasons: Array<{ rule: string, message: string }>, company: { id: string, legalName: string, reference: string } } }> } };

export type HeldDocumentReleaseMutationVariables = Exact<{
  id: string | number;
}>;


export type HeldDocumentReleaseMutation = { heldDocumentRelease: { invoice: { id: string, number: string } | null, creditNote: { id: string, number: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };


export const BillingViewerDocument = {"__meta__":{"hash":"sha256:674bca09e35da2358cc2aa3607977831499a4430b16ac8eb8e77709f8c544158"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universes"}}]}}]}}]} as unknown as DocumentNode<BillingViewerQuery, BillingViewerQueryVariables>;
export const BillingClientDocument = {"__meta__":{"hash":"sha256:3ee06186e3aa39a7cf914546e814083a34d601d79ca41fa02fc1e6a3ccb6e18c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]} as unknown as DocumentNode<BillingClientQuery, BillingClientQueryVariables>;
export const InvoiceListDocument = {"__meta__":{"hash":"sha256:824ac5e20c51723751d9dd12e193d1e091e06b5897d87ae72bc23f4947e256dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceOrderInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceListQuery, InvoiceListQueryVariables>;
export const CreditNoteListDocument = {"__meta__":{"hash":"sha256:3f52e064686e52118830e65f0d135d952b9ecbb3ecfc6320ecfd1123b4181397"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditNoteList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditNoteOrderInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refundDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditNoteListQuery, CreditNoteListQueryVariables>;
export const InvoiceDetailDocument = {"__meta__":{"hash":"sha256:024716f10f6c440a62ce742642a53544db718016821bd683d8b3a7207132f08b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"baseExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}}]}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const CreditNoteDetailDocument = {"__meta__":{"hash":"sha256:63710d77c89c480191a520089689ef5787efa275574a12d088ff37877920b43a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditNoteDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"refundDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"totalExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vatRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"baseExclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}}]}}]}}]}}]} as unknown as DocumentNode<CreditNoteDetailQuery, CreditNoteDetailQueryVariables>;
export const HeldDocumentListDocument = {"__meta__":{"hash":"sha256:3e7678aa45aaa01cc31520ede0e3f0927421d83a0c23138418ac012d8a870642"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeldDocumentList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"totalInclVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HeldDocumentListQuery, HeldDocumentListQueryVariables>;
export const HeldDocumentReleaseDocument = {"__meta__":{"hash":"sha256:a280f9f242d361f2c6469dc33a8a6fd935c7fd516df9f2f139c4a53246bd46f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HeldDocumentRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldDocumentRelease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HeldDocumentReleaseMutation, HeldDocumentReleaseMutationVariables>;