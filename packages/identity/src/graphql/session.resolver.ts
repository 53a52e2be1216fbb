import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError, Member, Permission, Public, SignedIn, UserErrorType, WithinParent, todayInParis, type PortalContext } from '@portal/kernel';
import { Universe, universesOf } from '@portal/company';
import { Session } from '../entities/Session.js';
import { User } from '../entities/User.js';
import { AccessControl } from '../services/access-control.js';
import { AuditAction, audit } from '../services/audit.js';
import { logIn } from '../services/authentication.js';
import { revokeSession, revokeSessions } from '../services/sessions.js';
import { loadViewer } from '../services/viewer.js';
import { ViewerType } from './types.js';
import { viewerType } from './viewer-type.js';

@InputType({ description: 'Identifiant and password.' })
class LogInInput {
  @Field({ description: 'Identifiant, E- followed by 10 digits.' })
  login!: string;

  @Field({ description: 'Password.' })
  password!: string;
}

@ObjectType({ description: 'Result of logIn: the session cookie is set when it succeeds.' })
class LogInPayload {
  @Field(() => ViewerType, { nullable: true, description: 'The signed-in caller; check termsAccepted.' })
  @WithinParent('the caller themself')
  viewer!: ViewerType | null;

  @Field(() => [UserErrorType], { description: 'Why the login was refused: INVALID_CREDENTIALS (same for an unknown login and a wrong password) or LOGIN_THROTTLED.' })
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

  @Field(() => [UserErrorType], { description: 'UNIVERSE_NOT_HELD when the company does not hold it; SESSION_REQUIRED for API tokens.' })
  userErrors!: UserErrorType[];
}

@Resolver()
export class SessionResolver {
  @Mutation(() => UniverseChoosePayload, { description: '"Choisissez votre univers": client, reseller or operator, for this session.' })
  @Member(Permission.COMPANY_READ)
  async universeChoose(@Arg('input', () => UniverseChooseInput, { description: 'The universe.' }) input: UniverseChooseInput, @Ctx() ctx: PortalContext): Promise<UniverseChoosePayload> {
    const viewer = ctx.viewer!;
    if (!viewer.sessionId) return { viewer: null, userErrors: [{ code: 'SESSION_REQUIRED', message: "L'univers se choisit dans une session du portail.", field: null }] };
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
      const { token, expiresAt, user } = await logIn(ctx.em, input, ctx.client, ctx.settings, ctx.now);
      ctx.sessionCookie.set(token, (expiresAt.getTime() - ctx.now.getTime()) / 1000);
      const viewer = await loadViewer(ctx.em, user, todayInParis(ctx.now), { actingUniverse: user.lastUniverse ?? null });
      // The rest of the answer is served to the user just signed in, through the same rules and
      // terms gate as their next requests: before accepting the terms, only what the gate opens.
      ctx.viewer = viewer;
      ctx.access = new AccessControl(ctx.em, viewer);
      return { viewer: await viewerType(ctx.em, viewer, ctx.access), userErrors: [] };
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

  @Mutation(() => SessionsRevokeOthersPayload, { description: 'Logs out every other session of the caller ("déconnecter mes autres sessions").' })
  @SignedIn()
  async sessionsRevokeOthers(@Ctx() ctx: PortalContext): Promise<SessionsRevokeOthersPayload> {
    const viewer = ctx.viewer!;
    const revokedCount = await revokeSessions(ctx.em, viewer.userId, ctx.now, viewer.sessionId);
    audit(ctx.em, { action: AuditAction.SESSIONS_REVOKED, actorId: viewer.userId, companyId: viewer.companyId, ipAddress: ctx.client.ipAddress, details: { revokedCount }, at: ctx.now });
    await ctx.em.flush();
    return { revokedCount, userErrors: [] };
  }
}
