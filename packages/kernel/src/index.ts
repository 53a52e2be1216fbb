import 'reflect-metadata';

export { Permission } from './permissions.js';
export { type Viewer, type Grant } from './viewer.js';
export { type Access } from './access.js';
export { type PortalContext, type RequestLog } from './context.js';
export { type Mailer, type OutgoingMail } from './mailer.js';
export { defaultPortalSettings, type PortalSettings } from './settings.js';
export { DomainError, throwAll, userError, withUserErrors, orGraphQLError, type UserError } from './errors.js';
export { UserErrorType } from './user-error.js';
export { storableTextGuard, unstorableTextAt, listTooLongAt, MAX_LIST_ITEMS } from './input-guard.js';
export {
  Public, SignedIn, SessionOnly, secondFactorSetupRequired, Member, WithinParent, OfCompany, accessGuard, accessRuleGaps, coordinate, fieldsOpenBeforeTerms, rootRules, unauthenticated, termsNotAccepted,
  type AccessRule, type CompanyOwned,
} from './rules.js';
export { Node, PageInfo, toGlobalId, fromGlobalId, encodeCursor, decodeCursor, cursorInvalid, pageFrom, MAX_PAGE_SIZE, type CursorKey } from './relay.js';
export { addMonthsClamped, addDays, isCalendarDate, todayInParis, monthBounds, monthEnd, daysInMonth, frenchDate, PORTAL_TIME_ZONE } from './calendar.js';
export { vatCents, lineAmounts, documentTotals, vatByRate, VatCategory, defaultVatCategory, type LineAmounts, type DocumentTotals, type RatedAmount, type VatRateTotal } from './money.js';
export { sendCsv, neutralisedCell, type CsvCell } from './http/csv.js';
export {
  domainRoutes, refuse, refuseError, refusalStatus, callerOf, listOf, textParam, listParam, keysetPages, EXPORT_BATCH,
  type DomainRouteOptions, type HttpRefusal, type KeysetPage,
} from './http/routes.js';
export { keysetIds, type KeysetQuery, type KeysetIds } from './keyset.js';
