import { Check, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { DocumentKind } from '../enums.js';

/**
 * The last number issued for a kind and a year. Numbers are taken by incrementing this row in the
 * same transaction that inserts the document, so a rolled-back document gives its number back and
 * the sequence stays gapless; the row lock orders concurrent runs.
 */
@Entity({ tableName: 'document_sequence' })
@Check({ name: 'document_sequence_nonnegative', expression: 'last_number >= 0' })
export class DocumentSequence {
  @Enum({ items: () => DocumentKind, primary: true })
  kind!: DocumentKind;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer', default: 0 })
  lastNumber!: number;
}
