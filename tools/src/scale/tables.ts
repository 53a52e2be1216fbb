/**
 * The rows of every table, in dependency order, as COPY loads over a plan. Each table draws from
 * its own random stream, so the rows are the same whatever order or how often they are generated.
 */
import { CompanyState, FinancialStatus, GuaranteeType, LegalForm, PaymentMethod, SiteState, Universe, companyReference, ibanFromBban, sirenWithCheckDigit } from '@portal/company';
import { InvoicePurpose, InvoiceState, LineKind, vatCents } from '@portal/billing';
import { Role, UserState, loginFromNumber } from '@portal/identity';
import { ServiceKind } from '@portal/offers';
import { dayOf, isoDay, timestamp } from './calendar.js';
import { scaleOffers, scaleSalesAdmins } from './catalogue.js';
import type { CopyValue, TableLoad } from './copy.js';
import { BILLING, KIND_CLIENT, KIND_OPERATOR, KIND_RESELLER, LAST_ACTIVITY_DAY, NUMBER_OFFSET, type ScalePlan } from './plan.js';
import { Random, Stream, WeightedTable } from './random.js';
import {
  addressComplements, adjectives, associationThemes, banks, cities, deName, domains, firstNames, secondSiteKinds, slug,
  streetKinds, streetNames, surnames, trades,
} from './words.js';

const DAY = 86_400;

function date(day: number): string | null {
  return day < 0 ? null : isoDay(day);
}

const clientLegalForms = new WeightedTable(
  [LegalForm.SARL, LegalForm.SAS, LegalForm.SASU, LegalForm.EURL, LegalForm.EI, LegalForm.SA, LegalForm.SNC, LegalForm.ASSOCIATION, LegalForm.COLLECTIVITE, LegalForm.AUTRES],
  [25, 22, 12, 10, 12, 5, 2, 6, 3, 3],
);
const companyStates = new WeightedTable([CompanyState.ACTIVE, CompanyState.SUSPENDED, CompanyState.CLOSED], [94, 4, 2]);
const financialStatuses = new WeightedTable([FinancialStatus.HEALTHY, FinancialStatus.WATCH, FinancialStatus.DEFAULT], [88, 9, 3]);
const guaranteeTypes = new WeightedTable([GuaranteeType.NONE, GuaranteeType.DEPOSIT, GuaranteeType.BANK_GUARANTEE], [85, 10, 5]);
const comments = [
  'Client historique, migré depuis l\'ancien outil de facturation.',
  'Relance téléphonique prévue avant échéance.',
  'Interlocuteur principal : service comptabilité (préférer l\'e-mail).',
  'Dossier suivi par l\'agence régionale.',
];

/** A French-looking legal name that fits the company's kind and legal form. */
function legalName(random: Random, kind: number, form: LegalForm, city: string): string {
  const surname = random.pick(surnames);
  if (kind === KIND_OPERATOR) return `Opérateur ${surname} Télécom`;
  if (kind === KIND_RESELLER) {
    switch (random.below(4)) {
      case 0: return `${surname} Télécom`;
      case 1: return `${surname} Réseaux ${city}`;
      case 2: return `Société ${random.pick(adjectives)} de Télécommunications`;
      default: return `${city} Télécom Services`;
    }
  }
  switch (form) {
    case LegalForm.ASSOCIATION:
      return random.chance(0.5) ? `Association ${random.pick(associationThemes)}` : `Association ${random.pick(associationThemes)} ${deName(city)}`;
    case LegalForm.COLLECTIVITE:
      return `${random.pick(['Mairie', 'Communauté de communes', 'Syndicat intercommunal des eaux', "Centre communal d'action sociale", 'Office de tourisme'])} ${deName(city)}`;
    case LegalForm.EI:
      return random.chance(0.5) ? `${random.pick(firstNames)} ${surname}` : `${random.pick(trades)} ${surname}`;
    default:
      switch (random.below(6)) {
        case 0: return `${random.pick(trades)} ${surname}`;
        case 1: return `${random.pick(trades)} ${deName(city)}`;
        case 2: return `${random.pick(['Établissements', 'Maison', 'Groupe'])} ${surname}${random.chance(0.3) ? ' et Fils' : ''}`;
        case 3: return `${random.pick(trades)} ${surname}-${random.pick(surnames)}`;
        case 4: return `Société ${random.pick(adjectives)} ${deName(random.pick(domains))}`;
        default: return `${random.pick(["L'Atelier", 'Le Comptoir', 'Les Délices', 'La Maison', "L'Épicerie fine"])} ${deName(city)}`;
      }
  }
}

