import { Migration } from '@mikro-orm/migrations';

export class Migration20261123162434_acting_universe extends Migration {

  override name = 'Migration20261123162434_acting_universe';

  override up(): void | Promise<void> {
    this.addSql(`alter table "user_session" add "acting_universe" text null;`);
    this.addSql(`alter table "user_session" add constraint "user_session_acting_universe_check" check ("acting_universe" in ('CLIENT', 'RESELLER', 'OPERATOR'));`);
  }

  override down(): void | Promise<void> {

    this.addSql(`alter table "user_session" drop constraint "user_session_acting_universe_check";`);
    this.addSql(`alter table "user_session" drop column "acting_universe";`);
  }
}
