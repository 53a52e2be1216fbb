import { Migration } from '@mikro-orm/migrations';

export class Migration20261202004656_e_invoicing_fields extends Migration {

  override name = 'Migration20261202004656_e_invoicing_fields';

  override up(): void | Promise<void> {
    this.addSql(`alter table "company" add "share_capital_cents" bigint null, add "registry_city" varchar(80) null, add "electronic_address" varchar(125) null;`);
    this.addSql(`alter table "company" add constraint "company_share_capital_nonnegative" check (share_capital_cents is null or share_capital_cents >= 0);`);

    this.addSql(`alter table "offer" add "vat_category" text not null default 'S';`);
    this.addSql(`update "offer" set "vat_category" = 'Z' where vat_rate_basis_points = 0;`);
    this.addSql(`alter table "offer" add constraint "offer_vat_category_rate" check ((vat_category = 'S') = (vat_rate_basis_points > 0));`);
    this.addSql(`alter table "offer" add constraint "offer_vat_category_check" check ("vat_category" in ('S', 'Z', 'E', 'AE'));`);

    this.addSql(`alter table "invoice_line" add "vat_category" text not null default 'S';`);
    this.addSql(`update "invoice_line" set "vat_category" = 'Z' where vat_rate_basis_points = 0;`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_vat_category_rate" check ((vat_category = 'S') = (vat_rate_basis_points > 0));`);
    this.addSql(`alter table "invoice_line" add constraint "invoice_line_vat_category_check" check ("vat_category" in ('S', 'Z', 'E', 'AE'));`);

    this.addSql(`alter table "credit_note_line" add "vat_category" text not null default 'S';`);
    this.addSql(`update "credit_note_line" set "vat_category" = 'Z' where vat_rate_basis_points = 0;`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_vat_category_rate" check ((vat_category = 'S') = (vat_rate_basis_points > 0));`);
    this.addSql(`alter table "credit_note_line" add constraint "credit_note_line_vat_category_check" check ("vat_category" in ('S', 'Z', 'E', 'AE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "company" drop constraint "company_share_capital_nonnegative";`);
    this.addSql(`alter table "company" drop column "share_capital_cents", drop column "registry_city", drop column "electronic_address";`);

    this.addSql(`alter table "credit_note_line" drop constraint "credit_note_line_vat_category_rate";`);
    this.addSql(`alter table "credit_note_line" drop constraint "credit_note_line_vat_category_check";`);
    this.addSql(`alter table "credit_note_line" drop column "vat_category";`);

    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_vat_category_rate";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_vat_category_check";`);
    this.addSql(`alter table "invoice_line" drop column "vat_category";`);

    this.addSql(`alter table "offer" drop constraint "offer_vat_category_rate";`);
    this.addSql(`alter table "offer" drop constraint "offer_vat_category_check";`);
    this.addSql(`alter table "offer" drop column "vat_category";`);
  }
}
