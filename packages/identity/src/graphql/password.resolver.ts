import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Public, UserErrorType, type PortalContext } from '@portal/kernel';
import { sendPasswordReset, setPasswordFromLink } from '../services/password-links.js';

@InputType({ description: 'The token of the e-mailed link and the new password, typed twice.' })
class PasswordSetInput {
  @Field({ description: 'The token from the link (its `token` parameter).' })
  token!: string;

  @Field({ description: 'At least 8 characters, one upper-case letter, one digit, one special character; not the login, not a common password.' })
  password!: string;

  @Field({ description: 'The same password again.' })
  passwordConfirmation!: string;
}

@ObjectType({ description: 'Result of passwordSet.' })
class PasswordSetPayload {
  @Field(() => String, { nullable: true, description: 'The login the password was set for, to log in with.' })
  login!: string | null;

  @Field(() => [UserErrorType], { description: 'PASSWORD_LINK_INVALID, PASSWORD_LINK_EXPIRED, or each password rule broken (PASSWORD_TOO_SHORT…, PASSWORD_MISMATCH).' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'The login of the account whose password was forgotten.' })
class PasswordResetRequestInput {
  @Field({ description: 'Identifiant, E- followed by 10 digits.' })
  login!: string;
}

@ObjectType({ description: 'Result of passwordResetRequest: the same whether the login exists or not.' })
class PasswordResetRequestPayload {
  @Field({ description: 'Always true: if the login exists, a link is on its way to its e-mail address.' })
  accepted!: boolean;

  @Field(() => [UserErrorType], { description: 'Always empty.' })
  userErrors!: UserErrorType[];
}

@Resolver()
export class PasswordResolver {
  @Mutation(() => PasswordSetPayload, { description: 'Sets the password from an e-mailed link ("Initialisation du mot de passe" or "Mot de passe oublié"). The link works once.' })
  @Public()
  async passwordSet(@Arg('input', () => PasswordSetInput, { description: 'Token and password.' }) input: PasswordSetInput, @Ctx() ctx: PortalContext): Promise<PasswordSetPayload> {
    const result = await setPasswordFromLink(ctx.em, input, ctx.client, ctx.now);
    return { login: result.user?.login ?? null, userErrors: result.errors };
  }

  @Mutation(() => PasswordResetRequestPayload, { description: '"Mot de passe oublié": e-mails a reset link when the login exists. Answers the same way, in about the same time, in every case. A few links an hour per login and per address; an earlier link stays valid until one is used or it expires.' })
  @Public()
  passwordResetRequest(
    @Arg('input', () => PasswordResetRequestInput, { description: 'The login.' }) input: PasswordResetRequestInput,
    @Ctx() ctx: PortalContext,
  ): PasswordResetRequestPayload {
    const login = input.login;
    const now = ctx.now;
    const client = { ipAddress: ctx.client.ipAddress };
    // The lookup, the link and the e-mail happen after the answer, so that neither the answer nor
    // its timing tells whether the login exists.
    ctx.background((em) => sendPasswordReset(em, ctx.mailer, login, ctx.settings, now, client));
    return { accepted: true, userErrors: [] };
  }
}
