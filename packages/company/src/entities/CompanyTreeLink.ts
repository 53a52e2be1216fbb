import { Check, Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Company } from './Company.js';

/**
 * One row of the management-tree closure table: `ancestor` manages `descendant` (directly or
 * through resellers) at `depth` levels, and every company is its own ancestor at depth 0.
 * Written only by the `company_tree_maintain` trigger (see the db package's SQL functions
 * migration) from `company.parent_id`; read-only for the application.
 */
@Entity({ tableName: 'company_tree', readonly: true })
@Check({ name: 'company_tree_depth_nonnegative', expression: 'depth >= 0' })
@Index({ name: 'company_tree_descendant_depth', properties: ['descendant', 'depth'] })
export class CompanyTreeLink {
  @ManyToOne(() => Company, { primary: true, deleteRule: 'cascade' })
  ancestor!: Company;

  @ManyToOne(() => Company, { primary: true, deleteRule: 'cascade' })
  descendant!: Company;

  @Property({ type: 'smallint' })
  depth!: number;
}
