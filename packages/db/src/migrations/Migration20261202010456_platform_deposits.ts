import { Migration } from '@mikro-orm/migrations';

export class Migration20261202010456_platform_deposits extends Migration {

  override name = 'Migration20261202010456_platform_deposits';

  override up(): void | Promise<void> {
    this.addSql(`create table "platform_cursor" ("platform" varchar(40) not null, "cursor" text null, primary key ("platform"));`);

    this.addSql(`create table "platform_deposit" ("id" serial primary key, "kind" text not null, "invoice_id" int null, "credit_note_id" int null, "idempotency_key" varchar(40) not null, "state" text not null default 'QUEUED', "attempts" smallint not null default 0, "platform_id" varchar(100) null, "last_error" text null, "lifecycle_status" text null, "queued_at" timestamptz not null default now());`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_invoice_unique" unique ("invoice_id");`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_credit_note_unique" unique ("credit_note_id");`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "platform_deposit_state" on "platform_deposit" ("state", "id");`);

    this.addSql(`create table "lifecycle_event" ("id" serial primary key, "deposit_id" int not null, "status" text not null, "occurred_at" timestamptz not null, "reason" text null, "platform_event_id" varchar(100) null);`);
    this.addSql(`alter table "lifecycle_event" add constraint "lifecycle_event_platform_unique" unique ("platform_event_id");`);
    this.addSql(`create index "lifecycle_event_deposit_at" on "lifecycle_event" ("deposit_id", "occurred_at", "id");`);

    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_credit_note_id_foreign" foreign key ("credit_note_id") references "credit_note" ("id") on delete cascade;`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_one_document" check ((invoice_id is null) <> (credit_note_id is null));`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_kind_check" check ("kind" in ('INVOICE', 'CREDIT_NOTE'));`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_state_check" check ("state" in ('QUEUED', 'DEPOSITED', 'REJECTED'));`);
    this.addSql(`alter table "platform_deposit" add constraint "platform_deposit_lifecycle_status_check" check ("lifecycle_status" in ('DEPOSITED', 'ISSUED', 'RECEIVED', 'MADE_AVAILABLE', 'TAKEN_OVER', 'APPROVED', 'DISPUTED', 'SUSPENDED', 'REFUSED', 'PAYMENT_SENT', 'CASHED', 'REJECTED'));`);

    this.addSql(`alter table "lifecycle_event" add constraint "lifecycle_event_deposit_id_foreign" foreign key ("deposit_id") references "platform_deposit" ("id") on delete cascade;`);
    this.addSql(`alter table "lifecycle_event" add constraint "lifecycle_event_status_check" check ("status" in ('DEPOSITED', 'ISSUED', 'RECEIVED', 'MADE_AVAILABLE', 'TAKEN_OVER', 'APPROVED', 'DISPUTED', 'SUSPENDED', 'REFUSED', 'PAYMENT_SENT', 'CASHED', 'REJECTED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lifecycle_event" drop constraint "lifecycle_event_deposit_id_foreign";`);

    this.addSql(`drop table if exists "platform_cursor" cascade;`);
    this.addSql(`drop table if exists "platform_deposit" cascade;`);
    this.addSql(`drop table if exists "lifecycle_event" cascade;`);
  }
}
