import { Migration } from '@mikro-orm/migrations';

export class Migration20261202014548_price_change extends Migration {

  override name = 'Migration20261202014548_price_change';

  override up(): void | Promise<void> {
    this.addSql(`create table "price_change" ("id" serial primary key, "contracted_offer_id" int not null, "effective_on" date not null, "billed_through" date not null, "previous_monthly_cents" int not null, "new_monthly_cents" int not null, "invoice_id" int null);`);
    this.addSql(`create index "price_change_contracted_offer_id" on "price_change" ("contracted_offer_id");`);

    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_kind_check";`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_kind_check" check ("kind" in ('RECURRING', 'SETUP', 'USAGE', 'EARLY_TERMINATION_FEE', 'PRORATA_REFUND', 'ADJUSTMENT'));`);

    this.addSql(`alter table "credit_note_line" drop constraint "credit_note_line_kind_check";`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_kind_check" check ("kind" in ('RECURRING', 'SETUP', 'USAGE', 'EARLY_TERMINATION_FEE', 'PRORATA_REFUND', 'ADJUSTMENT'));`);

    this.addSql(`alter table "price_change" add constraint "price_change_contracted_offer_id_foreign" foreign key ("contracted_offer_id") references "contracted_offer" ("id") on delete cascade;`);
    this.addSql(`alter table "price_change" add constraint "price_change_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete set null;`);
    this.addSql(`alter table "price_change" add constraint "price_change_period_ordered" check (billed_through >= effective_on);`);
    this.addSql(`alter table "price_change" add constraint "price_change_dearer" check (new_monthly_cents > previous_monthly_cents);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "price_change" cascade;`);

    this.addSql(`alter table "credit_note_line" drop constraint "credit_note_line_kind_check";`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_kind_check" check ("kind" in ('RECURRING', 'SETUP', 'USAGE', 'EARLY_TERMINATION_FEE', 'PRORATA_REFUND'));`);

    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_kind_check";`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_kind_check" check ("kind" in ('RECURRING', 'SETUP', 'USAGE', 'EARLY_TERMINATION_FEE', 'PRORATA_REFUND'));`);
  }
}
