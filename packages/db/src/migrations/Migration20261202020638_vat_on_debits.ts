import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020638_vat_on_debits extends Migration {

  override name = 'Migration20261202020638_vat_on_debits';

  override up(): void | Promise<void> {
    this.addSql(`alter table "company" add "vat_on_debits" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "company" drop column "vat_on_debits";`);
  }
}
