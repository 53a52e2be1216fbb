import { Field, ObjectType } from 'type-graphql';

@ObjectType('UserError', { description: 'Why a mutation refused its input: a stable code, a message for people and the path of the field at fault.' })
export class UserErrorType {
  @Field({ description: 'Stable, machine-readable code, e.g. PASSWORD_TOO_SHORT, NOT_FOUND.' })
  code!: string;

  @Field({ description: 'Explanation in French, ready to show.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "password"]; null when the refusal is not about one field.' })
  field!: string[] | null;
}
