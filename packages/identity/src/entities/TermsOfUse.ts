import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { User } from './User.js';

/** A version of the "Conditions d'utilisation"; the newest effective one must be accepted. */
@Entity({ tableName: 'terms_of_use' })
export class TermsOfUse {
  @PrimaryKey()
  id!: number;

  /** Version label, e.g. "2017-02-15". */
  @Property({ length: 40, unique: 'terms_of_use_version_unique' })
  version!: string;

  /** "Version applicable au 15 Février 2017". */
  @Property({ type: 'date' })
  @Index({ name: 'terms_of_use_effective_on' })
  effectiveOn!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  publishedAt: Date & Opt = new Date();
}

/** A user's acceptance of one version of the terms. */
@Entity({ tableName: 'terms_acceptance' })
@Unique({ name: 'terms_acceptance_unique', properties: ['user', 'terms'] })
export class TermsAcceptance {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @ManyToOne(() => TermsOfUse, { deleteRule: 'restrict' })
  terms!: TermsOfUse;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  acceptedAt: Date & Opt = new Date();

  @Property({ length: 45, nullable: true })
  ipAddress?: string | null;
}
