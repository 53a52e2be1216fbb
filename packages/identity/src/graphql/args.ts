import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DomainError, MAX_PAGE_SIZE, cursorInvalid, decodeCursor, fromGlobalId, type CursorKey } from '@portal/kernel';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (pageInfo.endCursor of the previous page).' })
  after!: string | null;
}

/** Checks `first` and decodes `after`; throws typed errors with the argument's name. */
export function pageOf(args: PageArgs, keys: readonly CursorKey[]): { first: number; after: (string | number)[] | null } {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw new DomainError('FIRST_OUT_OF_RANGE', `first va de 1 à ${MAX_PAGE_SIZE}.`, ['first']);
  }
  if (args.after == null) return { first: args.first, after: null };
  const after = decodeCursor(args.after, keys);
  if (!after) throw cursorInvalid();
  return { first: args.first, after };
}

/** The database id of a Company global id, or a typed error on that field. */
export function companyIdArg(value: string, field: string[]): number {
  const id = fromGlobalId(value, 'Company');
  if (id === null) throw new DomainError('NOT_FOUND', 'Société introuvable.', field);
  return id;
}

export { ID };
