import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { ApiToken } from './ApiToken.js';

/**
 * What one API token did on one day (Paris): requests answered, those answered with an error, the
 * query cost spent, and the rate limit left after its latest request. Counted by the gateway after
 * each answer, one row per token and day.
 */
@Entity({ tableName: 'api_token_usage' })
export class ApiTokenUsage {
  @ManyToOne(() => ApiToken, { primary: true, deleteRule: 'cascade' })
  apiToken!: ApiToken;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer', default: 0 })
  requests: number & Opt = 0;

  @Property({ type: 'integer', default: 0 })
  errors: number & Opt = 0;

  @Property({ type: 'bigint', default: 0 })
  costSpent: string & Opt = '0';

  /** The rate limit left after the latest request, and when it was made (the window is one minute). */
  @Property({ type: 'integer', nullable: true })
  rateLimitRemaining?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastRequestAt?: Date | null;
}
