import { Migration } from '@mikro-orm/migrations';

/**
 * SQL functions the schema's CHECK constraints and generated columns use. They come before the
 * tables so that the database itself refuses an invalid SIREN or IBAN, whoever writes the row.
 * Each mirrors a rule of the company package (rules/siren.ts, rules/iban.ts) and is tested
 * against it.
 */
export class Migration20261123000000_sql_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists pg_trgm;');

    this.addSql(`
create or replace function portal_is_valid_siren(s text) returns boolean
language sql immutable strict parallel safe as $$
  select case when s !~ '^[0-9]{9}$' then false else (
    select sum(case when (9 - p) % 2 = 1
                    then (2 * substr(s, p, 1)::int) / 10 + (2 * substr(s, p, 1)::int) % 10
                    else substr(s, p, 1)::int end) % 10 = 0
    from generate_series(1, 9) as p)
  end
$$;`);

    this.addSql(`
create or replace function portal_is_valid_iban(iban text) returns boolean
language plpgsql immutable strict parallel safe as $$
declare
  rearranged text;
  remainder int := 0;
  ch text;
  digits text;
begin
  if iban !~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' then
    return false;
  end if;
  rearranged := substr(iban, 5) || substr(iban, 1, 4);
  for k in 1..length(rearranged) loop
    ch := substr(rearranged, k, 1);
    digits := case when ch between 'A' and 'Z' then (ascii(ch) - 55)::text else ch end;
    for j in 1..length(digits) loop
      remainder := (remainder * 10 + substr(digits, j, 1)::int) % 97;
    end loop;
  end loop;
  return remainder = 1;
end
$$;`);

    // Accent- and case-folding for "contains" searches. translate() before lower() so that it does
    // not depend on the database's locale (lower() only folds ASCII under the C locale).
    this.addSql(`
create or replace function portal_fold(t text) returns text
language sql immutable strict parallel safe as $$
  select lower(translate(
    replace(replace(replace(replace(t, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'),
    'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ''’',
    'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy  '))
$$;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists portal_fold(text);');
    this.addSql('drop function if exists portal_is_valid_iban(text);');
    this.addSql('drop function if exists portal_is_valid_siren(text);');
  }
}
