import { Migration } from '@mikro-orm/migrations';

export class Migration20261202010215_webhooks extends Migration {

  override name = 'Migration20261202010215_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create table "event" ("id" bigserial primary key, "public_id" varchar(40) not null, "type" varchar(60) not null, "company_id" int not null, "data" jsonb not null, "object_id" varchar(120) not null, "occurred_at" timestamptz not null, "dispatched_at" timestamptz null, "only_endpoint_id" int null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "event" add constraint "event_public_id_unique" unique ("public_id");`);
    this.addSql(`create index "event_company_id" on "event" ("company_id");`);
    this.addSql(`create index "event_dispatched_at" on "event" ("dispatched_at", "id");`);

    this.addSql(`create table "webhook_endpoint" ("id" serial primary key, "company_id" int not null, "url" varchar(2048) not null, "description" varchar(500) not null default '', "event_types" text[] not null, "enabled" boolean not null default true, "disabled_reason" varchar(40) null, "secret" varchar(60) not null, "previous_secret" varchar(60) null, "previous_secret_expires_at" timestamptz null, "failing_since" timestamptz null, "created_by_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "webhook_endpoint_company_id" on "webhook_endpoint" ("company_id");`);

    this.addSql(`create table "delivery" ("id" serial primary key, "endpoint_id" int not null, "event_id" bigint not null, "lane" varchar(160) not null, "state" text not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "first_attempt_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`create index "delivery_event_id" on "delivery" ("event_id");`);
    this.addSql(`create index "delivery_endpoint_created" on "delivery" ("endpoint_id", "created_at");`);
    this.addSql(`create index "delivery_lane_state" on "delivery" ("lane", "state", "event_id");`);
    this.addSql(`alter table "delivery" add constraint "delivery_endpoint_event_unique" unique ("endpoint_id", "event_id");`);

    this.addSql(`create table "delivery_attempt" ("id" serial primary key, "delivery_id" int not null, "at" timestamptz not null, "status" smallint null, "latency_ms" int not null, "error" varchar(40) null, "response_excerpt" varchar(500) not null default '');`);
    this.addSql(`create index "delivery_attempt_delivery_id" on "delivery_attempt" ("delivery_id");`);

    this.addSql(`alter table "event" add constraint "event_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_company_id_foreign" foreign key ("company_id") references "company" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_has_event_types" check (cardinality(event_types) > 0);`);

    this.addSql(`alter table "delivery" add constraint "delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`);
    this.addSql(`alter table "delivery" add constraint "delivery_event_id_foreign" foreign key ("event_id") references "event" ("id") on delete cascade;`);
    this.addSql(`alter table "delivery" add constraint "delivery_state_check" check ("state" in ('PENDING', 'DELIVERED', 'FAILED'));`);

    this.addSql(`alter table "delivery_attempt" add constraint "delivery_attempt_delivery_id_foreign" foreign key ("delivery_id") references "delivery" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "delivery" drop constraint "delivery_event_id_foreign";`);
    this.addSql(`alter table "delivery" drop constraint "delivery_endpoint_id_foreign";`);
    this.addSql(`alter table "delivery_attempt" drop constraint "delivery_attempt_delivery_id_foreign";`);

    this.addSql(`drop table if exists "event" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);
    this.addSql(`drop table if exists "delivery" cascade;`);
    this.addSql(`drop table if exists "delivery_attempt" cascade;`);
  }
}
