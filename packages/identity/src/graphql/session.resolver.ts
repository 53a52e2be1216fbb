import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError, Public, SessionOnly, SignedIn, UserErrorType, WithinParent, todayInParis, type PortalContext } from '@portal/kernel';
import { Universe, universesOf } from '@portal/company';
import { Session } from '../entities/Session.js';
import { User } from '../entities/User.js';
import { AccessControl } from '../services/access-control.js';
import { AuditAction, audit } from '../services/audit.js';
import { logIn, type SignedIn as SignedInResult } from '../services/authentication.js';
import { completeSecondFactor } from '../services/second-factor-login.js';
import { revokeSession, revokeSessions } from '../services/sessions.js';
import { loadViewer } from '../services/viewer.js';
import { ViewerType } from './types.js';
import { viewerType } from './viewer-type.js';
import { SecondFactorMethod } from './second-factor-types.js';

@InputType({ description: 'Identifiant and password.' })
class LogInInput {
  @Field({ description: 'Identifiant, E- followed by 10 digits.' })
  login!: string;

  @Field({ description: 'Password.' })
  password!: string;
}

@ObjectType('SecondFactorStep', { description: 'The second step of a login ("Double authentification"): the password was right, a second factor is awaited.' })
class SecondFactorStep {
  @Field({ description: 'Send back to logInSecondFactor with one proof; valid 5 minutes, 5 attempts.' })
  token!: string;

  @Field(() => [SecondFactorMethod], { description: 'The second factors this user can use.' })
  methods!: SecondFactorMethod[];

  @Field(() => String, { nullable: true, description: 'WebAuthn request options (JSON) for navigator.credentials.get, when the user has passkeys.' })
  passkeyOptions!: string | null;
}

@ObjectType({ description: 'Result of logIn: the session cookie is set when it succeeds; a user with a second factor, on a browser the portal does not know, gets secondFactor instead.' })
class LogInPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The signed-in caller; check termsAccepted.' })
  @WithinParent('the caller themself')
  viewer!: ViewerType | null;

  @Field(() => SecondFactorStep, { nullable: true, description: 'Set when the login needs a second factor: no session yet.' })
  @WithinParent('the caller themself')
  secondFactor!: SecondFactorStep | null;

  @Field(() => [UserErrorType], { description: 'Why the login was refused: INVALID_CREDENTIALS (same for an unknown login and a wrong password) or LOGIN_THROTTLED.' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'The second step of a login: its token and exactly one proof.' })
class LogInSecondFactorInput {
  @Field({ description: 'SecondFactorStep.token from logIn.' })
  token!: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit code of the authenticator app.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the recovery codes ("code de secours"); each works once.' })
  recoveryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'The WebAuthn assertion of navigator.credentials.get, as JSON.' })
  passkeyResponse?: string | null;
}

@ObjectType({ description: 'Result of logInSecondFactor: the session cookie is set when it succeeds.' })
class LogInSecondFactorPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The signed-in caller; check termsAccepted.' })
  @WithinParent('the caller themself')
  viewer!: ViewerType | null;

  @Field(() => [UserErrorType], { description: 'SECOND_FACTOR_INVALID (wrong or reused code), SECOND_FACTOR_CHALLENGE_INVALID (expired step, too many attempts: log in again), SECOND_FACTOR_PROOF_REQUIRED, LOGIN_THROTTLED.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of logOut.' })
class LogOutPayload {
  @Field({ description: 'Whether a session was ended.' })
  loggedOut!: boolean;

  @Field(() => [UserErrorType], { description: 'Always empty.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of sessionsRevokeOthers.' })
class SessionsRevokeOthersPayload {
  @Field(() => Int, { description: 'How many other sessions were ended.' })
  revokedCount!: number;

  @Field(() => [UserErrorType], { description: 'Always empty.' })
  userErrors!: UserErrorType[];
}

@InputType({ description: 'The universe to act in.' })
class UniverseChooseInput {
  @Field(() => Universe, { description: 'One of the universes the caller\'s company holds.' })
  universe!: Universe;
}

@ObjectType({ description: 'Result of universeChoose.' })
class UniverseChoosePayload {
  @Field(() => ViewerType, { nullable: true, description: 'The caller, with the universe now in force.' })
  @WithinParent('the caller themself')
  viewer!: ViewerType | null;

