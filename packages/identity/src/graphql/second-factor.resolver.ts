import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { DomainError, Member, Permission, SessionOnly, WithinParent, fromGlobalId, type PortalContext } from '@portal/kernel';
import { confirmTotpEnrolment, finishPasskeyRegistration, regenerateRecoveryCodes, removePasskey, removeTotp, setSecondFactorRequirement, startPasskeyRegistration, startTotpEnrolment } from '../services/second-factor-enrolment.js';
import { secondFactorRequired, secondFactorsOf } from '../services/second-factors.js';
import { companyIdArg } from './args.js';
import { CompanySecondFactorRequirePayload, PasskeyRegisterStartPayload, PasskeyType, SecondFactorPayload, SecondFactorStatusType, TotpEnrolStartPayload } from './second-factor-types.js';
import { ViewerType } from './types.js';

@InputType({ description: 'The first code of the authenticator app, to confirm its set-up.' })
class TotpEnrolConfirmInput {
  @Field({ description: 'The 6-digit code the app shows.' })
  code!: string;
}

@InputType({ description: 'The browser\'s answer to passkeyRegisterStart, and a name for the key.' })
class PasskeyRegisterFinishInput {
  @Field({ description: 'The WebAuthn attestation of navigator.credentials.create, as JSON.' })
  response!: string;

  @Field({ description: 'A name to recognise the key by ("Ordinateur du bureau"), 1 to 100 characters.' })
  name!: string;
}

@InputType({ description: 'The passkey to remove, confirmed by a code.' })
class PasskeyRemoveInput {
  @Field(() => ID, { description: 'Global id of one of the caller\'s passkeys.' })
  passkeyId!: string;

  @Field({ description: 'A code of the authenticator app or a recovery code (spent), so that a stolen session cannot weaken the account.' })
  code!: string;
}

@InputType({ description: 'A code that confirms a change to the caller\'s second factors.' })
class SecondFactorConfirmInput {
  @Field({ description: 'A code of the authenticator app or a recovery code (spent), so that a stolen session cannot weaken the account.' })
  code!: string;
}

@InputType({ description: 'Whether a company requires a second factor of every user.' })
class CompanySecondFactorRequireInput {
  @Field(() => ID, { description: 'The company, in reach, on which the caller manages users.' })
  companyId!: string;

  @Field({ description: 'True: every user of the company must set up a second factor before anything else is served.' })
  required!: boolean;
}

const actorOf = (ctx: PortalContext) => ({ userId: ctx.viewer!.userId, ipAddress: ctx.client.ipAddress });

async function statusOf(ctx: PortalContext): Promise<SecondFactorStatusType> {
  const viewer = ctx.viewer!;
  const factors = await secondFactorsOf(ctx.em, viewer.userId);
  return Object.assign(new SecondFactorStatusType(), {
    totpEnrolled: factors.totp !== null,
    passkeys: factors.passkeys.map(PasskeyType.from),
    recoveryCodesLeft: factors.recoveryCodesLeft,
    requiredByCompany: await secondFactorRequired(ctx.em, viewer.companyId),
  });
}

/** Runs a change and answers the payload: the new state, or the typed refusal. */
async function change(ctx: PortalContext, run: () => Promise<string[] | null>): Promise<SecondFactorPayload> {
  try {
    const recoveryCodes = await run();
    // Whatever the change, what the gate decides from here on depends on it.
    if (ctx.viewer) ctx.viewer.secondFactorSetupRequired = false;
    return { recoveryCodes, secondFactor: await statusOf(ctx), userErrors: [] };
  } catch (error) {
    if (error instanceof DomainError) return { recoveryCodes: null, secondFactor: null, userErrors: [error.toUserError()] };
    throw error;
  }
}

/**
 * "Double authentification" of the signed-in user: an authenticator app (TOTP), passkeys and
 * recovery codes; and a company administrator's requirement. Only in a browser session.
 */
