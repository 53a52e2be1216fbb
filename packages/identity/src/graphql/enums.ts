import { registerEnumType } from 'type-graphql';
import { Role, UserState } from '../enums.js';
import { ApiScope } from '../rules/access.js';

registerEnumType(Role, {
  name: 'Role',
  description: 'Rights a user holds on a company, and on every company below it.',
  valuesConfig: {
    ADMINISTRATOR: { description: 'Manages the company: users and rights, API tokens, company data, sites; and everything below.' },
    BILLING: { description: 'Reads invoices and credit notes; edits payment details.' },
    ORDERS: { description: 'Orders and terminates contracted offers.' },
    READ_ONLY: { description: 'Reads everything in reach, changes nothing.' },
  },
});

registerEnumType(UserState, {
  name: 'UserState',
  description: 'Whether a user can log in.',
  valuesConfig: {
    PENDING_SETUP: { description: 'Created; waiting for the password to be set from the e-mailed link.' },
    ACTIVE: { description: 'Can log in.' },
    DISABLED: { description: 'Deactivated by an administrator; sessions and tokens stopped.' },
  },
});

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'What an API token may do of its creator\'s rights: read or write, per domain.',
  valuesConfig: {
    COMPANY_READ: { description: 'Read company data, sites, universes, customers.' },
    COMPANY_WRITE: { description: 'Change company data and sites.' },
    IDENTITY_READ: { description: 'Read users and the audit log.' },
    IDENTITY_WRITE: { description: 'Manage users and rights.' },
    BILLING_READ: { description: 'Read invoices and credit notes.' },
    BILLING_WRITE: { description: 'Change payment details.' },
    OFFERS_READ: { description: 'Read contracted offers and services.' },
    OFFERS_WRITE: { description: 'Order and terminate contracted offers.' },
    WEBHOOKS: { description: 'Manage webhook endpoints, read their delivery log and replay deliveries.' },
    ORDERS_DELIVER: { description: "Move orders through their delivery milestones, as the operator's delivery desk (needs the orders role on the provider)." },
  },
});
