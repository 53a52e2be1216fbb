/**
 * The deterministic model of the scale data: who is under whom, which sites exist, and the stream
 * of contracted offers. The plan keeps only compact per-company arrays; the million contracted
 * offers are never held in memory but generated again, identically, each time a table needs them
 * (orders, contracted offers, services, invoice lines).
 *
 * Shape: a few operators at the top, resellers (about 1 %) under them, clients under resellers,
 * and a few clients that are subsidiaries of another client of the same reseller (deeper trees).
 */
import { vatCents } from '@portal/billing';
import { ContractedOfferState, OrderType, ServiceState } from '@portal/offers';
import { addMonthsClamped, dayOf } from './calendar.js';
import { scaleOffers, SALES_ADMIN_COUNT, type ScaleOffer } from './catalogue.js';
import { Random, searchCumulative, Stream, WeightedTable } from './random.js';
import { cities } from './words.js';

export interface ScaleOptions {
  companies: number;
  ocs: number;
  seed: number;
}

/** Company references, OC, order and login numbers start here, above the demo data's range. */
export const NUMBER_OFFSET = 1_000_000;

export const KIND_OPERATOR = 0;
export const KIND_RESELLER = 1;
export const KIND_CLIENT = 2;

/** The billing run the invoices come from: the last closed month. */
export const BILLING = {
  year: 2026,
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  issuedOn: '2026-11-01',
  dueOn: '2026-11-30',
} as const;

const FIRST_DAY = dayOf('2010-01-04');
const LAST_COMPANY_DAY = dayOf('2026-10-31');
/** The data's "today": the last day anything happened. */
export const LAST_ACTIVITY_DAY = dayOf('2026-11-20');
const PERIOD_START_DAY = dayOf(BILLING.periodStart);
const PERIOD_END_DAY = dayOf(BILLING.periodEnd);
const DAY = 86_400;

/** One contracted offer with its order and service, as numbers; the stream reuses one object. */
export interface OcRecord {
  id: number;
  offer: ScaleOffer;
  endCustomer: number;
  billingAccount: number;
  siteId: number;
  /** 0: none. */
  salesAdminId: number;
  state: ContractedOfferState;
  /** Day numbers; -1 for none. */
  deliveredDay: number;
  activatedDay: number;
  commitmentEndsDay: number;
  terminatedDay: number;
  priceCents: number;
  /** Seconds since the epoch. */
  createdAt: number;
  /** 0: created without an order. */
  orderId: number;
  orderType: OrderType;
  orderedDay: number;
  serviceState: ServiceState;
  serviceEndedDay: number;
  /** First digit after +33 of the OC's phone number. */
  phoneDigit: number;
  /** Random parts of the RIO: 6 and 3 base-36 characters. */
  rioCustomer: number;
  rioKey: number;
  /** Billed on the monthly invoice of the billing run. */
  billed: boolean;
}

/** Largest invoice: invoice_line.position is a smallint. */
const MAX_LINES_PER_INVOICE = 32_767;

export class ScalePlan {
  readonly seed: number;
  readonly companyCount: number;
  readonly operatorCount: number;
  readonly resellerCount: number;
  readonly clientCount: number;
  readonly ocCount: number;

  /** Per company id (index 0 unused). parent 0: none. */
  readonly parent: Int32Array;
  readonly kind: Uint8Array;
  /** The reseller a client (or a reseller) belongs to; 0 for operators. */
  readonly reseller: Int32Array;
  readonly depth: Uint8Array;
  readonly createdAt: Float64Array;
  readonly city: Uint16Array;
  readonly headSite: Int32Array;
  /** 0: the company has a single site. */
  readonly secondSite: Int32Array;
  readonly secondSiteOpen: Uint8Array;
  readonly siteCount: number;
  readonly treeRowCount: number;
  readonly universeRowCount: number;
  /** Companies that get an administrator user (those with the RESELLER universe). */
  readonly userCount: number;

  /** Client ids, their cumulative OC weights, and the clients of each reseller (CSR). */
  private readonly clientIds: Int32Array;
  private readonly clientWeights: Float64Array;
  private readonly resellerClientStart: Int32Array;
  private readonly resellerClients: Int32Array;

