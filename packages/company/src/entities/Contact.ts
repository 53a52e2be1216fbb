import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Company } from './Company.js';

/** A person to reach at a company (billing, technical, commercial contact). */
@Entity({ tableName: 'contact' })
@Check({ name: 'contact_email_format', expression: "email is null or email ~ '^[^@\\s]+@[^@\\s]+$'" })
export class Contact {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Company, { deleteRule: 'cascade' })
  company!: Company;

  @Property({ length: 100 })
  firstName!: string;

  @Property({ length: 100 })
  lastName!: string;

  /** What the contact is for: Facturation, Technique, Commercial… */
  @Property({ length: 60, nullable: true })
  function?: string | null;

  @Property({ length: 254, nullable: true })
  email?: string | null;

  @Property({ length: 30, nullable: true })
  phone?: string | null;
}
