import { toGlobalId } from '@portal/kernel';
import { makeRio } from '@portal/orders';
import { startTestPortal, type Client, type TestPortal } from '../support/gateway.js';

export const CUSTOMER_44284 = toGlobalId('Company', 44284);

/** The global id of a site of a company, by name. */
export async function siteId(portal: TestPortal, companyId: number, name: string): Promise<string> {
  const rows = (await portal.db.orm.em.getConnection().execute('select id from site where company_id = ? and name = ?', [companyId, name])) as { id: number }[];
  return toGlobalId('Site', rows[0]!.id);
}

/** A number of another operator, to port in, and its valid RIO. */
export const PORTED = '+33442118899';
export const PORTED_RIO = makeRio('02', 'F', 'K7Q2ZX', PORTED);

/** The Done-when cart: fibre with its 4G backup, and a number line with one new and one ported number. */
export function fibreAndNumbersCart(site: string, overrides: { portingOn?: string; newNumber?: string } = {}) {
  return {
    companyId: CUSTOMER_44284,
    lines: [
      { offerCode: 'FIBRE-PRO', optionCodes: ['BACKUP-4G'], siteId: site },
      {
        offerCode: 'PORTA-NUM', siteId: site,
        newNumbers: [{ zone: '04', number: overrides.newNumber ?? '+33442990100' }],
        portedNumbers: [{ number: PORTED, portingCode: PORTED_RIO, holderName: 'Société Méditerranéenne de Téléphonie', portingOn: overrides.portingOn ?? '2026-12-04' }],
      },
    ],
  };
}

export const QUOTE = `query($input: OrderInput!) { orderQuote(input: $input) {
  quote { setupFeeCents expectedDeliveryOn firstInvoice { exclVatCents vatCents inclVatCents } monthly { exclVatCents vatCents inclVatCents }
    lines { offerCode name expectedActivationOn setupFeeCents commitmentEndsOn noticePeriodMonths firstInvoice { exclVatCents vatCents inclVatCents } monthly { exclVatCents }
      firstInvoiceLines { label periodStart periodEnd totalExclVatCents vatCents } } }
  userErrors { code field } } }`;

export const SUBMIT = `mutation($input: OrderSubmitInput!) { orderSubmit(input: $input) {
  order { id reference type state orderedOn expectedDeliveryOn endCustomerName contactEmail
    lines { position name contractedOfferReference expectedActivationOn numbers { kind number portingCode } milestones { id kind label plannedOn doneOn late } } }
  userErrors { code field } } }`;

export const COMPLETE = `mutation($input: OrderMilestoneCompleteInput!) { orderMilestoneComplete(input: $input) { order { state deliveredOn } userErrors { code field } } }`;
export const VALIDATE = `mutation($input: OrderValidateInput!) { orderValidate(input: $input) { order { state } userErrors { code field } } }`;
export const CANCEL = `mutation($input: OrderCancelInput!) { orderCancel(input: $input) { order { state cancelReason } userErrors { code field } } }`;

/** Counts of the rows an order writes, to show a refusal wrote nothing. */
export async function orderRowCounts(portal: TestPortal): Promise<Record<string, number>> {
  const [row] = (await portal.db.orm.em.getConnection().execute(`select (select count(*) from order_detail)::int as details, (select count(*) from customer_order)::int as orders,
    (select count(*) from contracted_offer)::int as ocs, (select count(*) from order_number)::int as numbers, (select count(*) from pool_number where state <> 'FREE')::int as reserved`)) as Record<string, number>[];
  return row!;
}

/** A test portal with the reseller of 44284 (E-0000000010) signed in and 44284's LILLE site. */
export async function startResellerPortal(): Promise<{ portal: TestPortal; reseller: Client; lille: string }> {
  const portal = await startTestPortal();
  return { portal, reseller: await portal.signedIn('E-0000000010'), lille: await siteId(portal, 44284, 'LILLE') };
}
