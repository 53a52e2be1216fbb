import { Migration } from '@mikro-orm/migrations';

export class Migration20261202005526_held_documents extends Migration {

  override name = 'Migration20261202005526_held_documents';

  override up(): void | Promise<void> {
    this.addSql(`create table "held_document" ("id" serial primary key, "kind" text not null, "purpose" text null, "billed_company_id" int not null, "contracted_offer_id" int null, "period_start" date not null, "period_end" date not null, "total_incl_vat_cents" int not null, "draft" jsonb not null, "reasons" jsonb not null, "held_at" timestamptz not null, "checked_at" timestamptz not null, "released_at" timestamptz null, "issued_number" varchar(20) null);`);
    this.addSql(`create index "held_document_open" on "held_document" ("released_at", "held_at", "id");`);
    this.addSql(`create unique index "held_document_monthly_open_once" on "held_document" ("billed_company_id", "period_start") where purpose = 'MONTHLY' and released_at is null;`);

    this.addSql(`alter table "held_document" add constraint "held_document_billed_company_id_foreign" foreign key ("billed_company_id") references "company" ("id") on delete restrict;`);
    this.addSql(`alter table "held_document" add constraint "held_document_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete restrict;`);
    this.addSql(`alter table "held_document" add constraint "held_document_kind_check" check ("kind" in ('INVOICE', 'CREDIT_NOTE'));`);
    this.addSql(`alter table "held_document" add constraint "held_document_purpose_check" check ("purpose" in ('MONTHLY', 'CLOSING'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "held_document" cascade;`);
  }
}
