import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Company } from '@portal/company';
import { Role } from '../enums.js';
import { User } from './User.js';

/**
 * A role a user holds on a company. The role reaches that company and every company below it in
 * the management tree (see the company domain's closure table).
 */
@Entity({ tableName: 'role_assignment' })
@Unique({ name: 'role_assignment_unique', properties: ['user', 'company', 'role'] })
export class RoleAssignment {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => Company, { deleteRule: 'cascade', index: 'role_assignment_company_id' })
  company!: Company;

  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  grantedBy?: User | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  grantedAt: Date & Opt = new Date();
}