  /** Filled by the billing pass over the contracted offers. */
  readonly orderCount: number;
  readonly billedLineCount: number;
  readonly invoiceCount: number;
  /** Invoice id of each billing account (0: no invoice), its totals and line count. */
  readonly invoiceOf: Int32Array;
  readonly invoiceExclVat: Float64Array;
  readonly invoiceVat: Float64Array;
  readonly invoiceLines: Int32Array;

  constructor(options: ScaleOptions) {
    const { companies, ocs, seed } = options;
    if (!Number.isInteger(companies) || companies < 3 || companies > 90_000_000) throw new RangeError('--companies is an integer from 3 to 90000000');
    if (!Number.isInteger(ocs) || ocs < 0 || ocs > 90_000_000) throw new RangeError('--ocs is an integer from 0 to 90000000');
    this.seed = seed;
    this.companyCount = companies;
    this.ocCount = ocs;
    this.operatorCount = Math.max(1, Math.floor(companies / 20_000));
    this.resellerCount = Math.max(1, Math.round(companies / 100));
    this.clientCount = companies - this.operatorCount - this.resellerCount;
    if (this.clientCount < 1) throw new RangeError('too few companies for operators, resellers and clients');

    const n = companies + 1;
    this.parent = new Int32Array(n);
    this.kind = new Uint8Array(n);
    this.reseller = new Int32Array(n);
    this.depth = new Uint8Array(n);
    this.createdAt = new Float64Array(n);
    this.city = new Uint16Array(n);
    this.headSite = new Int32Array(n);
    this.secondSite = new Int32Array(n);
    this.secondSiteOpen = new Uint8Array(n);
    this.clientIds = new Int32Array(this.clientCount);
    this.clientWeights = new Float64Array(this.clientCount);

    const random = new Random(seed, Stream.structure);
    const firstReseller = this.operatorCount + 1;
    const firstClient = this.operatorCount + this.resellerCount + 1;
    const moment = (fromDay: number, toDay: number) => random.int(fromDay, Math.max(fromDay, toDay)) * DAY + random.int(7 * 3600, 18 * 3600);

    for (let id = 1; id < firstReseller; id++) {
      this.kind[id] = KIND_OPERATOR;
      this.createdAt[id] = moment(FIRST_DAY, FIRST_DAY + 60);
    }
    // Resellers differ in size: a weight per reseller decides how many clients it gets.
    const resellerIds: number[] = [];
    const resellerWeights: number[] = [];
    for (let id = firstReseller; id < firstClient; id++) {
      const operator = 1 + ((id - firstReseller) % this.operatorCount);
      this.kind[id] = KIND_RESELLER;
      this.parent[id] = operator;
      this.reseller[id] = id;
      this.depth[id] = 1;
      this.createdAt[id] = moment(Math.floor(this.createdAt[operator]! / DAY) + 30, dayOf('2016-12-30'));
      resellerIds.push(id);
      resellerWeights.push(random.chance(0.1) ? random.int(20, 60) : random.int(1, 10));
    }
    const resellerTable = new WeightedTable(resellerIds, resellerWeights);
    const lastClientOf = new Int32Array(n);
    const clientsPerReseller = new Int32Array(this.resellerCount + 1);
    let weightSum = 0;
    for (let id = firstClient, k = 0; id <= companies; id++, k++) {
      const reseller = resellerTable.draw(random);
      const previous = lastClientOf[reseller]!;
      const parent = previous !== 0 && random.chance(0.03) ? previous : reseller;
      this.kind[id] = KIND_CLIENT;
      this.parent[id] = parent;
      this.reseller[id] = reseller;
      this.depth[id] = this.depth[parent]! + 1;
      this.createdAt[id] = moment(Math.floor(this.createdAt[parent]! / DAY) + 1, LAST_COMPANY_DAY);
      lastClientOf[reseller] = id;
      clientsPerReseller[reseller - this.operatorCount]!++;
      this.clientIds[k] = id;
      // Most clients hold a handful of OCs, a few hold hundreds.
      const tier = random.below(100);
      weightSum += tier < 80 ? random.int(1, 4) : tier < 97 ? random.int(5, 40) : random.int(41, 300);
      this.clientWeights[k] = weightSum;
    }
    for (let id = 1; id <= companies; id++) this.city[id] = random.below(cities.length);

    // Sites: a head office each, a second site for some (now and then closed).
    let site = 0;
    for (let id = 1; id <= companies; id++) {
      this.headSite[id] = ++site;
      if (random.chance(this.kind[id] === KIND_CLIENT ? 0.3 : 0.6)) {
        this.secondSite[id] = ++site;
        this.secondSiteOpen[id] = random.chance(0.9) ? 1 : 0;
      }
    }
    this.siteCount = site;

    let treeRows = 0;
    for (let id = 1; id <= companies; id++) treeRows += this.depth[id]! + 1;
    this.treeRowCount = treeRows;
    this.universeRowCount = 3 * this.operatorCount + 2 * this.resellerCount + this.clientCount;
    this.userCount = this.operatorCount + this.resellerCount;

    // The clients of each reseller, for OCs billed to another company of the same reseller.
    this.resellerClientStart = new Int32Array(this.resellerCount + 2);
    for (let r = 1; r <= this.resellerCount; r++) this.resellerClientStart[r + 1] = this.resellerClientStart[r]! + clientsPerReseller[r]!;
    this.resellerClients = new Int32Array(this.clientCount);
    const fill = this.resellerClientStart.slice();
    for (let id = firstClient; id <= companies; id++) this.resellerClients[fill[this.reseller[id]! - this.operatorCount]!++] = id;

    // The billing pass: orders, and the monthly invoice of every billing account with billed OCs.
    this.invoiceOf = new Int32Array(n);
    this.invoiceExclVat = new Float64Array(n);
    this.invoiceVat = new Float64Array(n);
    this.invoiceLines = new Int32Array(n);
    let orders = 0;
    let lines = 0;
    for (const oc of this.contractedOffers()) {
      if (oc.orderId !== 0) orders++;
      if (!oc.billed) continue;
      lines++;
      const account = oc.billingAccount;
      this.invoiceExclVat[account]! += oc.priceCents;
      this.invoiceVat[account]! += vatCents(oc.priceCents, oc.offer.vatRateBasisPoints);
      if (++this.invoiceLines[account]! > MAX_LINES_PER_INVOICE) throw new Error(`company ${account} would get more than ${MAX_LINES_PER_INVOICE} invoice lines`);
    }
    let invoices = 0;
    for (let id = 1; id <= companies; id++) if (this.invoiceLines[id]! > 0) this.invoiceOf[id] = ++invoices;
    this.orderCount = orders;
    this.billedLineCount = lines;
    this.invoiceCount = invoices;
  }

