export * from './enums.js';
export { Offer } from './entities/Offer.js';
export { SalesAdmin } from './entities/SalesAdmin.js';
export { Order } from './entities/Order.js';
export { ContractedOffer } from './entities/ContractedOffer.js';
export { OcService } from './entities/OcService.js';
export { Termination } from './entities/Termination.js';

import { Offer } from './entities/Offer.js';
import { SalesAdmin } from './entities/SalesAdmin.js';
import { Order } from './entities/Order.js';
import { ContractedOffer } from './entities/ContractedOffer.js';
import { OcService } from './entities/OcService.js';
import { Termination } from './entities/Termination.js';

/** The offers domain's entities, for the ORM configuration. */
export const offersEntities = [Offer, SalesAdmin, Order, ContractedOffer, OcService, Termination];
export { addMonthsClamped, addDays, todayInParis, monthBounds, PORTAL_TIME_ZONE } from '@portal/kernel';
export { offersResolvers } from './graphql/index.js';
export { ContractedOfferType, ServiceType } from './graphql/types.js';
export { listCustomerServices, serviceConditions, type ServiceFilter } from './services/customer-services.js';
export {
  DESIRED_DATE_MAX_YEARS_AHEAD, desiredDateProblem, effectiveDate, equipmentReturn, isCalendarDate, commitmentEnd, type EquipmentReturn, type TerminationTerms,
} from './rules/termination.js';
export { listContractedOffers, naturalKeySql, ocConditions, OcSortField, type OcFilter } from './services/oc-list.js';
export { relationShown, relationShownSql, RELATION_PERMISSION } from './services/oc-relations.js';
export { requestTermination, requestTerminations, withdrawTermination, planTermination, terminableOc, termsOf, COMMENTS_MAX, type TerminationPlan } from './services/termination.js';
export { OfferType, OrderItemType, TerminationType } from './graphql/oc-types.js';
export { portOutNumber } from './services/porting.js';
export { provideTerminationCost, type TerminationCostQuoter } from './services/termination-cost-port.js';
export { provideTerminationOrders, terminationOrderStep, type TerminationOrderRecorder, type TerminationOrderStep } from './services/termination-order-port.js';
export { provideTerminationSettlement, type TerminationSettlement, type SettledDocuments } from './services/settlement-port.js';
export { applyDueTerminations } from './services/termination-effect.js';
export { BILLED_STATES, billableContractedOffers, billedAccountIds, type BillableOc } from './services/billable.js';
export { type TerminationMailCost } from './mail/termination-mail.js';
export { offersRoutes } from './http/exports.js';
export { recordOrder, createOrderedOc, markOcInDelivery, deliverOc, cancelOrderedOc, modifyOc, type OrderedOcInput, type DeliveredService } from './services/ordering-port.js';
