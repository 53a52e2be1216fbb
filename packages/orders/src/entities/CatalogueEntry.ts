import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { Offer } from '@portal/offers';
import { OfferFamily } from '../enums.js';

/**
 * An offer as the provider publishes it in the catalogue ("Ma e-boutique"): its family, its place
 * in the list and the universes that may order it (none listed: every universe).
 */
@Entity({ tableName: 'catalogue_entry' })
@Check({ name: 'catalogue_entry_position_range', expression: 'position >= 0 and position <= 1000' })
export class CatalogueEntry {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Offer, { deleteRule: 'cascade', unique: 'catalogue_entry_offer_unique' })
  offer!: Offer;

  @Enum({ items: () => OfferFamily })
  family!: OfferFamily;

  /** Universes (CLIENT, RESELLER, OPERATOR) of the ordering company that may order it; empty: all. */
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  universes: string[] & Opt = [];

  /** Whether the offer is orderable now. */
  @Property({ default: true })
  published: boolean & Opt = true;

  @Property({ type: 'smallint', default: 0 })
  position: number & Opt = 0;

  /** Whether its lines carry phone numbers (new from the pool or ported in). */
  @Property({ default: false })
  carriesNumbers: boolean & Opt = false;
}
