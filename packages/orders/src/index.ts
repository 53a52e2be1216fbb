export * from './enums.js';
export { RIO_PATTERN, e164, makeRio, nationalNumber, rioKey, rioProblem } from './rules/rio.js';
export { PORTING_MIN_WORKING_DAYS, addWorkingDays, earliestPortingDate, isPublicHoliday, isWorkingDay, portingDateProblem } from './rules/working-days.js';
export { expectedActivation, isLate, plannedMilestones, stateAfterMilestone, type PlannedMilestone } from './rules/milestones.js';
export { NUMBERS_MAX, QUANTITY_MAX, QUANTITY_MIN, cancelProblem, milestoneProblem, validateProblem } from './rules/lifecycle.js';
export { CatalogueEntry } from './entities/CatalogueEntry.js';
export { CatalogueOption } from './entities/CatalogueOption.js';
export { OrderDetail } from './entities/OrderDetail.js';
export { OrderLine } from './entities/OrderLine.js';
export { OrderMilestone } from './entities/OrderMilestone.js';
export { OrderNumber } from './entities/OrderNumber.js';
export { PoolNumber } from './entities/PoolNumber.js';

import { CatalogueEntry } from './entities/CatalogueEntry.js';
import { CatalogueOption } from './entities/CatalogueOption.js';
import { OrderDetail } from './entities/OrderDetail.js';
import { OrderLine } from './entities/OrderLine.js';
import { OrderMilestone } from './entities/OrderMilestone.js';
import { OrderNumber } from './entities/OrderNumber.js';
import { PoolNumber } from './entities/PoolNumber.js';

/** The orders domain's entities, for the ORM configuration. */
export const ordersEntities = [CatalogueEntry, CatalogueOption, OrderDetail, OrderLine, OrderMilestone, OrderNumber, PoolNumber];
export { ordersResolvers } from './graphql/index.js';
export { planOrder, providerOf, orderableEntries, type OrderInput, type OrderLineInput, type OrderPlan } from './services/order-plan.js';
export { quotePlan, type OrderQuote, type LineQuote } from './services/quote.js';
export { submitOrder } from './services/submit.js';
export { cancelOrder, completeMilestone, validateOrder, orderInReach } from './services/delivery.js';
export { listOrders, orderConditions, OrderSortField, type OrderFilter } from './services/order-list.js';
export { ordersRoutes, ORDERS_CSV_HEADER } from './routes/orders-csv.js';
export { ORDER_STATE_LABELS, ORDER_TYPE_LABELS } from './rules/labels.js';
export { recordTerminationOrder } from './services/termination-orders.js';
