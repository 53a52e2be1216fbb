/**
 * A refusal the caller can act on: a stable code, a message in plain words and, for input, the
 * path of the field at fault (["input", "password"]). Mutations return these in `userErrors`;
 * guards throw them as GraphQL errors whose `extensions.code` is the code.
 */
export interface UserError {
  code: string;
  message: string;
  field: string[] | null;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string[] | null = null,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toUserError(): UserError {
    return { code: this.code, message: this.message, field: this.field };
  }
}

export const userError = (code: string, message: string, field: string[] | null = null): UserError => ({ code, message, field });
