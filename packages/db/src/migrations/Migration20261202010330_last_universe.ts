import { Migration } from '@mikro-orm/migrations';

export class Migration20261202010330_last_universe extends Migration {

  override name = 'Migration20261202010330_last_universe';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "last_universe" text null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_last_universe_check" check ("last_universe" in ('CLIENT', 'RESELLER', 'OPERATOR'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_last_universe_check";`);
    this.addSql(`alter table "app_user" drop column "last_universe";`);
  }
}
