import { Migration } from '@mikro-orm/migrations';

export class Migration20261123170046_billed_through_index extends Migration {

  override name = 'Migration20261123170046_billed_through_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "invoice_line_contracted_offer_id";`);
    this.addSql(`create index "invoice_line_oc_kind_period" on "invoice_line" ("contracted_offer_id", "kind", "period_end");`);
  }

  override down(): void | Promise<void> {

    this.addSql(`drop index "invoice_line_oc_kind_period";`);
    this.addSql(`create index "invoice_line_contracted_offer_id" on "invoice_line" ("contracted_offer_id");`);
  }
}