function companies(plan: ScalePlan): TableLoad {
  return {
    table: 'company',
    columns: ['id', 'reference', 'legal_name', 'siren', 'legal_form', 'state', 'financial_status', 'guarantee_type', 'comment', 'website', 'created_at', 'parent_id', 'share_capital_cents', 'registry_city', 'electronic_address'],
    total: plan.companyCount,
    *rows() {
      const random = new Random(plan.seed, Stream.companies);
      // SIREN bodies: an affine permutation of 0..10^8-1 (multiplier prime to 10), hence unique.
      let multiplier = 2 * random.int(1_000_000, 40_000_000) + 1;
      if (multiplier % 5 === 0) multiplier += 2;
      const shift = random.below(100_000_000);
      for (let id = 1; id <= plan.companyCount; id++) {
        const kind = plan.kind[id]!;
        const city = cities[plan.city[id]!]!.name;
        const form = kind === KIND_CLIENT ? clientLegalForms.draw(random) : random.chance(0.5) ? LegalForm.SAS : LegalForm.SA;
        const name = legalName(random, kind, form, city);
        const body = String((multiplier * id + shift) % 100_000_000).padStart(8, '0');
        const siren = (form === LegalForm.ASSOCIATION && random.chance(0.3)) || random.chance(0.01) ? null : sirenWithCheckDigit(body);
        const client = kind === KIND_CLIENT;
        yield [
          id, companyReference(NUMBER_OFFSET + id), name, siren, form,
          client ? companyStates.draw(random) : CompanyState.ACTIVE,
          client ? financialStatuses.draw(random) : FinancialStatus.HEALTHY,
          client ? guaranteeTypes.draw(random) : GuaranteeType.NONE,
          random.chance(0.03) ? random.pick(comments) : null,
          !client || random.chance(0.25) ? `https://www.${slug(name)}.fr` : null,
          timestamp(plan.createdAt[id]!),
          plan.parent[id] === 0 ? null : plan.parent[id]!,
          // The issuers (tops of the trees) print their capital and RCS; every company has its e-invoicing address.
          plan.parent[id] === 0 ? 100_000_000 : null,
          plan.parent[id] === 0 ? city : null,
          siren ?? companyReference(NUMBER_OFFSET + id),
        ];
      }
    },
  };
}

/** The closure table the trigger would have written: each company, then one row per ancestor. */
function companyTree(plan: ScalePlan): TableLoad {
  return {
    table: 'company_tree',
    columns: ['ancestor_id', 'descendant_id', 'depth'],
    total: plan.treeRowCount,
    *rows() {
      for (let id = 1; id <= plan.companyCount; id++) {
        yield [id, id, 0];
        let depth = 0;
        for (const ancestor of plan.ancestors(id)) yield [ancestor, id, ++depth];
      }
    },
  };
}

function companyUniverses(plan: ScalePlan): TableLoad {
  return {
    table: 'company_universe',
    columns: ['company_id', 'universe', 'granted_at'],
    total: plan.universeRowCount,
    *rows() {
      for (let id = 1; id <= plan.companyCount; id++) {
        const at = timestamp(plan.createdAt[id]!);
        const kind = plan.kind[id];
        if (kind === KIND_OPERATOR) yield [id, Universe.OPERATOR, at];
        if (kind === KIND_OPERATOR || kind === KIND_RESELLER) yield [id, Universe.RESELLER, at];
        yield [id, Universe.CLIENT, at];
      }
    },
  };
}

