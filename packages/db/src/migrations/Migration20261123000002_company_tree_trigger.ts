import { Migration } from '@mikro-orm/migrations';

/**
 * Keeps the management-tree closure table (company_tree) in step with company.parent_id: a new
 * company gets its own row and one row per ancestor of its parent; moving a company moves its
 * whole subtree; a move under one's own descendant is refused. See the Company entity for why a
 * closure table.
 */
export class Migration20261123000002_company_tree_trigger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
create or replace function portal_company_tree_maintain() returns trigger
language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into company_tree (ancestor_id, descendant_id, depth)
      select new.id, new.id, 0
      union all
      select t.ancestor_id, new.id, t.depth + 1 from company_tree t where t.descendant_id = new.parent_id;
    return new;
  end if;
  if new.parent_id is not distinct from old.parent_id then
    return new;
  end if;
  if new.parent_id is not null and exists (
    select 1 from company_tree where ancestor_id = new.id and descendant_id = new.parent_id
  ) then
    raise exception 'company % cannot be placed under its own descendant %', new.id, new.parent_id
      using errcode = 'check_violation', constraint = 'company_tree_no_cycle';
  end if;
  delete from company_tree t
    using company_tree sub, company_tree sup
    where t.descendant_id = sub.descendant_id and t.ancestor_id = sup.ancestor_id
      and sub.ancestor_id = new.id and sup.descendant_id = new.id and sup.ancestor_id <> new.id;
  insert into company_tree (ancestor_id, descendant_id, depth)
    select sup.ancestor_id, sub.descendant_id, sup.depth + sub.depth + 1
    from company_tree sup, company_tree sub
    where sup.descendant_id = new.parent_id and sub.ancestor_id = new.id;
  return new;
end
$$;`);
    this.addSql(`
create trigger company_tree_maintain
  after insert or update of parent_id on company
  for each row execute function portal_company_tree_maintain();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists company_tree_maintain on company;');
    this.addSql('drop function if exists portal_company_tree_maintain();');
  }
}
