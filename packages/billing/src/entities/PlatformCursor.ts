import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Where the portal stands in a platform's stream of statuses (one row per platform). */
@Entity({ tableName: 'platform_cursor' })
export class PlatformCursor {
  @PrimaryKey({ length: 40 })
  platform!: string;

  @Property({ type: 'text', nullable: true })
  cursor?: string | null;
}
