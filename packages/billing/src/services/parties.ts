import { type EntityManager } from '@mikro-orm/core';
import { LEGAL_FORM_LABELS, type Company, type LegalForm, type Site } from '@portal/company';
import { type Party, type PostalAddress, sellerLegalInfo } from '../pdf/printable.js';
import { pgIntArray } from '../rules/pg-arrays.js';
import { intraCommunityVatNumber } from '../rules/vat-number.js';

/** What a document says of a company. */
export type CompanyFields = Pick<Company, 'legalName' | 'legalForm' | 'reference' | 'siren' | 'shareCapitalCents' | 'registryCity' | 'electronicAddress'> & Partial<Pick<Company, 'vatOnDebits'>>;
/** What a document says of a site. */
export type SiteFields = Pick<Site, 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'country'>;

export const addressOf = (site: SiteFields): PostalAddress =>
  ({ line1: site.addressLine1, line2: site.addressLine2 ?? null, postalCode: site.postalCode, city: site.city, country: site.country });

/** A company as a party of a document: the seller with its legal mentions, the buyer with its SIREN and addresses. */
export function partyOf(company: CompanyFields, site: SiteFields | undefined, role: 'SELLER' | 'BUYER'): Party {
  const legalForm = LEGAL_FORM_LABELS[company.legalForm] ?? null;
  return {
    name: company.legalName,
    legalForm,
    reference: company.reference,
    siren: company.siren ?? null,
    vatNumber: intraCommunityVatNumber(company.siren),
    address: site ? addressOf(site) : null,
    country: site?.country ?? (company.siren ? 'FR' : null),
    legalInfo: role === 'SELLER' ? sellerLegalInfo(legalForm, company.shareCapitalCents ?? null, company.registryCity ?? null, company.siren ?? null) : null,
    electronicAddress: company.electronicAddress ?? null,
    vatOnDebits: role === 'SELLER' && company.vatOnDebits === true,
  };
}

interface CompanyRow extends Partial<SiteFields> {
  account: number;
  id: number;
  depth: number;
  legal_name: string;
  legal_form: LegalForm;
  reference: string;
  siren: string | null;
  share_capital_cents: string | number | null;
  registry_city: string | null;
  electronic_address: string | null;
  vat_on_debits: boolean;
  /** The site's company when the company has an active site (its head office, else its first). */
  site_company_id: number | null;
}

/**
 * The seller and the buyer of many billing accounts at once (the billing run's batch): one
 * statement, whatever the number of accounts. The buyer is the account with its head office (else
 * its first active site), the seller the top of its management tree, as for a single document.
 */
export async function partiesOfAccounts(em: EntityManager, accountIds: readonly number[]): Promise<Map<number, { seller: Party; buyer: Party }>> {
  const result = new Map<number, { seller: Party; buyer: Party }>();
  if (accountIds.length === 0) return result;
  const rows = (await em.getConnection().execute(
    `with p as (
       select t.descendant_id as account, c.id, t.depth, c.legal_name, c.legal_form, c.reference, c.siren, c.share_capital_cents, c.registry_city, c.electronic_address, c.vat_on_debits
       from company_tree t join company c on c.id = t.ancestor_id
       where t.descendant_id = any(cast(? as int[])) and (t.depth = 0 or c.parent_id is null)
     ), s as (
       select distinct on (company_id) company_id, address_line1, address_line2, postal_code, city, country
       from site where company_id in (select id from p) and state = 'ACTIVE' order by company_id, is_head_office desc, id
     )
     select p.*, s.company_id as site_company_id, s.address_line1 as "addressLine1", s.address_line2 as "addressLine2", s.postal_code as "postalCode", s.city, s.country
     from p left join s on s.company_id = p.id`,
    [pgIntArray(accountIds)], 'all', em.getTransactionContext(),
  )) as CompanyRow[];
  const siteOf = (r: CompanyRow): SiteFields | undefined => (r.site_company_id === null ? undefined
    : { addressLine1: r.addressLine1!, addressLine2: r.addressLine2 ?? null, postalCode: r.postalCode!, city: r.city!, country: r.country! });
  const fields = (r: CompanyRow): CompanyFields => ({
    legalName: r.legal_name, legalForm: r.legal_form, reference: r.reference, siren: r.siren,
    shareCapitalCents: r.share_capital_cents === null ? null : Number(r.share_capital_cents), registryCity: r.registry_city, electronicAddress: r.electronic_address, vatOnDebits: r.vat_on_debits,
  });
  const byAccount = Map.groupBy(rows, (r) => Number(r.account));
  for (const [account, tree] of byAccount) {
    const buyer = tree.find((r) => Number(r.depth) === 0)!;
    const seller = tree.reduce((top, r) => (Number(r.depth) > Number(top.depth) ? r : top));
    result.set(account, {
      buyer: partyOf(fields(buyer), siteOf(buyer), 'BUYER'),
      seller: partyOf(fields(seller), siteOf(seller), 'SELLER'),
    });
  }
  return result;
}
