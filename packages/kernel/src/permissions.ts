import { registerEnumType } from 'type-graphql';

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
  ORDERS_DELIVER = 'ORDERS_DELIVER',
  TOKENS_MANAGE = 'TOKENS_MANAGE',
  AUDIT_READ = 'AUDIT_READ',
  WEBHOOKS_MANAGE = 'WEBHOOKS_MANAGE',
}

registerEnumType(Permission, {
  name: 'Permission',
  description: 'What a caller may do on a company (and every company below it).',
  valuesConfig: {
    COMPANY_READ: { description: 'Read company data, sites, universes and customers.' },
    COMPANY_WRITE: { description: 'Change company data, contacts and sites.' },
    USERS_MANAGE: { description: 'List, create, edit and deactivate users; set their roles.' },
    BILLING_READ: { description: 'Read invoices and credit notes.' },
    BILLING_WRITE: { description: 'Change payment details.' },
    OFFERS_READ: { description: 'Read contracted offers and services.' },
    OFFERS_ORDER: { description: 'Order for the company.' },
    OFFERS_TERMINATE: { description: 'Terminate contracted offers.' },
    ORDERS_DELIVER: { description: "Drive the delivery of orders placed with the company as provider (the operator's delivery desk)." },
    TOKENS_MANAGE: { description: 'Create and revoke API tokens.' },
    AUDIT_READ: { description: 'Read the audit log.' },
    WEBHOOKS_MANAGE: { description: 'Manage webhook endpoints, read their delivery log, replay deliveries.' },
  },
});