  /** The company ids, in order, of the ancestors of a company (parent first). */
  *ancestors(id: number): Generator<number> {
    for (let p = this.parent[id]!; p !== 0; p = this.parent[p]!) yield p;
  }

  /**
   * The contracted offers, ids 1..ocs, each with its order and service. The same plan always
   * yields the same sequence. The yielded object is reused: copy what must outlive the step.
   */
  *contractedOffers(): Generator<OcRecord> {
    const random = new Random(this.seed, Stream.contractedOffers);
    const offers = new WeightedTable(scaleOffers, scaleOffers.map((o) => o.popularity));
    const totalWeight = this.clientWeights[this.clientCount - 1]!;
    const oc: OcRecord = {
      id: 0, offer: scaleOffers[0]!, endCustomer: 0, billingAccount: 0, siteId: 0, salesAdminId: 0,
      state: ContractedOfferState.DELIVERED, deliveredDay: -1, activatedDay: -1, commitmentEndsDay: -1, terminatedDay: -1,
      priceCents: 0, createdAt: 0, orderId: 0, orderType: OrderType.CREATION, orderedDay: 0,
      serviceState: ServiceState.ACTIVE, serviceEndedDay: -1, phoneDigit: 1, rioCustomer: 0, rioKey: 0, billed: false,
    };
    let orderId = 0;
    for (let id = 1; id <= this.ocCount; id++) {
      const offer = offers.draw(random);
      const end = this.clientIds[searchCumulative(this.clientWeights, random.below(totalWeight))]!;
      oc.id = id;
      oc.offer = offer;
      oc.endCustomer = end;

      // Mostly billed to the end customer; sometimes to its parent company, or to another client
      // of the same reseller (a head office paying for its branches).
      const billingRoll = random.below(100);
      let account = end;
      const parent = this.parent[end]!;
      if (billingRoll < 4 && this.kind[parent] === KIND_CLIENT) account = parent;
      else if (billingRoll < 10) {
        const r = this.reseller[end]! - this.operatorCount;
        const from = this.resellerClientStart[r]!;
        account = this.resellerClients[from + random.below(this.resellerClientStart[r + 1]! - from)]!;
      }
      oc.billingAccount = account;
      oc.siteId = this.secondSite[end] !== 0 && this.secondSiteOpen[end] === 1 && random.chance(0.3) ? this.secondSite[end]! : this.headSite[end]!;
      oc.salesAdminId = random.chance(0.85) ? random.int(1, SALES_ADMIN_COUNT) : 0;

      const stateRoll = random.below(1000);
      const state =
        stateRoll < 30 ? ContractedOfferState.ORDERED
        : stateRoll < 70 ? ContractedOfferState.IN_DELIVERY
        : stateRoll < 100 ? ContractedOfferState.TERMINATION_REQUESTED
        : stateRoll < 160 ? ContractedOfferState.TERMINATED
        : ContractedOfferState.DELIVERED;
      let price = offer.monthlyPriceCents;
      if (random.chance(0.15)) price -= Math.floor((price * random.pick([5, 10, 15, 20])) / 100);
      oc.priceCents = price;

      const customerDay = Math.floor(this.createdAt[end]! / DAY);
      const pending = state === ContractedOfferState.ORDERED || state === ContractedOfferState.IN_DELIVERY;
      const hasOrder = pending || random.chance(0.85);
      if (pending) {
        oc.orderedDay = random.int(Math.max(customerDay, LAST_ACTIVITY_DAY - (state === ContractedOfferState.ORDERED ? 30 : 90)), LAST_ACTIVITY_DAY);
        oc.deliveredDay = -1;
        oc.activatedDay = -1;
        oc.commitmentEndsDay = -1;
        oc.terminatedDay = -1;
      } else {
        const delivered = random.int(Math.min(customerDay + 7, LAST_ACTIVITY_DAY - 2), LAST_ACTIVITY_DAY - 2);
        const activated = random.chance(0.8) ? delivered : Math.min(delivered + random.int(1, 5), LAST_ACTIVITY_DAY - 1);
        oc.deliveredDay = delivered;
        oc.activatedDay = activated;
        oc.orderedDay = Math.max(customerDay, delivered - random.int(7, 45));
        oc.commitmentEndsDay = offer.commitmentMonths > 0 ? addMonthsClamped(activated, offer.commitmentMonths) - 1 : -1; // the commitment's last day
        oc.terminatedDay = state === ContractedOfferState.TERMINATED ? random.int(activated + 1, LAST_ACTIVITY_DAY) : -1;
      }
      oc.state = state;

      const typeRoll = random.below(100);
      const ending = state === ContractedOfferState.TERMINATED || state === ContractedOfferState.TERMINATION_REQUESTED;
      oc.orderType = !hasOrder ? OrderType.CREATION
        : ending && typeRoll < 50 ? OrderType.TERMINATION
        : typeRoll < 80 ? OrderType.CREATION
        : typeRoll < 90 ? OrderType.MODIFICATION
        : OrderType.PORTING;
      oc.orderId = hasOrder ? ++orderId : 0;
      oc.createdAt = oc.orderedDay * DAY + random.int(8 * 3600, 19 * 3600);

      oc.serviceState = state !== ContractedOfferState.TERMINATED ? ServiceState.ACTIVE
        : random.chance(0.3) ? ServiceState.PORTED_OUT : ServiceState.TERMINATED;
      oc.serviceEndedDay = oc.terminatedDay;
      oc.phoneDigit = offer.code === 'NUM-NONGEO' ? 9 : offer.code.startsWith('MOBILE') ? random.int(6, 7) : cities[this.city[end]!]!.phoneZone;
      oc.rioCustomer = random.below(36 ** 6);
      oc.rioKey = random.below(36 ** 3);
      oc.billed = oc.activatedDay >= 0 && oc.activatedDay <= PERIOD_END_DAY && (oc.terminatedDay < 0 || oc.terminatedDay >= PERIOD_START_DAY);
      yield oc;
    }
  }
}
