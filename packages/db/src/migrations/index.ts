import { Migration20261123000000_sql_functions } from './Migration20261123000000_sql_functions.js';
import { Migration20261123000001_schema } from './Migration20261123000001_schema.js';
import { Migration20261123000002_company_tree_trigger } from './Migration20261123000002_company_tree_trigger.js';
import { Migration20261123000003_login_throttle } from './Migration20261123000003_login_throttle.js';
import { Migration20261123000004_user_login_sequence } from './Migration20261123000004_user_login_sequence.js';
import { Migration20261123162434_acting_universe } from './Migration20261123162434_acting_universe.js';
import { Migration20261123170046_billed_through_index } from './Migration20261123170046_billed_through_index.js';
import { Migration20261202004656_e_invoicing_fields } from './Migration20261202004656_e_invoicing_fields.js';
import { Migration20261202004958_second_factor } from './Migration20261202004958_second_factor.js';
import { Migration20261202005526_held_documents } from './Migration20261202005526_held_documents.js';
import { Migration20261202010000_commitment_last_day } from './Migration20261202010000_commitment_last_day.js';
import { Migration20261202010215_webhooks } from './Migration20261202010215_webhooks.js';
import { Migration20261202010330_last_universe } from './Migration20261202010330_last_universe.js';
import { Migration20261202010456_platform_deposits } from './Migration20261202010456_platform_deposits.js';
import { Migration20261202011147_orders } from './Migration20261202011147_orders.js';
import { Migration20261202011206_reissue } from './Migration20261202011206_reissue.js';
import { Migration20261202011750_api_token_usage } from './Migration20261202011750_api_token_usage.js';
import { Migration20261202014548_price_change } from './Migration20261202014548_price_change.js';
import { Migration20261202020638_vat_on_debits } from './Migration20261202020638_vat_on_debits.js';
import { Migration20261202021233_termination_order } from './Migration20261202021233_termination_order.js';

/**
 * Every migration, in order. Listed here rather than found by scanning a folder so the same list
 * runs from the compiled gateway, from tests on the sources and on PGlite. A migration never
 * changes once on main: a change is a new migration (`pnpm db:migration:create`), added here.
 */
export const migrations = [
  { name: 'Migration20261123000000_sql_functions', class: Migration20261123000000_sql_functions },
  { name: 'Migration20261123000001_schema', class: Migration20261123000001_schema },
  { name: 'Migration20261123000002_company_tree_trigger', class: Migration20261123000002_company_tree_trigger },
  { name: 'Migration20261123000003_login_throttle', class: Migration20261123000003_login_throttle },
  { name: 'Migration20261123000004_user_login_sequence', class: Migration20261123000004_user_login_sequence },
  { name: 'Migration20261123162434_acting_universe', class: Migration20261123162434_acting_universe },
  { name: 'Migration20261123170046_billed_through_index', class: Migration20261123170046_billed_through_index },
  { name: 'Migration20261202004656_e_invoicing_fields', class: Migration20261202004656_e_invoicing_fields },
  { name: 'Migration20261202004958_second_factor', class: Migration20261202004958_second_factor },
  { name: 'Migration20261202005526_held_documents', class: Migration20261202005526_held_documents },
  { name: 'Migration20261202010000_commitment_last_day', class: Migration20261202010000_commitment_last_day },
  { name: 'Migration20261202010215_webhooks', class: Migration20261202010215_webhooks },
  { name: 'Migration20261202010330_last_universe', class: Migration20261202010330_last_universe },
  { name: 'Migration20261202010456_platform_deposits', class: Migration20261202010456_platform_deposits },
  { name: 'Migration20261202011147_orders', class: Migration20261202011147_orders },
  { name: 'Migration20261202011206_reissue', class: Migration20261202011206_reissue },
  { name: 'Migration20261202011750_api_token_usage', class: Migration20261202011750_api_token_usage },
  { name: 'Migration20261202014548_price_change', class: Migration20261202014548_price_change },
  { name: 'Migration20261202020638_vat_on_debits', class: Migration20261202020638_vat_on_debits },
  { name: 'Migration20261202021233_termination_order', class: Migration20261202021233_termination_order },
];
