import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Offer } from '@portal/offers';

/** An option of a catalogue offer (secours 4G, IP fixe, numéros supplémentaires…), priced monthly. */
@Entity({ tableName: 'catalogue_option' })
@Unique({ name: 'catalogue_option_offer_code_unique', properties: ['offer', 'code'] })
@Check({ name: 'catalogue_option_price_nonnegative', expression: 'monthly_price_cents >= 0' })
export class CatalogueOption {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Offer, { deleteRule: 'cascade', index: 'catalogue_option_offer_id' })
  offer!: Offer;

  @Property({ length: 40 })
  code!: string;

  @Property({ length: 200 })
  name!: string;

  /** Monthly price excluding VAT, in euro cents, added to the offer's. */
  @Property({ type: 'integer' })
  monthlyPriceCents!: number;
}
