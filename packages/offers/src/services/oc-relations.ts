import { Permission, type Access } from '@portal/kernel';

/**
 * One reach decision per relation of an OC. An OC is in the caller's list when its end customer or
 * its billing account is in reach (OFFERS_READ), and the two may be in different reaches (a
 * reseller's customer paid for by a company of another branch). Each related company — the end
 * customer, the billing account, the owner of the site — is then shown only to a caller holding
 * COMPANY_READ on it (an API token: with the company:read scope); otherwise it is hidden alike
 * everywhere: null in GraphQL (`endCustomer`, `billingAccount`), a hidden `site`, an empty cell in
 * the CSV export, never matched by the list's text filters and sorted as an empty value, so that
 * neither a filter nor the order of a sort can read its name letter by letter.
 */
export const RELATION_PERMISSION = Permission.COMPANY_READ;

/** Whether the company at the end of a relation of an OC is shown to the caller. */
export async function relationShown(access: Access | null, companyId: number): Promise<boolean> {
  return (await access?.can(companyId, RELATION_PERMISSION)) ?? false;
}

/** The same decision in SQL, on a column holding the related company's id. */
export function relationShownSql(access: Access, companyIdColumn: string): string {
  return `${companyIdColumn} in (${access.reachSql(RELATION_PERMISSION)})`;
}

/** A related value as the caller may see it: the value when shown, an empty text otherwise. */
export function shownOrEmptySql(access: Access, companyIdColumn: string, value: string): string {
  return `case when ${relationShownSql(access, companyIdColumn)} then ${value} else '' end`;
}
