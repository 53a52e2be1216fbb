import { ContractedOfferState, EarlyTerminationPolicy, LastPeriodPolicy, OrderType, ServiceKind, addDays, addMonthsClamped, monthBounds } from '@portal/offers';
import { CUSTOMER_24_ID, CUSTOMER_44284_ID } from './demo-companies.js';

/** The demo catalogue: MyOpenIP-like offers (started month due) and an Orange-like one (prorata). */
export const demoOffers = [
  { code: 'PORTA-NUM', name: 'Création et portabilités de numéros', monthlyPriceCents: 2500, noticePeriodMonths: 1, commitmentMonths: 12, lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE },
  {
    code: 'COM-UNIF', name: "Com'Unifiées MetaCentrex", monthlyPriceCents: 4990, setupFeeCents: 9900, noticePeriodMonths: 1, commitmentMonths: 36,
    earlyTerminationPolicy: EarlyTerminationPolicy.REMAINING_FEES_SHARE, earlyTerminationSharePercent: 50,
    lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE, hasEquipment: true, equipmentReturnDays: 14,
  },
  { code: 'NUM-GEO', name: 'Numéro - Géographique', monthlyPriceCents: 300, noticePeriodMonths: 1, commitmentMonths: 0, lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE },
  {
    code: 'FIBRE-PRO', name: 'Fibre Pro 1 Gb/s', monthlyPriceCents: 8900, noticePeriodMonths: 0, commitmentMonths: 24,
    earlyTerminationPolicy: EarlyTerminationPolicy.REMAINING_FEES_SHARE, earlyTerminationSharePercent: 100,
    lastPeriodPolicy: LastPeriodPolicy.PRORATA, hasEquipment: true, equipmentReturnDays: 30,
  },
] as const;

export type DemoOfferCode = (typeof demoOffers)[number]['code'];

export interface DemoContractedOffer {
  reference: string;
  name: string;
  offer: DemoOfferCode;
  customerId: number;
  site: string;
  salesAdmin: string | null;
  order: { reference: string; type: OrderType; orderedOn: string } | null;
  deliveredOn: string;
  activatedOn: string;
  state: ContractedOfferState;
  services: { kind: ServiceKind; identifier: string; portingCode?: string }[];
}

export const CHARLOTTE = 'Charlotte M.';

/** The three OCs of the MyOpenIP guide (customer 44284), on the guide's dates. */
export const demoContractedOffers: DemoContractedOffer[] = [
  {
    reference: 'OC150943', name: 'Création et portabilités de numéros', offer: 'PORTA-NUM', customerId: CUSTOMER_44284_ID,
    site: 'AIX-EN-PROVENCE', salesAdmin: CHARLOTTE, order: { reference: 'COM32623', type: OrderType.CREATION, orderedOn: '2018-05-02' },
    deliveredOn: '2018-05-29', activatedOn: '2018-05-29', state: ContractedOfferState.DELIVERED,
    services: [
      { kind: ServiceKind.PHONE_NUMBER, identifier: '+33442270001', portingCode: '01A1B2C3D4E5' },
      { kind: ServiceKind.PHONE_NUMBER, identifier: '+33442270002', portingCode: '01F6G7H8J9K0' },
      { kind: ServiceKind.PHONE_NUMBER, identifier: '+33442270003', portingCode: '01L1M2N3P4Q5' },
    ],
  },
  {
    reference: 'OC138637', name: "Com'Unifiées MetaCentrex", offer: 'COM-UNIF', customerId: CUSTOMER_44284_ID,
    site: 'LILLE', salesAdmin: CHARLOTTE, order: { reference: 'COM16444', type: OrderType.CREATION, orderedOn: '2017-10-30' },
    deliveredOn: '2017-11-22', activatedOn: '2017-11-22', state: ContractedOfferState.DELIVERED,
    services: [
      { kind: ServiceKind.TRUNK, identifier: 'TRUNK-LIL-01' },
      { kind: ServiceKind.PHONE_NUMBER, identifier: '+33320100001', portingCode: '01R6S7T8U9V0' },
    ],
  },
  {
    reference: 'OC94529', name: 'Numéro - Géographique', offer: 'NUM-GEO', customerId: CUSTOMER_44284_ID,
    site: 'AIX-EN-PROVENCE', salesAdmin: null, order: null,
    deliveredOn: '2016-12-20', activatedOn: '2016-12-20', state: ContractedOfferState.DELIVERED,
    services: [{ kind: ServiceKind.PHONE_NUMBER, identifier: '+33442279999', portingCode: '01W1X2Y3Z4A5' }],
  },
];

/**
 * The two recent OCs of OIP-00000024, dated from the day the demo is loaded so that the portal
 * looks the same whatever the date: delivered on the 16th, 17 months before the current month
 * (loaded in November 2026: 16/06/2025), so the fibre's 24-month commitment is still running.
 */
export function recentContractedOffers(today: string): DemoContractedOffer[] {
  const activatedOn = addDays(addMonthsClamped(monthBounds(today).first, -17), 15);
  return [
    {
      reference: 'OC160001', name: 'Fibre Pro 1 Gb/s', offer: 'FIBRE-PRO', customerId: CUSTOMER_24_ID,
      site: 'Siège Social', salesAdmin: CHARLOTTE, order: { reference: 'COM40001', type: OrderType.CREATION, orderedOn: addDays(activatedOn, -27) },
      deliveredOn: activatedOn, activatedOn, state: ContractedOfferState.DELIVERED,
      services: [{ kind: ServiceKind.ACCESS_LINE, identifier: 'FTTH-0472001234' }],
    },
    {
      reference: 'OC160002', name: 'Numéro - Géographique', offer: 'NUM-GEO', customerId: CUSTOMER_24_ID,
      site: 'Site de Clichy', salesAdmin: CHARLOTTE, order: { reference: 'COM40002', type: OrderType.CREATION, orderedOn: addDays(activatedOn, -14) },
      deliveredOn: activatedOn, activatedOn, state: ContractedOfferState.DELIVERED,
      services: [{ kind: ServiceKind.PHONE_NUMBER, identifier: '+33141400001', portingCode: '01B6C7D8E9F0' }],
    },
  ];
}
