import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Pilote ADV: the person following orders at the provider ("Charlotte M."). */
@Entity({ tableName: 'sales_admin' })
export class SalesAdmin {
  @PrimaryKey()
  id!: number;

  /** As shown in lists, e.g. "Charlotte M.". */
  @Property({ length: 100, index: 'sales_admin_display_name' })
  displayName!: string;

  @Property({ length: 254, nullable: true })
  email?: string | null;
}
