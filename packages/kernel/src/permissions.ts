/**
 * What a caller may do on a company. Roles (identity) give permissions; a permission held on a
 * company reaches every company below it in the management tree.
 */
export enum Permission {
  COMPANY_READ = 'COMPANY_READ',
  COMPANY_WRITE = 'COMPANY_WRITE',
  USERS_MANAGE = 'USERS_MANAGE',
  BILLING_READ = 'BILLING_READ',
  BILLING_WRITE = 'BILLING_WRITE',
  OFFERS_READ = 'OFFERS_READ',
  OFFERS_ORDER = 'OFFERS_ORDER',
  OFFERS_TERMINATE = 'OFFERS_TERMINATE',
  TOKENS_MANAGE = 'TOKENS_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
}
