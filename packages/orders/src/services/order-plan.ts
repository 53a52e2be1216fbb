import { type EntityManager } from '@mikro-orm/core';
import { Company, Site, SiteState, normalizedSite, universesOf, validateSite, type SiteFields } from '@portal/company';
import { DomainError, Permission, fromGlobalId, isCalendarDate, userError, type Access, type UserError } from '@portal/kernel';
import { type Offer } from '@portal/offers';
import { CatalogueEntry } from '../entities/CatalogueEntry.js';
import { CatalogueOption } from '../entities/CatalogueOption.js';
import { PoolNumber } from '../entities/PoolNumber.js';
import { OfferFamily, OrderNumberKind, PoolNumberState } from '../enums.js';
import { NUMBERS_MAX, QUANTITY_MAX, QUANTITY_MIN } from '../rules/lifecycle.js';
import { expectedActivation, plannedMilestones, type PlannedMilestone } from '../rules/milestones.js';
import { e164, rioProblem } from '../rules/rio.js';
import { portingDateProblem } from '../rules/working-days.js';

/** A new number asked for: from the pool of a zone, a given one or the next free. */
export interface NewNumberInput {
  zone: string;
  number?: string | null;
}

/** A number ported in: the number, its RIO, its holder and the desired porting date. */
export interface PortedNumberInput {
  number: string;
  portingCode: string;
  holderName: string;
  portingOn: string;
}

/** A new site's address, given in the cart line. */
export interface NewSiteInput {
  name: string;
  addressLine1: string;
  addressLine2?: string | null;
  postalCode: string;
  city: string;
  country?: string | null;
}

/** A line of the cart as the caller sends it. */
export interface OrderLineInput {
  offerCode: string;
  optionCodes?: string[] | null;
  siteId?: string | null;
  /** A new site of the company ordered for, created with the order. */
  newSite?: NewSiteInput | null;
  quantity?: number | null;
  newNumbers?: NewNumberInput[] | null;
  portedNumbers?: PortedNumberInput[] | null;
}

/** The cart: the company ordered for and its lines. */
export interface OrderInput {
  companyId: string;
  lines: OrderLineInput[];
  contactEmail?: string | null;
}

/** A number of a planned line, resolved. */
export interface PlannedNumber {
  kind: OrderNumberKind;
  number: string | null;
  zone: string | null;
  portingCode: string | null;
  holderName: string | null;
  portingOn: string | null;
  field: string[];
}

/** A line checked and priced: what the quote shows and the submission writes. */
export interface PlannedLine {
  offer: Offer;
  family: OfferFamily;
  options: CatalogueOption[];
  /** The existing site, or null when `newSite` is created with the order. */
  site: Site | null;
  newSite: SiteFields | null;
  quantity: number;
  numbers: PlannedNumber[];
  monthlyPriceCents: number;
  setupFeeCents: number;
  milestones: PlannedMilestone[];
  expectedActivationOn: string;
}

export interface OrderPlan {
  endCustomer: Company;
  /** Who pays: the end customer (decision: until contracts say otherwise, the customer pays its orders). */
  billingAccount: Company;
  provider: Company;
  lines: PlannedLine[];
  contactEmail: string | null;
  orderedOn: string;
}

export const LINES_MAX = 20;

/** The name of the OC a line creates: the offer's, with its options ("Fibre Pro 1 Gb/s + Secours 4G"). */
export function ocName(line: Pick<PlannedLine, 'offer' | 'options'>): string {
  return [line.offer.name, ...line.options.map((o) => o.name)].join(' + ').slice(0, 200);
}
const ZONES = new Set(['01', '02', '03', '04', '05', '09']);
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/;

/** The operator that delivers a company's orders: the nearest company above it (or itself) holding the OPERATOR universe. */
export async function providerOf(em: EntityManager, companyId: number): Promise<Company> {
  const rows = (await em.getConnection().execute(
    `select t.ancestor_id as id from company_tree t join company_universe u on u.company_id = t.ancestor_id and u.universe = 'OPERATOR'
     where t.descendant_id = ? order by t.depth limit 1`,
    [companyId], 'all', em.getTransactionContext(),
  )) as { id: number }[];
  if (!rows[0]) throw new DomainError('NO_PROVIDER', "Aucun opérateur ne livre cette société.", ['input', 'companyId']);
  return em.getReference(Company, Number(rows[0].id));
}

