import { CatalogueEntry, CatalogueOption, OfferFamily, PoolNumber } from '@portal/orders';
import { EarlyTerminationPolicy, LastPeriodPolicy, Offer } from '@portal/offers';
import { type Em } from '../orm.js';

/** Offers of the catalogue that no demo OC subscribes to yet (a trunk, SDSL, a mobile line). */
export const catalogueOnlyOffers = [
  { code: 'TRUNK-SIP', name: 'Trunk SIP 10 canaux', monthlyPriceCents: 6000, setupFeeCents: 15000, noticePeriodMonths: 1, commitmentMonths: 12, lastPeriodPolicy: LastPeriodPolicy.FULL_PERIOD_DUE },
  {
    code: 'SDSL-2M', name: 'SDSL 2 Mb/s', monthlyPriceCents: 12000, setupFeeCents: 25000, noticePeriodMonths: 1, commitmentMonths: 36,
    earlyTerminationPolicy: EarlyTerminationPolicy.REMAINING_FEES_SHARE, earlyTerminationSharePercent: 100, lastPeriodPolicy: LastPeriodPolicy.PRORATA, hasEquipment: true, equipmentReturnDays: 30,
  },
  { code: 'MOBILE-PRO', name: 'Ligne mobile Pro 100 Go', monthlyPriceCents: 2400, noticePeriodMonths: 0, commitmentMonths: 12, lastPeriodPolicy: LastPeriodPolicy.PRORATA },
] as const;

/** The published catalogue: each orderable offer's family, place, who may order it and its options. */
export const demoCatalogue: { code: string; family: OfferFamily; position: number; carriesNumbers?: boolean; universes?: string[]; options: { code: string; name: string; monthlyPriceCents: number }[] }[] = [
  { code: 'FIBRE-PRO', family: OfferFamily.INTERNET_ACCESS, position: 10, options: [{ code: 'BACKUP-4G', name: 'Secours 4G', monthlyPriceCents: 1500 }, { code: 'STATIC-IP', name: 'IP fixe', monthlyPriceCents: 500 }] },
  { code: 'SDSL-2M', family: OfferFamily.INTERNET_ACCESS, position: 20, options: [{ code: 'BACKUP-4G', name: 'Secours 4G', monthlyPriceCents: 1500 }] },
  { code: 'PORTA-NUM', family: OfferFamily.NUMBERS, position: 30, carriesNumbers: true, options: [] },
  { code: 'NUM-GEO', family: OfferFamily.NUMBERS, position: 40, carriesNumbers: true, options: [] },
  { code: 'TRUNK-SIP', family: OfferFamily.SIP_TRUNK, position: 50, options: [{ code: 'EXTRA-CHANNELS', name: '10 canaux supplémentaires', monthlyPriceCents: 4000 }] },
  { code: 'COM-UNIF', family: OfferFamily.UNIFIED_COMMUNICATIONS, position: 60, options: [{ code: 'EXTRA-NUMBERS', name: 'Numéros supplémentaires (x10)', monthlyPriceCents: 1000 }] },
  // Mobile lines are sold to end customers only, not to a reseller's own company.
  { code: 'MOBILE-PRO', family: OfferFamily.MOBILE, position: 70, universes: ['CLIENT'], options: [] },
];

/** Zones of the geographic numbers (01 Île-de-France … 05 Sud-Ouest) and their demo blocks. */
const POOL_BLOCKS: [zone: string, prefix: string][] = [['01', '+3314299'], ['02', '+3322299'], ['03', '+3332099'], ['04', '+3344299'], ['05', '+3355699'], ['09', '+3397099']];

/** Seeds the catalogue, its options and 50 free numbers per zone. */
export async function seedCatalogue(em: Em, offers: Map<string, Offer>): Promise<void> {
  for (const o of catalogueOnlyOffers) offers.set(o.code, em.create(Offer, { ...o }));
  for (const entry of demoCatalogue) {
    const offer = offers.get(entry.code)!;
    em.create(CatalogueEntry, { offer, family: entry.family, position: entry.position, carriesNumbers: entry.carriesNumbers ?? false, universes: entry.universes ?? [] });
    for (const option of entry.options) em.create(CatalogueOption, { offer, ...option });
  }
  for (const [zone, prefix] of POOL_BLOCKS) {
    for (let i = 0; i < 50; i++) em.create(PoolNumber, { zone, number: `${prefix}${String(100 + i).padStart(4, '0')}` });
  }
  await em.flush();
}
