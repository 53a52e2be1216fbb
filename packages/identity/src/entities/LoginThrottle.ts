import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Failure counter of one throttling key: `login:E-0000000024` or `address:203.0.113.7`. Kept in
 * PostgreSQL so that every gateway instance sees the same counters; rows exist for logins that do
 * not exist too, so a lock reveals nothing.
 */
@Entity({ tableName: 'login_throttle' })
@Check({ name: 'login_throttle_failures_nonnegative', expression: 'failures >= 0' })
export class LoginThrottle {
  @PrimaryKey({ length: 100 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  failures!: number;

  @Property({ type: 'timestamptz', nullable: true })
  lastFailureAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil?: Date | null;
}