/** The company ordered for, when the caller may order for it (out of reach: NOT_FOUND, like a company that does not exist). */
export async function orderableCompany(em: EntityManager, access: Access, globalId: string, field: string[]): Promise<Company> {
  const id = fromGlobalId(globalId, 'Company');
  if (id === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', field);
  await access.require(id, Permission.OFFERS_ORDER, 'Société', field);
  const company = await em.findOne(Company, { id });
  if (!company) throw new DomainError('NOT_FOUND', 'Société introuvable.', field);
  return company;
}

/** The catalogue entries the company may order (published, and open to one of its universes). */
export async function orderableEntries(em: EntityManager, companyId: number): Promise<CatalogueEntry[]> {
  const universes = (await universesOf(em, [companyId])).get(companyId) ?? [];
  const entries = await em.find(CatalogueEntry, { published: true }, { populate: ['offer'], orderBy: { position: 'asc', id: 'asc' } });
  return entries.filter((e) => e.universes.length === 0 || e.universes.some((u) => (universes as string[]).includes(u)));
}

function checkNumbers(line: OrderLineInput, at: string[], today: string, errors: UserError[], seen: Set<string>): PlannedNumber[] {
  const numbers: PlannedNumber[] = [];
  (line.newNumbers ?? []).forEach((n, j) => {
    const field = [...at, 'newNumbers', String(j)];
    if (!ZONES.has(n.zone)) errors.push(userError('ZONE_INVALID', 'Zone attendue : 01 à 05, ou 09 (non géographique).', [...field, 'zone']));
    let number: string | null = null;
    if (n.number != null) {
      number = e164(n.number);
      if (!number) errors.push(userError('NUMBER_INVALID', 'Numéro français attendu (+33… ou 0…).', [...field, 'number']));
      else if (seen.has(number)) errors.push(userError('NUMBER_DUPLICATE', `Le ${number} figure deux fois dans la commande.`, [...field, 'number']));
      else seen.add(number);
    }
    numbers.push({ kind: OrderNumberKind.NEW, number, zone: n.zone, portingCode: null, holderName: null, portingOn: null, field: [...field, 'number'] });
  });
  (line.portedNumbers ?? []).forEach((p, j) => {
    const field = [...at, 'portedNumbers', String(j)];
    const number = e164(p.number);
    if (!number) errors.push(userError('NUMBER_INVALID', 'Numéro français attendu (+33… ou 0…).', [...field, 'number']));
    else if (seen.has(number)) errors.push(userError('NUMBER_DUPLICATE', `Le ${number} figure deux fois dans la commande.`, [...field, 'number']));
    else {
      seen.add(number);
      const rio = rioProblem(p.portingCode, number);
      if (rio === 'RIO_MALFORMED') errors.push(userError(rio, 'RIO attendu : 12 caractères (opérateur, type de contrat, référence, clé).', [...field, 'portingCode']));
      if (rio === 'RIO_MISMATCH') errors.push(userError(rio, `Ce RIO n'est pas celui du ${number} (clé incorrecte).`, [...field, 'portingCode']));
    }
    if (!p.holderName?.trim()) errors.push(userError('REQUIRED', 'Le nom du titulaire de la ligne est obligatoire.', [...field, 'holderName']));
    else if (p.holderName.length > 200) errors.push(userError('TOO_LONG', 'Au plus 200 caractères.', [...field, 'holderName']));
    const date = portingDateProblem(p.portingOn, today);
    const messages = {
      DATE_INVALID: 'Date attendue : AAAA-MM-JJ.',
      PORTING_DATE_TOO_SOON: 'La portabilité demande au moins 7 jours ouvrés.',
      PORTING_DATE_TOO_FAR: 'La date de portabilité est à 120 jours au plus.',
      PORTING_DATE_NOT_WORKING_DAY: 'La portabilité se fait un jour ouvré (ni week-end ni jour férié).',
    };
    if (date) errors.push(userError(date, messages[date], [...field, 'portingOn']));
    numbers.push({ kind: OrderNumberKind.PORTED, number, zone: null, portingCode: p.portingCode, holderName: p.holderName?.trim() ?? null, portingOn: p.portingOn, field: [...field, 'number'] });
  });
  return numbers;
}

/**
 * Checks a cart and prices each line, without writing anything: every refusal typed at its field
 * path (unknown offer, option not allowed, site out of reach, RIO, porting date, quantity…).
 */
export async function planOrder(em: EntityManager, access: Access, input: OrderInput, today: string, at: string[] = ['input']): Promise<{ plan: OrderPlan | null; errors: UserError[] }> {
  const endCustomer = await orderableCompany(em, access, input.companyId, [...at, 'companyId']);
  const errors: UserError[] = [];
  if (!Array.isArray(input.lines) || input.lines.length === 0) errors.push(userError('LINES_REQUIRED', 'Le panier est vide.', [...at, 'lines']));
  else if (input.lines.length > LINES_MAX) errors.push(userError('TOO_MANY_LINES', `Au plus ${LINES_MAX} lignes par commande.`, [...at, 'lines']));
  const contactEmail = input.contactEmail?.trim() || null;
  if (contactEmail && (contactEmail.length > 254 || !EMAIL.test(contactEmail))) errors.push(userError('EMAIL_INVALID', 'Adresse e-mail invalide.', [...at, 'contactEmail']));
  if (errors.length) return { plan: null, errors };

  const entries = new Map((await orderableEntries(em, endCustomer.id)).map((e) => [e.offer.code, e]));
  const options = await em.find(CatalogueOption, { offer: { $in: [...entries.values()].map((e) => e.offer.id) } });
  const siteIds = input.lines.map((l) => (l.siteId ? fromGlobalId(l.siteId, 'Site') : null)).filter((id): id is number => id !== null);
  const sites = new Map((await em.find(Site, { id: { $in: siteIds }, company: endCustomer.id, state: SiteState.ACTIVE })).map((s) => [s.id, s]));
  const seen = new Set<string>();
  const lines: PlannedLine[] = [];
  for (const [i, line] of input.lines.entries()) {
    const lineAt = [...at, 'lines', String(i)];
    const entry = entries.get(line.offerCode);
    if (!entry) {
      errors.push(userError('UNKNOWN_OFFER', "Cette offre n'est pas au catalogue de la société.", [...lineAt, 'offerCode']));
      continue;
    }
    const allowed = new Map(options.filter((o) => o.offer.id === entry.offer.id).map((o) => [o.code, o]));
    const chosen: CatalogueOption[] = [];
    (line.optionCodes ?? []).forEach((code, j) => {
      const option = allowed.get(code);
      if (!option || chosen.includes(option)) errors.push(userError('OPTION_NOT_ALLOWED', "Cette option n'est pas proposée avec l'offre.", [...lineAt, 'optionCodes', String(j)]));
      else chosen.push(option);
    });
    const { site, newSite } = lineSite(line, sites, lineAt, errors);
    const quantity = line.quantity ?? 1;
    if (!Number.isInteger(quantity) || quantity < QUANTITY_MIN || quantity > QUANTITY_MAX) {
      errors.push(userError('QUANTITY_OUT_OF_RANGE', `Quantité de ${QUANTITY_MIN} à ${QUANTITY_MAX}.`, [...lineAt, 'quantity']));
    }
    const numberCount = (line.newNumbers?.length ?? 0) + (line.portedNumbers?.length ?? 0);
    if (!entry.carriesNumbers && numberCount > 0) errors.push(userError('NUMBERS_NOT_ALLOWED', "Cette offre ne porte pas de numéros.", [...lineAt, 'newNumbers']));
    if (entry.carriesNumbers && numberCount === 0) errors.push(userError('NUMBERS_REQUIRED', 'Indiquez au moins un numéro, nouveau ou porté.', [...lineAt, 'newNumbers']));
    if (numberCount > NUMBERS_MAX) errors.push(userError('TOO_MANY_NUMBERS', `Au plus ${NUMBERS_MAX} numéros par ligne.`, [...lineAt, 'newNumbers']));
    const numbers = numberCount > NUMBERS_MAX ? [] : checkNumbers(line, lineAt, today, errors, seen);
    if (!site && !newSite) continue;
    const latestPorting = numbers.map((n) => n.portingOn).filter((d): d is string => !!d && isCalendarDate(d)).sort().at(-1) ?? null;
    const milestones = plannedMilestones(entry.family, today, latestPorting);
    const unit = entry.offer.monthlyPriceCents + chosen.reduce((sum, o) => sum + o.monthlyPriceCents, 0);
    lines.push({
      offer: entry.offer, family: entry.family, options: chosen, site, newSite, quantity, numbers, monthlyPriceCents: unit * quantity,
      setupFeeCents: entry.offer.setupFeeCents, milestones, expectedActivationOn: expectedActivation(milestones),
    });
  }
  await checkNumbersFree(em, lines, errors);
  if (errors.length) return { plan: null, errors };
  const provider = await providerOf(em, endCustomer.id);
  return { plan: { endCustomer, billingAccount: endCustomer, provider, lines, contactEmail, orderedOn: today }, errors };
}

/**
 * The line's site: an existing active site of the company ordered for (out of it: NOT_FOUND, like
 * one that does not exist), or a new one's address checked as siteCreate checks it, its errors at
 * `newSite.<field>`. Exactly one of the two.
 */
function lineSite(line: OrderLineInput, sites: Map<number, Site>, lineAt: string[], errors: UserError[]): { site: Site | null; newSite: SiteFields | null } {
  if (line.siteId && line.newSite) {
    errors.push(userError('SITE_AMBIGUOUS', 'Choisissez un site existant ou un nouveau site, pas les deux.', [...lineAt, 'newSite']));
    return { site: null, newSite: null };
  }
  if (line.newSite) {
    const fields = normalizedSite({ ...line.newSite, country: line.newSite.country ?? undefined });
    const problems = validateSite(fields);
    errors.push(...problems.map((e) => ({ ...e, field: [...lineAt, 'newSite', ...(e.field ?? []).slice(1)] })));
    return { site: null, newSite: problems.length ? null : fields };
  }
  const siteId = line.siteId ? fromGlobalId(line.siteId, 'Site') : null;
  const site = siteId === null ? undefined : sites.get(siteId);
  if (!site) errors.push(userError(line.siteId ? 'NOT_FOUND' : 'SITE_REQUIRED', line.siteId ? 'Site introuvable pour cette société.' : 'Choisissez un site ou indiquez un nouveau site.', [...lineAt, 'siteId']));
  return { site: site ?? null, newSite: null };
}

/** A given number must be free in the pool (new) or in no live order nor active service (ported). */
async function checkNumbersFree(em: EntityManager, lines: PlannedLine[], errors: UserError[]): Promise<void> {
  const wanted = lines.flatMap((l) => l.numbers).filter((n) => n.number);
  if (wanted.length === 0) return;
  const conn = em.getConnection();
  const list = wanted.map((n) => n.number!);
  const free = new Set(((await em.find(PoolNumber, { number: { $in: list }, state: PoolNumberState.FREE })).map((p) => p.number)));
  const zones = new Map((await em.find(PoolNumber, { number: { $in: list } })).map((p) => [p.number, p.zone]));
  const busy = new Set(((await conn.execute(
    `select number from order_number where live and number = any(cast(? as text[]))
     union select identifier from oc_service where kind = 'PHONE_NUMBER' and state = 'ACTIVE' and identifier = any(cast(? as text[]))`,
    [`{${list.join(',')}}`, `{${list.join(',')}}`], 'all', em.getTransactionContext(),
  )) as { number: string }[]).map((r) => r.number));
  for (const n of wanted) {
    const taken = n.kind === OrderNumberKind.NEW ? !free.has(n.number!) || zones.get(n.number!) !== n.zone : busy.has(n.number!) || zones.has(n.number!);
    if (taken) errors.push(userError('NUMBER_UNAVAILABLE', `Le ${n.number} n'est pas disponible.`, n.field));
  }
}
