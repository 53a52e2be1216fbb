/**
 * The scale catalogue: about twenty offers mixing the two last-period policies, notice periods of
 * 0, 1 or 3 months, commitments of 0 to 36 months, some with equipment to return; and the sales
 * admins ("pilotes ADV") who follow the orders.
 */
import { EarlyTerminationPolicy, LastPeriodPolicy } from '@portal/offers';
import { Random, Stream } from './random.js';
import { firstNames, slug, surnames } from './words.js';

export interface ScaleOffer {
  id: number;
  code: string;
  name: string;
  monthlyPriceCents: number;
  setupFeeCents: number;
  vatRateBasisPoints: number;
  noticePeriodMonths: 0 | 1 | 3;
  commitmentMonths: 0 | 12 | 24 | 36;
  earlyTerminationPolicy: EarlyTerminationPolicy;
  earlyTerminationSharePercent: number;
  lastPeriodPolicy: LastPeriodPolicy;
  hasEquipment: boolean;
  equipmentReturnDays: number;
  /** How often the offer is subscribed, relative to the others. */
  popularity: number;
}

const FULL = LastPeriodPolicy.FULL_PERIOD_DUE;
const PRORATA = LastPeriodPolicy.PRORATA;
const NONE = EarlyTerminationPolicy.NONE;
const SHARE = EarlyTerminationPolicy.REMAINING_FEES_SHARE;

type OfferSpec = Omit<ScaleOffer, 'id' | 'vatRateBasisPoints'>;

