import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000003_login_throttle extends Migration {

  override name = 'Migration20261123000003_login_throttle';

  override up(): void | Promise<void> {
    this.addSql(`create table "login_throttle" ("key" varchar(100) not null, "failures" int not null default 0, "last_failure_at" timestamptz null, "locked_until" timestamptz null, primary key ("key"));`);

    this.addSql(`alter table "login_throttle" add constraint "login_throttle_failures_nonnegative" check (failures >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "login_throttle" cascade;`);
  }
}
