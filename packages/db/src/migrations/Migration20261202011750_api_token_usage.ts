import { Migration } from '@mikro-orm/migrations';

export class Migration20261202011750_api_token_usage extends Migration {

  override name = 'Migration20261202011750_api_token_usage';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_token_usage" ("api_token_id" int not null, "day" date not null, "requests" int not null default 0, "errors" int not null default 0, "cost_spent" bigint not null default '0', "rate_limit_remaining" int null, "last_request_at" timestamptz null, primary key ("api_token_id", "day"));`);

    this.addSql(`alter table "api_token_usage" add constraint "api_token_usage_api_token_id_foreign" foreign key ("api_token_id") references "api_token" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_token_usage" cascade;`);
  }
}