@Resolver(() => ViewerType)
export class SecondFactorResolver {
  @FieldResolver(() => SecondFactorStatusType, { nullable: true, description: 'The caller\'s second factors; null for an API token.' })
  @WithinParent('the caller themself')
  secondFactor(@Ctx() ctx: PortalContext): Promise<SecondFactorStatusType> | null {
    return ctx.viewer?.sessionId ? statusOf(ctx) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller\'s company requires a second factor they have not set up: until they do, only setting it up is served (SECOND_FACTOR_REQUIRED).' })
  secondFactorSetupRequired(@Ctx() ctx: PortalContext): boolean {
    return ctx.viewer?.secondFactorSetupRequired ?? false;
  }

  @Mutation(() => TotpEnrolStartPayload, { description: '"Application d\'authentification", step 1: a new secret and its QR code. Browser sessions only.' })
  @SessionOnly()
  async totpEnrolStart(@Ctx() ctx: PortalContext): Promise<TotpEnrolStartPayload> {
    try {
      const { secret, uri, qrCode } = await startTotpEnrolment(ctx.em, actorOf(ctx), ctx.now);
      return { secret, otpauthUri: uri, qrCode, userErrors: [] };
    } catch (error) {
      if (error instanceof DomainError) return { secret: null, otpauthUri: null, qrCode: null, userErrors: [error.toUserError()] };
      throw error;
    }
  }

  @Mutation(() => SecondFactorPayload, { description: 'Step 2: the first code confirms the app. The first second factor brings recovery codes, shown once.' })
  @SessionOnly()
  totpEnrolConfirm(@Arg('input', () => TotpEnrolConfirmInput, { description: 'The code.' }) input: TotpEnrolConfirmInput, @Ctx() ctx: PortalContext): Promise<SecondFactorPayload> {
    return change(ctx, async () => (await confirmTotpEnrolment(ctx.em, actorOf(ctx), input.code, ctx.now)).recoveryCodes);
  }

  @Mutation(() => SecondFactorPayload, { description: 'Removes the authenticator app, confirmed by one of its codes or a recovery code (not the last factor when the company requires one).' })
  @SessionOnly()
  totpRemove(@Arg('input', () => SecondFactorConfirmInput, { description: 'The confirming code.' }) input: SecondFactorConfirmInput, @Ctx() ctx: PortalContext): Promise<SecondFactorPayload> {
    return change(ctx, async () => {
      await removeTotp(ctx.em, actorOf(ctx), input.code, ctx.now);
      return null;
    });
  }

  @Mutation(() => SecondFactorPayload, { description: '"Générer de nouveaux codes de secours", confirmed by a code: the earlier ones stop working; the new ones are shown once.' })
  @SessionOnly()
  recoveryCodesRegenerate(@Arg('input', () => SecondFactorConfirmInput, { description: 'The confirming code.' }) input: SecondFactorConfirmInput, @Ctx() ctx: PortalContext): Promise<SecondFactorPayload> {
    return change(ctx, () => regenerateRecoveryCodes(ctx.em, actorOf(ctx), input.code, ctx.now));
  }

  @Mutation(() => PasskeyRegisterStartPayload, { description: '"Ajouter une clé d\'accès", step 1: the WebAuthn creation options.' })
  @SessionOnly()
  async passkeyRegisterStart(@Ctx() ctx: PortalContext): Promise<PasskeyRegisterStartPayload> {
    return { options: await startPasskeyRegistration(ctx.em, actorOf(ctx), ctx.settings, ctx.now), userErrors: [] };
  }

  @Mutation(() => SecondFactorPayload, { description: 'Step 2: the browser\'s attestation registers the passkey. The first second factor brings recovery codes, shown once.' })
  @SessionOnly()
  passkeyRegisterFinish(@Arg('input', () => PasskeyRegisterFinishInput, { description: 'Attestation and name.' }) input: PasskeyRegisterFinishInput, @Ctx() ctx: PortalContext): Promise<SecondFactorPayload> {
    return change(ctx, async () => (await finishPasskeyRegistration(ctx.em, actorOf(ctx), input, ctx.settings, ctx.now)).recoveryCodes);
  }

  @Mutation(() => SecondFactorPayload, { description: 'Removes one of the caller\'s passkeys, confirmed by a code (not the last factor when the company requires one).' })
  @SessionOnly()
  passkeyRemove(@Arg('input', () => PasskeyRemoveInput, { description: 'The passkey.' }) input: PasskeyRemoveInput, @Ctx() ctx: PortalContext): Promise<SecondFactorPayload> {
    return change(ctx, async () => {
      const id = fromGlobalId(input.passkeyId, 'Passkey');
      if (id === null) throw new DomainError('NOT_FOUND', 'Clé d’accès introuvable.', ['input', 'passkeyId']);
      await removePasskey(ctx.em, actorOf(ctx), id, input.code, ctx.now);
      return null;
    });
  }

  @Mutation(() => CompanySecondFactorRequirePayload, { description: '"Exiger la double authentification" for every user of a company in reach (users:manage). Audited.' })
  @Member(Permission.USERS_MANAGE)
  async companySecondFactorRequire(@Arg('input', () => CompanySecondFactorRequireInput, { description: 'Company and choice.' }) input: CompanySecondFactorRequireInput, @Ctx() ctx: PortalContext): Promise<CompanySecondFactorRequirePayload> {
    try {
      const companyId = companyIdArg(input.companyId, ['input', 'companyId']);
      await ctx.access!.require(companyId, Permission.USERS_MANAGE, 'Société', ['input', 'companyId']);
      return { required: await setSecondFactorRequirement(ctx.em, actorOf(ctx), companyId, input.required, ctx.now), userErrors: [] };
    } catch (error) {
      if (error instanceof DomainError) return { required: null, userErrors: [error.toUserError()] };
      throw error;
    }
  }
}
