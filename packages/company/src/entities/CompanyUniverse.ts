import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Universe } from '../enums.js';
import { Company } from './Company.js';

/** A universe held by a company ("Univers client", "Ajouter un univers revendeur"). */
@Entity({ tableName: 'company_universe' })
export class CompanyUniverse {
  @ManyToOne(() => Company, { primary: true, deleteRule: 'cascade' })
  company!: Company;

  @Enum({ items: () => Universe, primary: true })
  universe!: Universe;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  grantedAt: Date & Opt = new Date();
}
