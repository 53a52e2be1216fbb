import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt } from '@mikro-orm/core';
import { ServiceKind, ServiceState } from '../enums.js';
import { ContractedOffer } from './ContractedOffer.js';

/**
 * A service delivered under an OC: a phone number (with its RIO porting code), an access line or
 * a trunk. An active phone number belongs to one OC only.
 */
@Entity({ tableName: 'oc_service' })
@Check({ name: 'oc_service_rio_format', expression: "porting_code is null or porting_code ~ '^[0-9A-Z]{2}[A-Z0-9][0-9A-Z+]{9}$'" })
@Check({ name: 'oc_service_rio_only_numbers', expression: "porting_code is null or kind = 'PHONE_NUMBER'" })
@Check({ name: 'oc_service_ended_has_date', expression: "state = 'ACTIVE' or ended_on is not null" })
@Index({
  name: 'oc_service_active_identifier_unique',
  expression: 'create unique index "oc_service_active_identifier_unique" on "oc_service" ("kind", "identifier") where state = \'ACTIVE\'',
})
@Index({ name: 'oc_service_identifier', properties: ['identifier'] })
export class OcService {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => ContractedOffer, { deleteRule: 'cascade', index: 'oc_service_contracted_offer_id' })
  contractedOffer!: ContractedOffer;

  @Enum({ items: () => ServiceKind })
  kind!: ServiceKind;

  /** The number (+33442000000), the line id or the trunk name. */
  @Property({ length: 40 })
  identifier!: string;

  /** RIO: relevé d'identité opérateur, 12 characters, needed to port the number out. */
  @Property({ length: 12, nullable: true })
  portingCode?: string | null;

  @Enum({ items: () => ServiceState, default: ServiceState.ACTIVE })
  state: ServiceState & Opt = ServiceState.ACTIVE;

  /** Last day of the service (porting date or termination). */
  @Property({ type: 'date', nullable: true })
  endedOn?: string | null;
}
