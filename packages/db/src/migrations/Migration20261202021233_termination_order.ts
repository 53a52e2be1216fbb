import { Migration } from '@mikro-orm/migrations';

export class Migration20261202021233_termination_order extends Migration {

  override name = 'Migration20261202021233_termination_order';

  override up(): void | Promise<void> {
    this.addSql(`alter table "termination" add "order_id" int null, add "previous_order_id" int null;`);
    this.addSql(`alter table "termination" add constraint "termination_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on delete set null;`);
    this.addSql(`alter table "termination" add constraint "termination_previous_order_id_foreign" foreign key ("previous_order_id") references "customer_order" ("id") on delete set null;`);
    this.addSql(`create index "termination_order_id" on "termination" ("order_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "termination" drop constraint "termination_order_id_foreign";`);
    this.addSql(`alter table "termination" drop constraint "termination_previous_order_id_foreign";`);

    this.addSql(`drop index "termination_order_id";`);
    this.addSql(`alter table "termination" drop column "order_id", drop column "previous_order_id";`);
  }
}
