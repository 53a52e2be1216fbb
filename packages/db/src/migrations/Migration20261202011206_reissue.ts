import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011206_reissue extends Migration {

  override name = 'Migration20261202011206_reissue';

  override up(): void | Promise<void> {
    this.addSql(`alter table "invoice" add "replaces_id" int null;`);
    this.addSql(`alter table "invoice" add constraint "invoice_replaces_id_foreign" foreign key ("replaces_id") references "invoice" ("id") on delete restrict;`);
    this.addSql(`alter table "invoice" add constraint "invoice_replaces_unique" unique ("replaces_id");`);
    // A corrected invoice replacing a rejected monthly one is the second of its month.
    this.addSql(`drop index "invoice_monthly_once";`);
    this.addSql(`create unique index "invoice_monthly_once" on "invoice" ("billed_company_id", "period_start") where purpose = 'MONTHLY' and replaces_id is null;`);

    this.addSql(`alter table "credit_note" add "replaces_id" int null;`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_replaces_id_foreign" foreign key ("replaces_id") references "credit_note" ("id") on delete restrict;`);
    this.addSql(`alter table "credit_note" add constraint "credit_note_replaces_unique" unique ("replaces_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "credit_note" drop constraint "credit_note_replaces_id_foreign";`);

    this.addSql(`drop index "invoice_monthly_once";`);
    this.addSql(`create unique index "invoice_monthly_once" on "invoice" ("billed_company_id", "period_start") where purpose = 'MONTHLY';`);
    this.addSql(`alter table "invoice" drop constraint "invoice_replaces_id_foreign";`);

    this.addSql(`alter table "credit_note" drop constraint "credit_note_replaces_unique";`);
    this.addSql(`alter table "credit_note" drop column "replaces_id";`);

    this.addSql(`alter table "invoice" drop constraint "invoice_replaces_unique";`);
    this.addSql(`alter table "invoice" drop column "replaces_id";`);
  }
}