const offerSpecs: readonly OfferSpec[] = [
  { code: 'NUM-GEO', name: 'Numéro - Géographique', monthlyPriceCents: 300, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 0, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 30 },
  { code: 'NUM-NONGEO', name: 'Numéro - Non géographique 09', monthlyPriceCents: 400, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 0, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 8 },
  { code: 'PORTA-NUM', name: 'Création et portabilités de numéros', monthlyPriceCents: 2500, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 12, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 10 },
  { code: 'SIP-TRUNK-4', name: 'Trunk SIP 4 canaux', monthlyPriceCents: 3900, setupFeeCents: 4900, noticePeriodMonths: 1, commitmentMonths: 12, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 50, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 6 },
  { code: 'SIP-TRUNK-10', name: 'Trunk SIP 10 canaux', monthlyPriceCents: 8900, setupFeeCents: 9900, noticePeriodMonths: 1, commitmentMonths: 24, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 50, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 4 },
  { code: 'SIP-TRUNK-30', name: 'Trunk SIP 30 canaux', monthlyPriceCents: 19900, setupFeeCents: 19900, noticePeriodMonths: 3, commitmentMonths: 36, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 100, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 1 },
  { code: 'COM-UNIF', name: "Com'Unifiées MetaCentrex", monthlyPriceCents: 4990, setupFeeCents: 9900, noticePeriodMonths: 1, commitmentMonths: 36, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 50, lastPeriodPolicy: FULL, hasEquipment: true, equipmentReturnDays: 14, popularity: 5 },
  { code: 'CENTREX-POSTE', name: 'Poste Centrex IP', monthlyPriceCents: 1490, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 12, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: FULL, hasEquipment: true, equipmentReturnDays: 14, popularity: 12 },
  { code: 'STANDARD-VIRT', name: 'Standard virtuel', monthlyPriceCents: 2990, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 12, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 5 },
  { code: 'TEAMS-CONNECT', name: 'Connecteur Microsoft Teams', monthlyPriceCents: 690, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 12, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 4 },
  { code: 'FAX-MAIL', name: 'Fax to mail', monthlyPriceCents: 500, setupFeeCents: 0, noticePeriodMonths: 0, commitmentMonths: 0, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: FULL, hasEquipment: false, equipmentReturnDays: 0, popularity: 3 },
  { code: 'FIBRE-PRO', name: 'Fibre Pro 1 Gb/s', monthlyPriceCents: 8900, setupFeeCents: 0, noticePeriodMonths: 0, commitmentMonths: 24, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 100, lastPeriodPolicy: PRORATA, hasEquipment: true, equipmentReturnDays: 30, popularity: 6 },
  { code: 'FIBRE-PRO-500', name: 'Fibre Pro 500 Mb/s', monthlyPriceCents: 5900, setupFeeCents: 0, noticePeriodMonths: 0, commitmentMonths: 24, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 100, lastPeriodPolicy: PRORATA, hasEquipment: true, equipmentReturnDays: 30, popularity: 5 },
  { code: 'FTTO-100', name: 'Fibre optique dédiée 100 Mb/s', monthlyPriceCents: 29900, setupFeeCents: 150000, noticePeriodMonths: 3, commitmentMonths: 36, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 100, lastPeriodPolicy: PRORATA, hasEquipment: true, equipmentReturnDays: 30, popularity: 1 },
  { code: 'SDSL-4M', name: 'SDSL 4 Mb/s', monthlyPriceCents: 9900, setupFeeCents: 25000, noticePeriodMonths: 3, commitmentMonths: 36, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 50, lastPeriodPolicy: PRORATA, hasEquipment: true, equipmentReturnDays: 30, popularity: 1 },
  { code: 'ADSL-PRO', name: 'ADSL Pro', monthlyPriceCents: 3500, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 12, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: PRORATA, hasEquipment: true, equipmentReturnDays: 14, popularity: 3 },
  { code: 'SECOURS-4G', name: 'Secours 4G', monthlyPriceCents: 2000, setupFeeCents: 0, noticePeriodMonths: 0, commitmentMonths: 0, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: PRORATA, hasEquipment: true, equipmentReturnDays: 14, popularity: 2 },
  { code: 'MOBILE-PRO-50', name: 'Forfait mobile Pro 50 Go', monthlyPriceCents: 2500, setupFeeCents: 0, noticePeriodMonths: 0, commitmentMonths: 0, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: PRORATA, hasEquipment: false, equipmentReturnDays: 0, popularity: 10 },
  { code: 'MOBILE-PRO-200', name: 'Forfait mobile Pro 200 Go', monthlyPriceCents: 3900, setupFeeCents: 0, noticePeriodMonths: 0, commitmentMonths: 12, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 25, lastPeriodPolicy: PRORATA, hasEquipment: false, equipmentReturnDays: 0, popularity: 5 },
  { code: 'ROUTEUR-LOC', name: 'Location routeur Pro', monthlyPriceCents: 990, setupFeeCents: 0, noticePeriodMonths: 1, commitmentMonths: 36, earlyTerminationPolicy: SHARE, earlyTerminationSharePercent: 100, lastPeriodPolicy: FULL, hasEquipment: true, equipmentReturnDays: 14, popularity: 3 },
  { code: 'ANTI-DDOS', name: 'Protection anti-DDoS', monthlyPriceCents: 4900, setupFeeCents: 0, noticePeriodMonths: 3, commitmentMonths: 12, earlyTerminationPolicy: NONE, earlyTerminationSharePercent: 0, lastPeriodPolicy: PRORATA, hasEquipment: false, equipmentReturnDays: 0, popularity: 1 },
];

/** The offers, ids 1..n in catalogue order. */
export const scaleOffers: readonly ScaleOffer[] = offerSpecs.map((spec, i) => ({ ...spec, id: i + 1, vatRateBasisPoints: 2000 }));

export const SALES_ADMIN_COUNT = 50;

export interface ScaleSalesAdmin {
  id: number;
  displayName: string;
  email: string;
}

/** The sales admins: "Charlotte M." and charlotte.martin@operateur.example. */
export function scaleSalesAdmins(seed: number): ScaleSalesAdmin[] {
  const random = new Random(seed, Stream.catalogue);
  const result: ScaleSalesAdmin[] = [];
  for (let id = 1; id <= SALES_ADMIN_COUNT; id++) {
    const first = random.pick(firstNames);
    const last = random.pick(surnames);
    result.push({ id, displayName: `${first} ${last.replace(/^(D'|L'|Le )/, '').charAt(0)}.`, email: `${slug(first)}.${slug(last)}.${id}@operateur.example` });
  }
  return result;
}
