/**
 * The tables, keys, indexes and CHECK constraints of the four domains, generated from the entities
 * by `pnpm db:migration:create schema` and committed as generated.
 */
import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000001_schema extends Migration {

  override name = 'Migration20261123000001_schema';

  override up(): void | Promise<void> {
    this.addSql(`create table "company" ("id" serial primary key, "reference" varchar(12) not null, "legal_name" varchar(200) not null, "legal_name_folded" varchar(200) generated always as (portal_fold(legal_name)) stored null, "siren" varchar(9) null, "legal_form" text not null, "state" text not null default 'ACTIVE', "financial_status" text not null default 'HEALTHY', "guarantee_type" text not null default 'NONE', "comment" text null, "website" varchar(300) null, "created_at" timestamptz not null default now(), "parent_id" int null);`);
    this.addSql(`alter table "company" add constraint "company_reference_unique" unique ("reference");`);
    this.addSql(`create index "company_siren" on "company" ("siren");`);
    this.addSql(`create index "company_legal_form" on "company" ("legal_form");`);
    this.addSql(`create index "company_state" on "company" ("state");`);
    this.addSql(`create index "company_parent_id" on "company" ("parent_id");`);
    this.addSql(`create index "company_legal_name_id" on "company" ("legal_name", "id");`);
    this.addSql(`create index "company_created_at_id" on "company" ("created_at", "id");`);
    this.addSql(`create index "company_legal_name_folded_trgm" on "company" using gin ("legal_name_folded" gin_trgm_ops);`);

    this.addSql(`create table "company_tree" ("ancestor_id" int not null, "descendant_id" int not null, "depth" smallint not null, primary key ("ancestor_id", "descendant_id"));`);
    this.addSql(`create index "company_tree_descendant_depth" on "company_tree" ("descendant_id", "depth");`);

    this.addSql(`create table "company_universe" ("company_id" int not null, "universe" text not null, "granted_at" timestamptz not null default now(), primary key ("company_id", "universe"));`);

    this.addSql(`create table "contact" ("id" serial primary key, "company_id" int not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "function" varchar(60) null, "email" varchar(254) null, "phone" varchar(30) null);`);

    this.addSql(`create table "document_sequence" ("kind" text not null, "year" smallint not null, "last_number" int not null default 0, primary key ("kind", "year"));`);

    this.addSql(`create table "invoice" ("id" serial primary key, "number" varchar(20) not null, "year" smallint not null, "sequence_number" int not null, "purpose" text not null, "billed_company_id" int not null, "period_start" date not null, "period_end" date not null, "issued_on" date not null, "due_on" date not null, "state" text not null default 'ISSUED', "total_excl_vat_cents" int not null, "total_vat_cents" int not null, "total_incl_vat_cents" int not null, "paid_on" date null);`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_unique" unique ("number");`);
    this.addSql(`create index "invoice_state" on "invoice" ("state");`);
    this.addSql(`create index "invoice_total_sort" on "invoice" ("total_incl_vat_cents", "id");`);
    this.addSql(`create index "invoice_issued_on" on "invoice" ("issued_on", "id");`);
    this.addSql(`create index "invoice_company_issued" on "invoice" ("billed_company_id", "issued_on", "id");`);
    this.addSql(`create unique index "invoice_monthly_once" on "invoice" ("billed_company_id", "period_start") where purpose = 'MONTHLY';`);
    this.addSql(`alter table "invoice" add constraint "invoice_year_sequence_unique" unique ("year", "sequence_number");`);

    this.addSql(`create table "offer" ("id" serial primary key, "code" varchar(40) not null, "name" varchar(200) not null, "monthly_price_cents" int not null, "setup_fee_cents" int not null default 0, "vat_rate_basis_points" int not null default 2000, "notice_period_months" smallint not null default 1, "commitment_months" smallint not null default 0, "early_termination_policy" text not null default 'NONE', "early_termination_share_percent" smallint not null default 0, "last_period_policy" text not null default 'FULL_PERIOD_DUE', "has_equipment" boolean not null default false, "equipment_return_days" smallint not null default 0);`);
    this.addSql(`alter table "offer" add constraint "offer_code_unique" unique ("code");`);

    this.addSql(`create table "sales_admin" ("id" serial primary key, "display_name" varchar(100) not null, "email" varchar(254) null);`);
    this.addSql(`create index "sales_admin_display_name" on "sales_admin" ("display_name");`);

    this.addSql(`create table "site" ("id" serial primary key, "company_id" int not null, "name" varchar(120) not null, "is_head_office" boolean not null default false, "address_line1" varchar(200) not null, "address_line2" varchar(200) null, "postal_code" varchar(10) not null, "city" varchar(120) not null, "country" varchar(2) not null default 'FR', "state" text not null default 'ACTIVE', "payment_method" text null, "iban" varchar(34) null, "bic" varchar(11) null, "sepa_mandate_reference" varchar(35) null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "site_city" on "site" ("city");`);
    this.addSql(`create unique index "site_one_head_office" on "site" ("company_id") where is_head_office and state = 'ACTIVE';`);
    this.addSql(`create index "site_company_name" on "site" ("company_id", "name");`);

    this.addSql(`create table "contracted_offer" ("id" serial primary key, "reference" varchar(20) not null, "name" varchar(200) not null, "offer_id" int not null, "end_customer_id" int not null, "billing_account_id" int not null, "site_id" int not null, "sales_admin_id" int null, "order_id" int null, "order_type" text not null default 'CREATION', "state" text not null default 'ORDERED', "delivered_on" date null, "activated_on" date null, "commitment_ends_on" date null, "monthly_price_cents" int not null, "terminated_on" date null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_reference_unique" unique ("reference");`);
    this.addSql(`create index "contracted_offer_offer_id" on "contracted_offer" ("offer_id");`);
    this.addSql(`create index "contracted_offer_end_customer_delivered" on "contracted_offer" ("end_customer_id", "delivered_on", "id");`);
    this.addSql(`create index "contracted_offer_billing_account_delivered" on "contracted_offer" ("billing_account_id", "delivered_on", "id");`);
    this.addSql(`create index "contracted_offer_order_type_sort" on "contracted_offer" ("order_type", "id");`);
    this.addSql(`create index "contracted_offer_state_sort" on "contracted_offer" ("state", "id");`);
    this.addSql(`create index "contracted_offer_delivered_on_sort" on "contracted_offer" ("delivered_on", "id");`);
    this.addSql(`create index "contracted_offer_site_sort" on "contracted_offer" ("site_id", "id");`);
    this.addSql(`create index "contracted_offer_billing_account_sort" on "contracted_offer" ("billing_account_id", "id");`);
    this.addSql(`create index "contracted_offer_end_customer_sort" on "contracted_offer" ("end_customer_id", "id");`);
    this.addSql(`create index "contracted_offer_order_sort" on "contracted_offer" ("order_id", "id");`);
    this.addSql(`create index "contracted_offer_name_sort" on "contracted_offer" ("name", "id");`);
    this.addSql(`create index "contracted_offer_sales_admin_sort" on "contracted_offer" ("sales_admin_id", "id");`);

    this.addSql(`create table "customer_order" ("id" serial primary key, "reference" varchar(20) not null, "type" text not null, "company_id" int not null, "contracted_offer_id" int null, "ordered_on" date not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_reference_unique" unique ("reference");`);
    this.addSql(`create index "customer_order_company_id" on "customer_order" ("company_id");`);
    this.addSql(`create index "customer_order_contracted_offer_id" on "customer_order" ("contracted_offer_id");`);

    this.addSql(`create table "oc_service" ("id" serial primary key, "contracted_offer_id" int not null, "kind" text not null, "identifier" varchar(40) not null, "porting_code" varchar(12) null, "state" text not null default 'ACTIVE', "ended_on" date null);`);
    this.addSql(`create index "oc_service_contracted_offer_id" on "oc_service" ("contracted_offer_id");`);
    this.addSql(`create index "oc_service_identifier" on "oc_service" ("identifier");`);
    this.addSql(`create unique index "oc_service_active_identifier_unique" on "oc_service" ("kind", "identifier") where state = 'ACTIVE';`);

    this.addSql(`create table "invoice_line" ("id" serial primary key, "invoice_id" int not null, "position" smallint not null, "kind" text not null, "label" varchar(300) not null, "contracted_offer_id" int null, "quantity" int not null default 1, "unit_price_excl_vat_cents" int not null, "vat_rate_basis_points" int not null, "total_excl_vat_cents" int not null, "vat_cents" int not null, "period_start" date null, "period_end" date null);`);
    this.addSql(`create index "invoice_line_contracted_offer_id" on "invoice_line" ("contracted_offer_id");`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_position_unique" unique ("invoice_id", "position");`);

    this.addSql(`create table "credit_note" ("id" serial primary key, "number" varchar(20) not null, "year" smallint not null, "sequence_number" int not null, "billed_company_id" int not null, "invoice_id" int not null, "contracted_offer_id" int null, "reason" varchar(300) not null, "issued_on" date not null, "refund_due_on" date not null, "state" text not null default 'ISSUED', "total_excl_vat_cents" int not null, "total_vat_cents" int not null, "total_incl_vat_cents" int not null);`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_number_unique" unique ("number");`);
    this.addSql(`create index "credit_note_invoice_id" on "credit_note" ("invoice_id");`);
    this.addSql(`create index "credit_note_contracted_offer_id" on "credit_note" ("contracted_offer_id");`);
    this.addSql(`create index "credit_note_company_issued" on "credit_note" ("billed_company_id", "issued_on", "id");`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_year_sequence_unique" unique ("year", "sequence_number");`);

    this.addSql(`create table "credit_note_line" ("id" serial primary key, "credit_note_id" int not null, "position" smallint not null, "kind" text not null, "label" varchar(300) not null, "contracted_offer_id" int null, "quantity" int not null default 1, "unit_price_excl_vat_cents" int not null, "vat_rate_basis_points" int not null, "total_excl_vat_cents" int not null, "vat_cents" int not null, "period_start" date null, "period_end" date null);`);
    this.addSql(`create index "credit_note_line_contracted_offer_id" on "credit_note_line" ("contracted_offer_id");`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_position_unique" unique ("credit_note_id", "position");`);

    this.addSql(`create table "terms_of_use" ("id" serial primary key, "version" varchar(40) not null, "effective_on" date not null, "text" text not null, "published_at" timestamptz not null default now());`);
    this.addSql(`alter table "terms_of_use" add constraint "terms_of_use_version_unique" unique ("version");`);
    this.addSql(`create index "terms_of_use_effective_on" on "terms_of_use" ("effective_on");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "login" varchar(12) not null, "email" varchar(254) not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "company_id" int not null, "state" text not null default 'PENDING_SETUP', "password_hash" text null, "password_changed_at" timestamptz null, "failed_login_count" int not null default 0, "last_failed_login_at" timestamptz null, "locked_until" timestamptz null, "last_login_at" timestamptz null, "locale" varchar(5) not null default 'fr', "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);
    this.addSql(`create index "app_user_email" on "app_user" ("email");`);
    this.addSql(`create index "app_user_company_id" on "app_user" ("company_id");`);

    this.addSql(`create table "terms_acceptance" ("id" serial primary key, "user_id" int not null, "terms_id" int not null, "accepted_at" timestamptz not null default now(), "ip_address" varchar(45) null);`);
    this.addSql(`alter table "terms_acceptance" add constraint "terms_acceptance_unique" unique ("user_id", "terms_id");`);

    this.addSql(`create table "termination" ("id" serial primary key, "contracted_offer_id" int not null, "desired_on" date not null, "effective_on" date not null, "early_termination_fee_cents" int not null default 0, "comments" text null, "state" text not null default 'REQUESTED', "requested_by_id" int not null, "requested_at" timestamptz not null default now(), "idempotency_key" varchar(100) null, "withdrawn_by_id" int null, "withdrawn_at" timestamptz null, "applied_at" timestamptz null, "equipment_return_reference" varchar(30) null, "equipment_return_deadline" date null);`);
    this.addSql(`create index "termination_contracted_offer_id" on "termination" ("contracted_offer_id");`);
    this.addSql(`create unique index "termination_idempotency_key_unique" on "termination" ("requested_by_id", "idempotency_key") where idempotency_key is not null;`);
    this.addSql(`create index "termination_due" on "termination" ("state", "effective_on");`);
    this.addSql(`create unique index "termination_one_live_per_oc" on "termination" ("contracted_offer_id") where state in ('REQUESTED', 'EFFECTIVE');`);

    this.addSql(`create table "user_session" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "ip_address" varchar(45) null, "user_agent" varchar(300) null);`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_active" on "user_session" ("user_id", "revoked_at");`);

    this.addSql(`create table "role_assignment" ("id" serial primary key, "user_id" int not null, "company_id" int not null, "role" text not null, "granted_by_id" int null, "granted_at" timestamptz not null default now());`);
    this.addSql(`create index "role_assignment_company_id" on "role_assignment" ("company_id");`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_unique" unique ("user_id", "company_id", "role");`);

    this.addSql(`create table "password_token" ("id" serial primary key, "user_id" int not null, "purpose" text not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null);`);
    this.addSql(`create index "password_token_user_id" on "password_token" ("user_id");`);
    this.addSql(`alter table "password_token" add constraint "password_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "audit_event" ("id" serial primary key, "occurred_at" timestamptz not null default now(), "action" varchar(60) not null, "actor_id" int null, "company_id" int null, "target_type" varchar(60) null, "target_id" varchar(60) null, "ip_address" varchar(45) null, "details" jsonb null);`);
    this.addSql(`create index "audit_event_actor_time" on "audit_event" ("actor_id", "occurred_at");`);
    this.addSql(`create index "audit_event_company_time" on "audit_event" ("company_id", "occurred_at");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "company_id" int not null, "created_by_id" int not null, "name" varchar(100) not null, "prefix" varchar(16) not null, "token_hash" varchar(64) not null, "scopes" text[] not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`create index "api_token_company_id" on "api_token" ("company_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "company" add constraint "company_parent_id_foreign" foreign key ("parent_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "company" add constraint "company_not_own_parent" check (parent_id is null or parent_id <> id);`);
    this.addSql(`alter table "company" add constraint "company_legal_name_not_blank" check (btrim(legal_name) <> '');`);
    this.addSql(`alter table "company" add constraint "company_siren_valid" check (siren is null or portal_is_valid_siren(siren));`);
    this.addSql(`alter table "company" add constraint "company_reference_format" check (reference ~ '^OIP-[0-9]{8}\$');`);
    this.addSql(`alter table "company" add constraint "company_legal_form_check" check ("legal_form" in ('EI', 'EURL', 'SARL', 'SAS', 'SASU', 'SA', 'SNC', 'ASSOCIATION', 'COLLECTIVITE', 'AUTRES'));`);
    this.addSql(`alter table "company" add constraint "company_state_check" check ("state" in ('ACTIVE', 'SUSPENDED', 'CLOSED'));`);
    this.addSql(`alter table "company" add constraint "company_financial_status_check" check ("financial_status" in ('HEALTHY', 'WATCH', 'DEFAULT'));`);
    this.addSql(`alter table "company" add constraint "company_guarantee_type_check" check ("guarantee_type" in ('NONE', 'DEPOSIT', 'BANK_GUARANTEE'));`);

    this.addSql(`alter table "company_tree" add constraint "company_tree_ancestor_id_foreign" foreign key ("ancestor_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "company_tree" add constraint "company_tree_descendant_id_foreign" foreign key ("descendant_id") references "company" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "company_tree" add constraint "company_tree_depth_nonnegative" check (depth >= 0);`);

    this.addSql(`alter table "company_universe" add constraint "company_universe_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "company_universe" add constraint "company_universe_universe_check" check ("universe" in ('CLIENT', 'RESELLER', 'OPERATOR'));`);

    this.addSql(`alter table "contact" add constraint "contact_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "contact" add constraint "contact_email_format" check (email is null or email ~ '^[^@\\s]+@[^@\\s]+\$');`);

    this.addSql(`alter table "document_sequence" add constraint "document_sequence_nonnegative" check (last_number >= 0);`);
    this.addSql(`alter table "document_sequence" add constraint "document_sequence_kind_check" check ("kind" in ('INVOICE', 'CREDIT_NOTE'));`);

    this.addSql(`alter table "invoice" add constraint "invoice_billed_company_id_foreign" foreign key ("billed_company_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "invoice" add constraint "invoice_total_incl_vat" check (total_incl_vat_cents = total_excl_vat_cents + total_vat_cents);`);
    this.addSql(`alter table "invoice" add constraint "invoice_totals_nonnegative" check (total_excl_vat_cents >= 0 and total_vat_cents >= 0);`);
    this.addSql(`alter table "invoice" add constraint "invoice_due_after_issue" check (due_on >= issued_on);`);
    this.addSql(`alter table "invoice" add constraint "invoice_period_ordered" check (period_end >= period_start);`);
    this.addSql(`alter table "invoice" add constraint "invoice_sequence_positive" check (sequence_number > 0);`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_matches_sequence" check (number = 'F-' || year || '-' || lpad(sequence_number::text, 6, '0'));`);
    this.addSql(`alter table "invoice" add constraint "invoice_number_format" check (number ~ '^F-[0-9]{4}-[0-9]{6}\$');`);
    this.addSql(`alter table "invoice" add constraint "invoice_purpose_check" check ("purpose" in ('MONTHLY', 'CLOSING'));`);
    this.addSql(`alter table "invoice" add constraint "invoice_state_check" check ("state" in ('ISSUED', 'PAID'));`);

    this.addSql(`alter table "offer" add constraint "offer_equipment_return_days" check (equipment_return_days >= 0 and equipment_return_days <= 90);`);
    this.addSql(`alter table "offer" add constraint "offer_early_share_range" check (early_termination_share_percent >= 0 and early_termination_share_percent <= 100);`);
    this.addSql(`alter table "offer" add constraint "offer_commitment_range" check (commitment_months >= 0 and commitment_months <= 120);`);
    this.addSql(`alter table "offer" add constraint "offer_notice_range" check (notice_period_months >= 0 and notice_period_months <= 24);`);
    this.addSql(`alter table "offer" add constraint "offer_vat_rate_range" check (vat_rate_basis_points >= 0 and vat_rate_basis_points <= 10000);`);
    this.addSql(`alter table "offer" add constraint "offer_setup_fee_nonnegative" check (setup_fee_cents >= 0);`);
    this.addSql(`alter table "offer" add constraint "offer_monthly_price_nonnegative" check (monthly_price_cents >= 0);`);
    this.addSql(`alter table "offer" add constraint "offer_early_termination_policy_check" check ("early_termination_policy" in ('NONE', 'REMAINING_FEES_SHARE'));`);
    this.addSql(`alter table "offer" add constraint "offer_last_period_policy_check" check ("last_period_policy" in ('FULL_PERIOD_DUE', 'PRORATA'));`);

    this.addSql(`alter table "site" add constraint "site_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "site" add constraint "site_name_not_blank" check (btrim(name) <> '');`);
    this.addSql(`alter table "site" add constraint "site_sepa_has_mandate" check (payment_method is distinct from 'SEPA_DIRECT_DEBIT' or (iban is not null and sepa_mandate_reference is not null));`);
    this.addSql(`alter table "site" add constraint "site_bic_format" check (bic is null or bic ~ '^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?\$');`);
    this.addSql(`alter table "site" add constraint "site_iban_valid" check (iban is null or portal_is_valid_iban(iban));`);
    this.addSql(`alter table "site" add constraint "site_state_check" check ("state" in ('ACTIVE', 'CLOSED'));`);
    this.addSql(`alter table "site" add constraint "site_payment_method_check" check ("payment_method" in ('SEPA_DIRECT_DEBIT', 'TRANSFER'));`);

    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete restrict;`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_end_customer_id_foreign" foreign key ("end_customer_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_billing_account_id_foreign" foreign key ("billing_account_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete restrict;`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_sales_admin_id_foreign" foreign key ("sales_admin_id") references "sales_admin" ("id") on delete set null;`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on delete set null;`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_terminated_has_date" check (state <> 'TERMINATED' or terminated_on is not null);`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_commitment_after_activation" check (commitment_ends_on is null or activated_on is null or commitment_ends_on >= activated_on);`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_price_nonnegative" check (monthly_price_cents >= 0);`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_reference_format" check (reference ~ '^OC[0-9]+\$');`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_order_type_check" check ("order_type" in ('CREATION', 'MODIFICATION', 'TERMINATION', 'PORTING'));`);
    this.addSql(`alter table "contracted_offer" add constraint "contracted_offer_state_check" check ("state" in ('ORDERED', 'IN_DELIVERY', 'DELIVERED', 'TERMINATION_REQUESTED', 'TERMINATED'));`);

    this.addSql(`alter table "customer_order" add constraint "customer_order_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete set null;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_reference_format" check (reference ~ '^COM[0-9]+\$');`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_type_check" check ("type" in ('CREATION', 'MODIFICATION', 'TERMINATION', 'PORTING'));`);

    this.addSql(`alter table "oc_service" add constraint "oc_service_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete cascade;`);
    this.addSql(`alter table "oc_service" add constraint "oc_service_ended_has_date" check (state = 'ACTIVE' or ended_on is not null);`);
    this.addSql(`alter table "oc_service" add constraint "oc_service_rio_only_numbers" check (porting_code is null or kind = 'PHONE_NUMBER');`);
    this.addSql(`alter table "oc_service" add constraint "oc_service_rio_format" check (porting_code is null or porting_code ~ '^[0-9]{2}[A-Z0-9]{10}\$');`);
    this.addSql(`alter table "oc_service" add constraint "oc_service_kind_check" check ("kind" in ('PHONE_NUMBER', 'ACCESS_LINE', 'TRUNK'));`);
    this.addSql(`alter table "oc_service" add constraint "oc_service_state_check" check ("state" in ('ACTIVE', 'PORTED_OUT', 'TERMINATED'));`);

    this.addSql(`alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete restrict;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_period_ordered" check (period_start is null or period_end >= period_start);`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_vat_rate_range" check (vat_rate_basis_points >= 0 and vat_rate_basis_points <= 10000);`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_amounts_nonnegative" check (total_excl_vat_cents >= 0 and vat_cents >= 0);`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_unit_price_nonnegative" check (unit_price_excl_vat_cents >= 0);`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_quantity_positive" check (quantity > 0);`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_kind_check" check ("kind" in ('RECURRING', 'SETUP', 'USAGE', 'EARLY_TERMINATION_FEE', 'PRORATA_REFUND'));`);

    this.addSql(`alter table "credit_note" add constraint "credit_note_billed_company_id_foreign" foreign key ("billed_company_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete restrict;`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete restrict;`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_total_incl_vat" check (total_incl_vat_cents = total_excl_vat_cents + total_vat_cents);`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_totals_nonnegative" check (total_excl_vat_cents >= 0 and total_vat_cents >= 0);`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_refund_after_issue" check (refund_due_on >= issued_on);`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_sequence_positive" check (sequence_number > 0);`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_number_matches_sequence" check (number = 'A-' || year || '-' || lpad(sequence_number::text, 6, '0'));`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_number_format" check (number ~ '^A-[0-9]{4}-[0-9]{6}\$');`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_state_check" check ("state" in ('ISSUED', 'REFUNDED'));`);

    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_credit_note_id_foreign" foreign key ("credit_note_id") references "credit_note" ("id") on delete cascade;`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete restrict;`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_period_ordered" check (period_start is null or period_end >= period_start);`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_vat_rate_range" check (vat_rate_basis_points >= 0 and vat_rate_basis_points <= 10000);`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_amounts_nonnegative" check (total_excl_vat_cents >= 0 and vat_cents >= 0);`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_unit_price_nonnegative" check (unit_price_excl_vat_cents >= 0);`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_quantity_positive" check (quantity > 0);`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_kind_check" check ("kind" in ('RECURRING', 'SETUP', 'USAGE', 'EARLY_TERMINATION_FEE', 'PRORATA_REFUND'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_active_has_password" check (state <> 'ACTIVE' or password_hash is not null);`);
    this.addSql(`alter table "app_user" add constraint "app_user_failed_logins_nonnegative" check (failed_login_count >= 0);`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_format" check (email ~ '^[^@\\s]+@[^@\\s]+\$');`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_format" check (login ~ '^E-[0-9]{10}\$');`);
    this.addSql(`alter table "app_user" add constraint "app_user_state_check" check ("state" in ('PENDING_SETUP', 'ACTIVE', 'DISABLED'));`);

    this.addSql(`alter table "terms_acceptance" add constraint "terms_acceptance_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "terms_acceptance" add constraint "terms_acceptance_terms_id_foreign" foreign key ("terms_id") references "terms_of_use" ("id") on delete restrict;`);

    this.addSql(`alter table "termination" add constraint "termination_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete cascade;`);
    this.addSql(`alter table "termination" add constraint "termination_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "termination" add constraint "termination_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "termination" add constraint "termination_withdrawn_has_time" check (state <> 'WITHDRAWN' or withdrawn_at is not null);`);
    this.addSql(`alter table "termination" add constraint "termination_comments_length" check (comments is null or char_length(comments) <= 1000);`);
    this.addSql(`alter table "termination" add constraint "termination_fee_nonnegative" check (early_termination_fee_cents >= 0);`);
    this.addSql(`alter table "termination" add constraint "termination_effective_after_desired" check (effective_on >= desired_on);`);
    this.addSql(`alter table "termination" add constraint "termination_state_check" check ("state" in ('REQUESTED', 'WITHDRAWN', 'EFFECTIVE'));`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "user_session" add constraint "user_session_expires_after_creation" check (expires_at > created_at);`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_granted_by_id_foreign" foreign key ("granted_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_check" check ("role" in ('ADMINISTRATOR', 'BILLING', 'ORDERS', 'READ_ONLY'));`);

    this.addSql(`alter table "password_token" add constraint "password_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "password_token" add constraint "password_token_expires_after_creation" check (expires_at > created_at);`);
    this.addSql(`alter table "password_token" add constraint "password_token_purpose_check" check ("purpose" in ('SETUP', 'RESET'));`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "api_token" add constraint "api_token_has_scopes" check (cardinality(scopes) > 0);`);
    this.addSql(`alter table "api_token" add constraint "api_token_expires_after_creation" check (expires_at > created_at);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "company" drop constraint "company_parent_id_foreign";`);
    this.addSql(`alter table "company_tree" drop constraint "company_tree_ancestor_id_foreign";`);
    this.addSql(`alter table "company_tree" drop constraint "company_tree_descendant_id_foreign";`);
    this.addSql(`alter table "company_universe" drop constraint "company_universe_company_id_foreign";`);
    this.addSql(`alter table "contact" drop constraint "contact_company_id_foreign";`);
    this.addSql(`alter table "invoice" drop constraint "invoice_billed_company_id_foreign";`);
    this.addSql(`alter table "site" drop constraint "site_company_id_foreign";`);
    this.addSql(`alter table "contracted_offer" drop constraint "contracted_offer_end_customer_id_foreign";`);
    this.addSql(`alter table "contracted_offer" drop constraint "contracted_offer_billing_account_id_foreign";`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_company_id_foreign";`);
    this.addSql(`alter table "credit_note" drop constraint "credit_note_billed_company_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_company_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_company_id_foreign";`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_company_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_company_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);
    this.addSql(`alter table "credit_note" drop constraint "credit_note_invoice_id_foreign";`);
    this.addSql(`alter table "contracted_offer" drop constraint "contracted_offer_offer_id_foreign";`);
    this.addSql(`alter table "contracted_offer" drop constraint "contracted_offer_sales_admin_id_foreign";`);
    this.addSql(`alter table "contracted_offer" drop constraint "contracted_offer_site_id_foreign";`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_contracted_offer_id_foreign";`);
    this.addSql(`alter table "oc_service" drop constraint "oc_service_contracted_offer_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_contracted_offer_id_foreign";`);
    this.addSql(`alter table "credit_note" drop constraint "credit_note_contracted_offer_id_foreign";`);
    this.addSql(`alter table "credit_note_line" drop constraint "credit_note_line_contracted_offer_id_foreign";`);
    this.addSql(`alter table "termination" drop constraint "termination_contracted_offer_id_foreign";`);
    this.addSql(`alter table "contracted_offer" drop constraint "contracted_offer_order_id_foreign";`);
    this.addSql(`alter table "credit_note_line" drop constraint "credit_note_line_credit_note_id_foreign";`);
    this.addSql(`alter table "terms_acceptance" drop constraint "terms_acceptance_terms_id_foreign";`);
    this.addSql(`alter table "terms_acceptance" drop constraint "terms_acceptance_user_id_foreign";`);
    this.addSql(`alter table "termination" drop constraint "termination_requested_by_id_foreign";`);
    this.addSql(`alter table "termination" drop constraint "termination_withdrawn_by_id_foreign";`);
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_granted_by_id_foreign";`);
    this.addSql(`alter table "password_token" drop constraint "password_token_user_id_foreign";`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_actor_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_created_by_id_foreign";`);

    this.addSql(`drop table if exists "company" cascade;`);
    this.addSql(`drop table if exists "company_tree" cascade;`);
    this.addSql(`drop table if exists "company_universe" cascade;`);
    this.addSql(`drop table if exists "contact" cascade;`);
    this.addSql(`drop table if exists "document_sequence" cascade;`);
    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop table if exists "offer" cascade;`);
    this.addSql(`drop table if exists "sales_admin" cascade;`);
    this.addSql(`drop table if exists "site" cascade;`);
    this.addSql(`drop table if exists "contracted_offer" cascade;`);
    this.addSql(`drop table if exists "customer_order" cascade;`);
    this.addSql(`drop table if exists "oc_service" cascade;`);
    this.addSql(`drop table if exists "invoice_line" cascade;`);
    this.addSql(`drop table if exists "credit_note" cascade;`);
    this.addSql(`drop table if exists "credit_note_line" cascade;`);
    this.addSql(`drop table if exists "terms_of_use" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "terms_acceptance" cascade;`);
    this.addSql(`drop table if exists "termination" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);
    this.addSql(`drop table if exists "role_assignment" cascade;`);
    this.addSql(`drop table if exists "password_token" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }
}