/** RIB key of a French account (banque, guichet, compte): 97 - (89 b + 15 g + 3 c) mod 97. */
function ribKey(bank: number, branch: number, account: number): string {
  return String(97 - ((89 * bank + 15 * branch + 3 * account) % 97)).padStart(2, '0');
}

function sites(plan: ScalePlan): TableLoad {
  return {
    table: 'site',
    columns: ['id', 'company_id', 'name', 'is_head_office', 'address_line1', 'address_line2', 'postal_code', 'city', 'country', 'state', 'payment_method', 'iban', 'bic', 'sepa_mandate_reference', 'created_at'],
    total: plan.siteCount,
    *rows() {
      const random = new Random(plan.seed, Stream.sites);
      const site = (siteId: number, companyId: number, head: boolean, open: boolean): CopyValue[] => {
        const city = head ? cities[plan.city[companyId]!]! : random.pick(cities);
        const roll = random.below(100);
        const method = head
          ? roll < 65 ? PaymentMethod.SEPA_DIRECT_DEBIT : roll < 95 ? PaymentMethod.TRANSFER : null
          : roll < 30 ? PaymentMethod.SEPA_DIRECT_DEBIT : roll < 50 ? PaymentMethod.TRANSFER : null;
        let iban: string | null = null;
        let bic: string | null = null;
        let mandate: string | null = null;
        if (method === PaymentMethod.SEPA_DIRECT_DEBIT) {
          const bank = random.pick(banks);
          const branch = random.below(100_000);
          const account = random.below(100_000) * 1_000_000 + random.below(1_000_000);
          iban = ibanFromBban('FR', `${bank.code}${String(branch).padStart(5, '0')}${String(account).padStart(11, '0')}${ribKey(Number(bank.code), branch, account)}`);
          bic = bank.bic;
          mandate = `RUM-${NUMBER_OFFSET + companyId}-${String(siteId).padStart(8, '0')}`;
        }
        const created = head ? plan.createdAt[companyId]! : plan.createdAt[companyId]! + random.int(1, 1_500) * DAY;
        return [
          siteId, companyId, head ? 'Siège social' : `${random.pick(secondSiteKinds)} ${city.name}`, head,
          `${random.int(1, 180)}${random.chance(0.1) ? ' bis' : ''} ${random.pick(streetKinds)} ${random.pick(streetNames)}`,
          random.chance(0.2) ? random.pick(addressComplements) : null,
          city.postalCode, city.name, 'FR', open ? SiteState.ACTIVE : SiteState.CLOSED,
          method, iban, bic, mandate, timestamp(Math.min(created, LAST_ACTIVITY_DAY * DAY)),
        ];
      };
      for (let id = 1; id <= plan.companyCount; id++) {
        yield site(plan.headSite[id]!, id, true, true);
        if (plan.secondSite[id] !== 0) yield site(plan.secondSite[id]!, id, false, plan.secondSiteOpen[id] === 1);
      }
    },
  };
}

function offers(): TableLoad {
  return {
    table: 'offer',
    columns: ['id', 'code', 'name', 'monthly_price_cents', 'setup_fee_cents', 'vat_rate_basis_points', 'notice_period_months', 'commitment_months', 'early_termination_policy', 'early_termination_share_percent', 'last_period_policy', 'has_equipment', 'equipment_return_days'],
    total: scaleOffers.length,
    *rows() {
      for (const o of scaleOffers) {
        yield [o.id, o.code, o.name, o.monthlyPriceCents, o.setupFeeCents, o.vatRateBasisPoints, o.noticePeriodMonths, o.commitmentMonths, o.earlyTerminationPolicy, o.earlyTerminationSharePercent, o.lastPeriodPolicy, o.hasEquipment, o.equipmentReturnDays];
      }
    },
  };
}

function salesAdmins(plan: ScalePlan): TableLoad {
  const admins = scaleSalesAdmins(plan.seed);
  return {
    table: 'sales_admin',
    columns: ['id', 'display_name', 'email'],
    total: admins.length,
    *rows() {
      for (const a of admins) yield [a.id, a.displayName, a.email];
    },
  };
}

