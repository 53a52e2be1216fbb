import { companyEntities } from '@portal/company';
import { identityEntities } from '@portal/identity';
import { offersEntities } from '@portal/offers';
import { billingEntities } from '@portal/billing';
import { eventsEntities } from '@portal/events';
import { ordersEntities } from '@portal/orders';

/** Every entity of the domains, given to the ORM explicitly (no folder scanning). */
export const allEntities = [...companyEntities, ...identityEntities, ...offersEntities, ...billingEntities, ...eventsEntities, ...ordersEntities];
