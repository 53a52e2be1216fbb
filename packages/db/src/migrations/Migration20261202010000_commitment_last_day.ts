import { Migration } from '@mikro-orm/migrations';

/**
 * `contracted_offer.commitment_ends_on` is the commitment's last day: N months from D end the day
 * before D + N months. Rows written by the earlier rule (the anniversary itself, D + N months as
 * PostgreSQL clamps it, like the application) move back one day; any other date was set by hand and stays.
 */
export class Migration20261202010000_commitment_last_day extends Migration {

  override name = 'Migration20261202010000_commitment_last_day';

  override up(): void | Promise<void> {
    this.addSql(`update "contracted_offer" co set "commitment_ends_on" = co."commitment_ends_on" - 1
      from "offer" o
      where o."id" = co."offer_id" and o."commitment_months" > 0 and co."activated_on" is not null
        and co."commitment_ends_on" = (co."activated_on" + make_interval(months => o."commitment_months"))::date;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "contracted_offer" co set "commitment_ends_on" = co."commitment_ends_on" + 1
      from "offer" o
      where o."id" = co."offer_id" and o."commitment_months" > 0 and co."activated_on" is not null
        and co."commitment_ends_on" = (co."activated_on" + make_interval(months => o."commitment_months"))::date - 1;`);
  }
}
