import { Migration } from '@mikro-orm/migrations';

/**
 * Ordering: the catalogue, orders' details, lines, milestones and numbers, the number pool; the RIO
 * check of services admits every RIO character ('+' too). New Commandes and OCs take their
 * references from two sequences that start beyond the demo and scale data's numbers.
 */
export class Migration20261202011147_orders extends Migration {

  override name = 'Migration20261202011147_orders';

  override up(): void | Promise<void> {
    this.addSql('create sequence if not exists customer_order_reference_seq as bigint start with 50000000 minvalue 1 no cycle;');
    this.addSql('create sequence if not exists contracted_offer_reference_seq as bigint start with 50000000 minvalue 1 no cycle;');
    this.addSql(`create table "catalogue_option" ("id" serial primary key, "offer_id" int not null, "code" varchar(40) not null, "name" varchar(200) not null, "monthly_price_cents" int not null);`);
    this.addSql(`create index "catalogue_option_offer_id" on "catalogue_option" ("offer_id");`);
    this.addSql(`alter table "catalogue_option" add constraint "catalogue_option_offer_code_unique" unique ("offer_id", "code");`);

    this.addSql(`create table "catalogue_entry" ("id" serial primary key, "offer_id" int not null, "family" text not null, "universes" text[] not null default '{}', "published" boolean not null default true, "position" smallint not null default 0, "carries_numbers" boolean not null default false);`);
    this.addSql(`alter table "catalogue_entry" add constraint "catalogue_entry_offer_unique" unique ("offer_id");`);

    this.addSql(`create table "order_detail" ("id" serial primary key, "order_id" int not null, "reference" varchar(20) not null, "type" text not null, "state" text not null default 'RECEIVED', "end_customer_id" int not null, "billing_account_id" int not null, "provider_id" int not null, "placed_by_id" int not null, "contact_email" varchar(254) not null, "idempotency_key" varchar(100) null, "ordered_on" date not null, "expected_delivery_on" date not null, "delivered_on" date null, "cancelled_by" text null, "cancel_reason" varchar(500) null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_order_unique" unique ("order_id");`);
    this.addSql(`create index "order_detail_billing_account_id" on "order_detail" ("billing_account_id");`);
    this.addSql(`create index "order_detail_placed_by_id" on "order_detail" ("placed_by_id");`);
    this.addSql(`create index "order_detail_provider_state" on "order_detail" ("provider_id", "state", "id");`);
    this.addSql(`create index "order_detail_expected_sort" on "order_detail" ("expected_delivery_on", "id");`);
    this.addSql(`create index "order_detail_state_sort" on "order_detail" ("state", "id");`);
    this.addSql(`create index "order_detail_ordered_on_sort" on "order_detail" ("ordered_on", "id");`);
    this.addSql(`create index "order_detail_type_sort" on "order_detail" ("type", "id");`);
    this.addSql(`create index "order_detail_end_customer_sort" on "order_detail" ("end_customer_id", "id");`);
    this.addSql(`create index "order_detail_reference_sort" on "order_detail" ("reference", "id");`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_idempotency_unique" unique ("placed_by_id", "idempotency_key");`);

    this.addSql(`create table "order_line" ("id" serial primary key, "order_detail_id" int not null, "position" smallint not null, "offer_id" int not null, "family" text not null, "option_codes" text[] not null default '{}', "site_id" int not null, "quantity" smallint not null default 1, "monthly_price_cents" int not null, "setup_fee_cents" int not null, "contracted_offer_id" int not null, "previous_offer_id" int null, "expected_activation_on" date not null);`);
    this.addSql(`create index "order_line_order_detail_id" on "order_line" ("order_detail_id");`);
    this.addSql(`create index "order_line_contracted_offer_id" on "order_line" ("contracted_offer_id");`);

    this.addSql(`create table "pool_number" ("id" serial primary key, "number" varchar(16) not null, "zone" varchar(2) not null, "state" text not null default 'FREE', "order_line_id" int null);`);
    this.addSql(`alter table "pool_number" add constraint "pool_number_number_unique" unique ("number");`);
    this.addSql(`create index "pool_number_zone_free" on "pool_number" ("zone", "state", "number");`);

    this.addSql(`create table "order_number" ("id" serial primary key, "order_line_id" int not null, "kind" text not null, "number" varchar(16) not null, "porting_code" varchar(12) null, "holder_name" varchar(200) null, "porting_on" date null, "live" boolean not null default true);`);
    this.addSql(`create index "order_number_order_line_id" on "order_number" ("order_line_id");`);
    this.addSql(`create unique index "order_number_live_unique" on "order_number" ("number") where live;`);

    this.addSql(`create table "order_milestone" ("id" serial primary key, "order_line_id" int not null, "kind" text not null, "position" smallint not null, "planned_on" date not null, "done_on" date null);`);
    this.addSql(`create index "order_milestone_order_line_id" on "order_milestone" ("order_line_id");`);
    this.addSql(`alter table "order_milestone" add constraint "order_milestone_line_kind_unique" unique ("order_line_id", "kind");`);

    this.addSql(`alter table "oc_service" drop constraint "oc_service_rio_format";`);
    this.addSql(`alter table "oc_service" add constraint "oc_service_rio_format" check (porting_code is null or porting_code ~ '^[0-9A-Z]{2}[A-Z0-9][0-9A-Z+]{9}\$');`);

    this.addSql(`alter table "catalogue_option" add constraint "catalogue_option_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete cascade;`);
    this.addSql(`alter table "catalogue_option" add constraint "catalogue_option_price_nonnegative" check (monthly_price_cents >= 0);`);

    this.addSql(`alter table "catalogue_entry" add constraint "catalogue_entry_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete cascade;`);
    this.addSql(`alter table "catalogue_entry" add constraint "catalogue_entry_position_range" check (position >= 0 and position <= 1000);`);
    this.addSql(`alter table "catalogue_entry" add constraint "catalogue_entry_family_check" check ("family" in ('NUMBERS', 'SIP_TRUNK', 'INTERNET_ACCESS', 'UNIFIED_COMMUNICATIONS', 'MOBILE'));`);

    this.addSql(`alter table "order_detail" add constraint "order_detail_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on delete cascade;`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_end_customer_id_foreign" foreign key ("end_customer_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_billing_account_id_foreign" foreign key ("billing_account_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_provider_id_foreign" foreign key ("provider_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_placed_by_id_foreign" foreign key ("placed_by_id") references "app_user" ("id") on delete restrict;`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_cancelled_has_party" check (state <> 'CANCELLED' or cancelled_by is not null);`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_reference_format" check (reference ~ '^COM[0-9]+\$');`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_type_check" check ("type" in ('CREATION', 'MODIFICATION', 'TERMINATION', 'PORTING'));`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_state_check" check ("state" in ('RECEIVED', 'VALIDATED', 'IN_DELIVERY', 'DELIVERED', 'CANCELLED'));`);
    this.addSql(`alter table "order_detail" add constraint "order_detail_cancelled_by_check" check ("cancelled_by" in ('CUSTOMER', 'PROVIDER'));`);

    this.addSql(`alter table "order_line" add constraint "order_line_order_detail_id_foreign" foreign key ("order_detail_id") references "order_detail" ("id") on delete cascade;`);
    this.addSql(`alter table "order_line" add constraint "order_line_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on delete restrict;`);
    this.addSql(`alter table "order_line" add constraint "order_line_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete restrict;`);
    this.addSql(`alter table "order_line" add constraint "order_line_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete restrict;`);
    this.addSql(`alter table "order_line" add constraint "order_line_previous_offer_id_foreign" foreign key ("previous_offer_id") references "offer" ("id") on delete restrict;`);
    this.addSql(`alter table "order_line" add constraint "order_line_amounts_nonnegative" check (monthly_price_cents >= 0 and setup_fee_cents >= 0);`);
    this.addSql(`alter table "order_line" add constraint "order_line_quantity_range" check (quantity >= 1 and quantity <= 50);`);
    this.addSql(`alter table "order_line" add constraint "order_line_family_check" check ("family" in ('NUMBERS', 'SIP_TRUNK', 'INTERNET_ACCESS', 'UNIFIED_COMMUNICATIONS', 'MOBILE'));`);

    this.addSql(`alter table "pool_number" add constraint "pool_number_order_line_id_foreign" foreign key ("order_line_id") references "order_line" ("id") on delete set null;`);
    this.addSql(`alter table "pool_number" add constraint "pool_number_reserved_has_line" check (state = 'FREE' or order_line_id is not null);`);
    this.addSql(`alter table "pool_number" add constraint "pool_number_zone_format" check (zone ~ '^0[1-589]\$');`);
    this.addSql(`alter table "pool_number" add constraint "pool_number_state_check" check ("state" in ('FREE', 'RESERVED', 'ASSIGNED'));`);

    this.addSql(`alter table "order_number" add constraint "order_number_order_line_id_foreign" foreign key ("order_line_id") references "order_line" ("id") on delete cascade;`);
    this.addSql(`alter table "order_number" add constraint "order_number_ported_has_rio" check (kind = 'NEW' or (porting_code is not null and holder_name is not null and porting_on is not null));`);
    this.addSql(`alter table "order_number" add constraint "order_number_kind_check" check ("kind" in ('NEW', 'PORTED'));`);

    this.addSql(`alter table "order_milestone" add constraint "order_milestone_order_line_id_foreign" foreign key ("order_line_id") references "order_line" ("id") on delete cascade;`);
    this.addSql(`alter table "order_milestone" add constraint "order_milestone_kind_check" check ("kind" in ('FEASIBILITY_STUDY', 'ACCESS_ORDER', 'TECHNICIAN_APPOINTMENT', 'NUMBER_RESERVATION', 'PORTING_PLANNED', 'NUMBERS_PORTED', 'CONFIGURATION', 'TESTS', 'SIM_SHIPPING', 'ACTIVATION'));`);
  }

  override down(): void | Promise<void> {
    this.addSql('drop sequence if exists customer_order_reference_seq;');
    this.addSql('drop sequence if exists contracted_offer_reference_seq;');
    this.addSql(`alter table "order_line" drop constraint "order_line_order_detail_id_foreign";`);
    this.addSql(`alter table "pool_number" drop constraint "pool_number_order_line_id_foreign";`);
    this.addSql(`alter table "order_number" drop constraint "order_number_order_line_id_foreign";`);
    this.addSql(`alter table "order_milestone" drop constraint "order_milestone_order_line_id_foreign";`);

    this.addSql(`drop table if exists "catalogue_option" cascade;`);
    this.addSql(`drop table if exists "catalogue_entry" cascade;`);
    this.addSql(`drop table if exists "order_detail" cascade;`);
    this.addSql(`drop table if exists "order_line" cascade;`);
    this.addSql(`drop table if exists "pool_number" cascade;`);
    this.addSql(`drop table if exists "order_number" cascade;`);
    this.addSql(`drop table if exists "order_milestone" cascade;`);

    this.addSql(`alter table "oc_service" drop constraint "oc_service_rio_format";`);
    this.addSql(`alter table "oc_service" add constraint "oc_service_rio_format" check ((porting_code IS NULL) OR (porting_code ~ '^[0-9]{2}[A-Z0-9]{10}\$'::text));`);
  }
}