  @Field(() => [UserErrorType], { description: 'UNIVERSE_NOT_HELD when the company does not hold it (an API token is refused: FORBIDDEN).' })
  userErrors!: UserErrorType[];
}

/**
 * Sets the cookies of a completed sign-in, and serves the rest of the answer to the user just
 * signed in through the same rules and gates as their next requests: before accepting the terms
 * (or setting up a required second factor), only what the gates open.
 */
async function signedIn(ctx: PortalContext, result: SignedInResult): Promise<ViewerType> {
  ctx.sessionCookie.set(result.token, (result.expiresAt.getTime() - ctx.now.getTime()) / 1000);
  ctx.deviceCookie.set(result.device.token, result.device.maxAgeSeconds);
  // The universe the user last chose is in force again (openSession put it on the session).
  const viewer = await loadViewer(ctx.em, result.user, todayInParis(ctx.now), { sessionId: result.sessionId, actingUniverse: result.user.lastUniverse ?? null });
  ctx.viewer = viewer;
  ctx.access = new AccessControl(ctx.em, viewer);
  return viewerType(ctx.em, viewer, ctx.access);
}

@Resolver()
export class SessionResolver {
  @Mutation(() => UniverseChoosePayload, { description: '"Choisissez votre univers": client, reseller or operator, for this session.' })
  @SessionOnly()
  async universeChoose(@Arg('input', () => UniverseChooseInput, { description: 'The universe.' }) input: UniverseChooseInput, @Ctx() ctx: PortalContext): Promise<UniverseChoosePayload> {
    const viewer = ctx.viewer!;
    const held = (await universesOf(ctx.em, [viewer.companyId])).get(viewer.companyId) ?? [];
    if (!held.includes(input.universe)) {
      return { viewer: null, userErrors: [{ code: 'UNIVERSE_NOT_HELD', message: "Votre société n'a pas cet univers.", field: ['input', 'universe'] }] };
    }
    await ctx.em.nativeUpdate(Session, { id: viewer.sessionId }, { actingUniverse: input.universe });
    // Remembered for the user's next logins, on any browser.
    await ctx.em.nativeUpdate(User, { id: viewer.userId }, { lastUniverse: input.universe });
    viewer.actingUniverse = input.universe;
    return { viewer: await viewerType(ctx.em, viewer, ctx.access!), userErrors: [] };
  }

  @Query(() => ViewerType, { nullable: true, description: 'The caller, or null when not signed in.' })
  @Public()
  async viewer(@Ctx() ctx: PortalContext): Promise<ViewerType | null> {
    if (!ctx.viewer || !ctx.access) return null;
    return viewerType(ctx.em, ctx.viewer, ctx.access);
  }

  @Mutation(() => LogInPayload, { description: 'Logs in with identifiant and password; sets the HttpOnly session cookie.' })
  @Public()
  async logIn(@Arg('input', () => LogInInput, { description: 'Identifiant and password.' }) input: LogInInput, @Ctx() ctx: PortalContext): Promise<LogInPayload> {
    try {
      const result = await logIn(ctx.em, input, ctx.client, ctx.settings, ctx.now, ctx.deviceCookie.value);
      if (result.kind === 'SECOND_FACTOR') {
        return { viewer: null, secondFactor: { token: result.challengeToken, methods: result.methods as SecondFactorMethod[], passkeyOptions: result.passkeyOptions }, userErrors: [] };
      }
      return { viewer: await signedIn(ctx, result), secondFactor: null, userErrors: [] };
    } catch (error) {
      if (error instanceof DomainError) return { viewer: null, secondFactor: null, userErrors: [error.toUserError()] };
      throw error;
    }
  }

  @Mutation(() => LogInSecondFactorPayload, { description: 'The second step of a login: a TOTP code, a recovery code or a passkey; sets the session cookie and remembers the browser.' })
  @Public()
  async logInSecondFactor(@Arg('input', () => LogInSecondFactorInput, { description: 'The step\'s token and one proof.' }) input: LogInSecondFactorInput, @Ctx() ctx: PortalContext): Promise<LogInSecondFactorPayload> {
    try {
      const result = await completeSecondFactor(ctx.em, input, ctx.client, ctx.settings, ctx.now, ctx.deviceCookie.value);
      return { viewer: await signedIn(ctx, result), userErrors: [] };
    } catch (error) {
      if (error instanceof DomainError) return { viewer: null, userErrors: [error.toUserError()] };
      throw error;
    }
  }

  @Mutation(() => LogOutPayload, { description: 'Ends the current session and clears its cookie.' })
  @SignedIn()
  async logOut(@Ctx() ctx: PortalContext): Promise<LogOutPayload> {
    const viewer = ctx.viewer!;
    ctx.sessionCookie.clear();
    if (!viewer.sessionId) return { loggedOut: false, userErrors: [] };
    const ended = await revokeSession(ctx.em, viewer.sessionId, ctx.now);
    audit(ctx.em, { action: AuditAction.LOGOUT, actorId: viewer.userId, companyId: viewer.companyId, ipAddress: ctx.client.ipAddress, at: ctx.now });
    await ctx.em.flush();
    return { loggedOut: ended > 0, userErrors: [] };
  }

  @Mutation(() => SessionsRevokeOthersPayload, { description: 'Logs out every other session of the caller ("déconnecter mes autres sessions"). Browser sessions only: an API token is refused (FORBIDDEN).' })
  @SessionOnly()
  async sessionsRevokeOthers(@Ctx() ctx: PortalContext): Promise<SessionsRevokeOthersPayload> {
    const viewer = ctx.viewer!;
    const revokedCount = await revokeSessions(ctx.em, viewer.userId, ctx.now, viewer.sessionId);
    audit(ctx.em, { action: AuditAction.SESSIONS_REVOKED, actorId: viewer.userId, companyId: viewer.companyId, ipAddress: ctx.client.ipAddress, details: { revokedCount }, at: ctx.now });
    await ctx.em.flush();
    return { revokedCount, userErrors: [] };
  }
}
