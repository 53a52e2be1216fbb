export * from './enums.js';
export { DocumentSequence } from './entities/DocumentSequence.js';
export { Invoice } from './entities/Invoice.js';
export { InvoiceLine } from './entities/InvoiceLine.js';
export { CreditNote } from './entities/CreditNote.js';
export { CreditNoteLine } from './entities/CreditNoteLine.js';
export { HeldDocument, type HeldDraft } from './entities/HeldDocument.js';
export { PlatformDeposit } from './entities/PlatformDeposit.js';
export { LifecycleEvent } from './entities/LifecycleEvent.js';
export { PlatformCursor } from './entities/PlatformCursor.js';

import { DocumentSequence } from './entities/DocumentSequence.js';
import { Invoice } from './entities/Invoice.js';
import { InvoiceLine } from './entities/InvoiceLine.js';
import { CreditNote } from './entities/CreditNote.js';
import { CreditNoteLine } from './entities/CreditNoteLine.js';
import { HeldDocument } from './entities/HeldDocument.js';
import { LifecycleEvent } from './entities/LifecycleEvent.js';
import { PlatformCursor } from './entities/PlatformCursor.js';
import { PlatformDeposit } from './entities/PlatformDeposit.js';
import { PriceChange } from './entities/PriceChange.js';

/** The billing domain's entities, for the ORM configuration. */
export const billingEntities = [DocumentSequence, Invoice, InvoiceLine, CreditNote, CreditNoteLine, HeldDocument, PlatformDeposit, LifecycleEvent, PlatformCursor, PriceChange];
export { PriceChange } from './entities/PriceChange.js';
export { recordPriceChange } from './services/price-change.js';
export { vatCents, lineAmounts, documentTotals, vatByRate, type LineAmounts, type DocumentTotals, type VatRateTotal } from '@portal/kernel';
export { formatDocumentNumber, takeDocumentNumber } from './services/numbering.js';
export { billingResolvers } from './graphql/index.js';
export { InvoiceType, CreditNoteType, InvoiceLineType, CreditNoteLineType, documentPdfPath } from './graphql/types.js';
export { InvoiceDisplayState, invoiceDisplayState, invoiceDisplayStateSql } from './rules/invoice-state.js';
export { intraCommunityVatNumber } from './rules/vat-number.js';
export { checkDocument, describeViolations, type RuleViolation, type DocumentDraft } from './rules/en16931.js';
export {
  listDocuments, documentListSql, documentFilterConditions, DocumentScope, InvoiceSortField, CreditNoteSortField,
  type DocumentFilter, type DocumentListInput, type DocumentPage, type DocumentKindName, type DocumentTotalsRow,
} from './services/document-list.js';
export {
  documentPdf, documentFile, documentXmlText, XmlSyntax, documentsInReach, renderCheckedDocument, loadPrintable, billedCompanyOf, pdfFileName, GLOBAL_ID_TYPE, type PrintableKind,
} from './services/document-files.js';
export { renderDocumentPdf } from './pdf/render.js';
export { facturXml, FACTUR_X_FILE_NAME, FACTUR_X_CONFORMANCE_LEVEL } from './pdf/factur-x.js';
export { ublXml } from './pdf/ubl.js';
export { euros, frenchDecimal, frenchDate, decimalAmount, vatRateLabel, type PrintableDocument, type Party, type PrintableLine } from './pdf/printable.js';
export { runMonthlyBilling, type BillingRunOptions, type BillingRunResult } from './services/billing-run.js';
export { billedThrough, billingSettlement, issueSettlement, PAYMENT_TERM_DAYS } from './services/settlement.js';
export { proratedWithinMonth, periodCharges, type PeriodCharge } from './rules/proration.js';
export { closingSettlement, earlyTerminationFee, lastDayDue, remainingCommitmentFees, type ClosingSettlement } from './rules/settlement.js';
export { closingDocuments, chargesToBill, type ClosingDocuments, type LineDraft } from './rules/closing.js';
export { quotedCost, quoteWarnings, QuoteWarning, QUOTE_WARNING_TEXT, type QuotedCost, type UpcomingInvoice } from './rules/quote.js';
export { quoteTerminations, recordedTerminationCost, type TerminationQuotePlan, type TerminationQuoteOutcome } from './services/termination-quote.js';
export { releaseHeldDocument, checkBeforeNumbering, draftDocument, type HoldRequest } from './services/held-documents.js';
export { partiesOfAccounts } from './services/parties.js';
export { type EInvoicingPlatform, type Deposit, type PlatformStatus, PlatformRejection, PlatformUnavailable } from './platform/adapter.js';
export { HttpPlatform, type HttpPlatformConfig } from './platform/http-platform.js';
export { FileDropOutbox, type ManifestEntry } from './platform/file-drop.js';
export { queueDeposits, queuedDeposits, depositDocument, pullStatuses } from './platform/deposits.js';
export { billingRoutes } from './http/documents.js';
export { monthlyLines, firstInvoiceLines, setupLine, adjustmentLines, type BilledOc } from './rules/monthly-lines.js';