const TERMS_TEXT = [
  "CONDITIONS D'UTILISATION DU PORTAIL",
  '',
  'PRÉAMBULE',
  'Le portail permet aux entreprises, aux revendeurs, aux opérateurs, aux associations et aux collectivités de commander leurs services en ligne, de suivre leur livraison et de consulter leurs factures.',
  '',
  "Version de Conditions d'Utilisation applicable au 1er janvier 2026.",
].join('\n');

function termsOfUse(): TableLoad {
  return {
    table: 'terms_of_use',
    columns: ['id', 'version', 'effective_on', 'text', 'published_at'],
    total: 1,
    *rows() {
      yield [1, '2026-01-01', '2026-01-01', TERMS_TEXT, '2025-12-15 09:00:00+00'];
    },
  };
}

/** One administrator, waiting for the password setup, per company with the RESELLER universe. */
function users(plan: ScalePlan): TableLoad {
  return {
    table: 'app_user',
    columns: ['id', 'login', 'email', 'first_name', 'last_name', 'company_id', 'state', 'failed_login_count', 'locale', 'created_at'],
    total: plan.userCount,
    *rows() {
      const random = new Random(plan.seed, Stream.users);
      let userId = 0;
      for (let id = 1; id <= plan.companyCount; id++) {
        if (plan.kind[id] === KIND_CLIENT) continue;
        const first = random.pick(firstNames);
        const last = random.pick(surnames);
        userId++;
        yield [
          userId, loginFromNumber(NUMBER_OFFSET + userId), `${slug(first)}.${slug(last)}@oip-${NUMBER_OFFSET + id}.example`,
          first, last, id, UserState.PENDING_SETUP, 0, 'fr', timestamp(plan.createdAt[id]! + DAY),
        ];
      }
    },
  };
}

function roleAssignments(plan: ScalePlan): TableLoad {
  return {
    table: 'role_assignment',
    columns: ['id', 'user_id', 'company_id', 'role', 'granted_at'],
    total: plan.userCount,
    *rows() {
      let userId = 0;
      for (let id = 1; id <= plan.companyCount; id++) {
        if (plan.kind[id] === KIND_CLIENT) continue;
        userId++;
        yield [userId, userId, id, Role.ADMINISTRATOR, timestamp(plan.createdAt[id]! + DAY)];
      }
    },
  };
}

function ocReference(id: number): string {
  return `OC${NUMBER_OFFSET + id}`;
}

function orders(plan: ScalePlan): TableLoad {
  return {
    table: 'customer_order',
    columns: ['id', 'reference', 'type', 'company_id', 'contracted_offer_id', 'ordered_on', 'created_at'],
    total: plan.orderCount,
    *rows() {
      for (const oc of plan.contractedOffers()) {
        if (oc.orderId === 0) continue;
        yield [oc.orderId, `COM${NUMBER_OFFSET + oc.orderId}`, oc.orderType, oc.endCustomer, oc.id, isoDay(oc.orderedDay), timestamp(oc.createdAt)];
      }
    },
  };
}

function contractedOffers(plan: ScalePlan): TableLoad {
  return {
    table: 'contracted_offer',
    columns: ['id', 'reference', 'name', 'offer_id', 'end_customer_id', 'billing_account_id', 'site_id', 'sales_admin_id', 'order_id', 'order_type', 'state', 'delivered_on', 'activated_on', 'commitment_ends_on', 'monthly_price_cents', 'terminated_on', 'created_at'],
    total: plan.ocCount,
    *rows() {
      for (const oc of plan.contractedOffers()) {
        yield [
          oc.id, ocReference(oc.id), oc.offer.name, oc.offer.id, oc.endCustomer, oc.billingAccount, oc.siteId,
          oc.salesAdminId === 0 ? null : oc.salesAdminId, oc.orderId === 0 ? null : oc.orderId, oc.orderType, oc.state,
          date(oc.deliveredDay), date(oc.activatedDay), date(oc.commitmentEndsDay), oc.priceCents, date(oc.terminatedDay),
          timestamp(oc.createdAt),
        ];
      }
    },
  };
}

/** One phone number per OC: +33, a zone digit, then the OC id on 8 digits (unique). */
function services(plan: ScalePlan): TableLoad {
  return {
    table: 'oc_service',
    columns: ['id', 'contracted_offer_id', 'kind', 'identifier', 'porting_code', 'state', 'ended_on'],
    total: plan.ocCount,
    *rows() {
      for (const oc of plan.contractedOffers()) {
        // RIO: operator code, E (business line), 6 characters of customer reference, 3 of key.
        const rio = `01E${oc.rioCustomer.toString(36).toUpperCase().padStart(6, '0')}${oc.rioKey.toString(36).toUpperCase().padStart(3, '0')}`;
        yield [oc.id, oc.id, ServiceKind.PHONE_NUMBER, `+33${oc.phoneDigit}${String(oc.id).padStart(8, '0')}`, rio, oc.serviceState, date(oc.serviceEndedDay)];
      }
    },
  };
}

/** The monthly invoices of the billing run, numbered without gaps in billing-account order. */
function invoices(plan: ScalePlan): TableLoad {
  return {
    table: 'invoice',
    columns: ['id', 'number', 'year', 'sequence_number', 'purpose', 'billed_company_id', 'period_start', 'period_end', 'issued_on', 'due_on', 'state', 'total_excl_vat_cents', 'total_vat_cents', 'total_incl_vat_cents', 'paid_on'],
    total: plan.invoiceCount,
    *rows() {
      const random = new Random(plan.seed, Stream.invoices);
      const firstPayDay = dayOf(BILLING.issuedOn) + 1;
      for (let id = 1; id <= plan.companyCount; id++) {
        const invoiceId = plan.invoiceOf[id]!;
        if (invoiceId === 0) continue;
        const excl = plan.invoiceExclVat[id]!;
        const vat = plan.invoiceVat[id]!;
        const paid = random.chance(0.55);
        yield [
          invoiceId, `F-${BILLING.year}-${String(invoiceId).padStart(6, '0')}`, BILLING.year, invoiceId, InvoicePurpose.MONTHLY, id,
          BILLING.periodStart, BILLING.periodEnd, BILLING.issuedOn, BILLING.dueOn,
          paid ? InvoiceState.PAID : InvoiceState.ISSUED, excl, vat, excl + vat,
          paid ? isoDay(random.int(firstPayDay, LAST_ACTIVITY_DAY)) : null,
        ];
      }
    },
  };
}

function invoiceLines(plan: ScalePlan): TableLoad {
  return {
    table: 'invoice_line',
    columns: ['id', 'invoice_id', 'position', 'kind', 'label', 'contracted_offer_id', 'quantity', 'unit_price_excl_vat_cents', 'vat_rate_basis_points', 'total_excl_vat_cents', 'vat_cents', 'period_start', 'period_end'],
    total: plan.billedLineCount,
    *rows() {
      const position = new Int32Array(plan.companyCount + 1);
      const period = `abonnement du ${BILLING.periodStart} au ${BILLING.periodEnd}`;
      let lineId = 0;
      for (const oc of plan.contractedOffers()) {
        if (!oc.billed) continue;
        const rate = oc.offer.vatRateBasisPoints;
        yield [
          ++lineId, plan.invoiceOf[oc.billingAccount]!, ++position[oc.billingAccount]!, LineKind.RECURRING,
          `${ocReference(oc.id)} — ${oc.offer.name} — ${period}`, oc.id, 1, oc.priceCents, rate,
          oc.priceCents, vatCents(oc.priceCents, rate), BILLING.periodStart, BILLING.periodEnd,
        ];
      }
    },
  };
}

/** Every table of the scale data, parents before children. */
export function scaleTables(plan: ScalePlan): TableLoad[] {
  return [
    offers(),
    salesAdmins(plan),
    termsOfUse(),
    companies(plan),
    companyTree(plan),
    companyUniverses(plan),
    sites(plan),
    users(plan),
    roleAssignments(plan),
    orders(plan),
    contractedOffers(plan),
    services(plan),
    invoices(plan),
    invoiceLines(plan),
  ];
}
