import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DomainError, Member, Permission, UserErrorType, WithinParent, fromGlobalId, orGraphQLError, pageFrom, withUserErrors, type OutgoingMail, type PortalContext } from '@portal/kernel';
import { User } from '../entities/User.js';
import { Role } from '../enums.js';
import { createUser, deactivateUser, managedUser, resendSetupLink, updateUser } from '../services/users.js';
import { PageArgs, companyIdArg, pageOf } from './args.js';
import { UserConnection, UserType } from './types.js';
import { userTypes } from './viewer-type.js';

@InputType({ description: 'A new user of a company: they receive an e-mail with their login and a password setup link.' })
class UserCreateInput {
  @Field(() => ID, { description: 'The company of the user (yours or one in reach).' })
  companyId!: string;

  @Field({ description: 'Prénom.' })
  firstName!: string;

  @Field({ description: 'Nom.' })
  lastName!: string;

  @Field({ description: 'E-mail address.' })
  email!: string;

  @Field(() => [Role], { description: 'Roles on the company; you can only give rights you hold.' })
  roles!: Role[];
}

@InputType({ description: 'Changes to a user; fields left out stay as they are.' })
class UserUpdateInput {
  @Field(() => ID, { description: 'The user.' })
  userId!: string;

  @Field(() => String, { nullable: true, description: 'Prénom.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Nom.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => [Role], { nullable: true, description: 'The full new set of roles; the last administrator keeps the role.' })
  roles?: Role[] | null;
}

@InputType({ description: 'The user to deactivate.' })
class UserDeactivateInput {
  @Field(() => ID, { description: 'The user.' })
  userId!: string;
}

@InputType({ description: 'The user who gets a new password setup link.' })
class UserSetupLinkResendInput {
  @Field(() => ID, { description: 'The user; one who has not chosen a password yet.' })
  userId!: string;
}

@ObjectType({ description: 'Result of a user mutation.' })
class UserPayload {
  @Field(() => UserType, { nullable: true, description: 'The user as saved; null when refused.' })
  @WithinParent('the user was checked against the reach rule')
  user!: UserType | null;

  @Field(() => [UserErrorType], { description: 'Why the change was refused, with the field at fault.' })
  userErrors!: UserErrorType[];
}

const userIdOf = (value: string) => {
  const id = fromGlobalId(value, 'User');
  if (id === null) throw new DomainError('NOT_FOUND', 'Utilisateur introuvable.', ['input', 'userId']);
  return id;
};

/** The payload of a change that e-mails the user a link: the mail leaves once the answer is sent. */
async function mailedUser(ctx: PortalContext, result: { user: User; mail: OutgoingMail } | { errors: UserErrorType[] }): Promise<UserPayload> {
  if ('errors' in result) return { user: null, userErrors: result.errors };
  const { mail } = result;
  ctx.background(() => ctx.mailer.send(mail));
  await ctx.em.populate(result.user, ['company']);
  return { user: (await userTypes(ctx.em, [result.user]))[0]!, userErrors: [] };
}

@Resolver()
export class UsersResolver {
  @Query(() => UserConnection, { description: "Users of a company in reach (default: the caller's), by login." })
  @Member(Permission.USERS_MANAGE)
  async users(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('companyId', () => ID, { nullable: true, description: "The company; the caller's own when left out." }) companyId: string | null,
    @Ctx() ctx: PortalContext,
  ): Promise<UserConnection> {
    return orGraphQLError(async () => {
      const { first, after } = pageOf(page, ['text']);
      const id = companyId ? companyIdArg(companyId, ['companyId']) : ctx.viewer!.companyId;
      await ctx.access!.require(id, Permission.USERS_MANAGE, 'Société', ['companyId']);
      const where = { company: id, ...(after ? { login: { $gt: String(after[0]) } } : {}) };
      const [rows, totalCount] = await Promise.all([
        ctx.em.find(User, where, { orderBy: { login: 'asc' }, limit: first + 1, populate: ['company'] }),
        ctx.em.count(User, { company: id }),
      ]);
      const nodes = await userTypes(ctx.em, rows.slice(0, first));
      return { ...pageFrom(rows, first, after !== null, (u) => [u.login], (_u, i) => nodes[i]!), totalCount };
    });
  }

  @Query(() => UserType, { nullable: true, description: 'A user of a company in reach; null otherwise.' })
  @Member(Permission.USERS_MANAGE)
  async user(@Arg('id', () => ID, { description: 'Global id of the user.' }) id: string, @Ctx() ctx: PortalContext): Promise<UserType | null> {
    const userId = fromGlobalId(id, 'User');
    if (userId === null) return null;
    try {
      const user = await managedUser(ctx.em, ctx.access!, userId);
      await ctx.em.populate(user, ['company']);
      return (await userTypes(ctx.em, [user]))[0]!;
    } catch (error) {
      if (error instanceof DomainError) return null;
      throw error;
    }
  }

  @Mutation(() => UserPayload, { description: 'Creates a user; they receive their login and a single-use password setup link by e-mail.' })
  @Member(Permission.USERS_MANAGE)
  async userCreate(@Arg('input', () => UserCreateInput, { description: 'The new user.' }) input: UserCreateInput, @Ctx() ctx: PortalContext): Promise<UserPayload> {
    return withUserErrors<UserPayload>(async () => {
      const companyId = companyIdArg(input.companyId, ['input', 'companyId']);
      return mailedUser(ctx, await createUser(ctx.em, ctx.access!, { ...input, companyId }, ctx.settings, ctx.now));
    }, { user: null });
  }

  @Mutation(() => UserPayload, { description: "Edits a user's name, e-mail or roles." })
  @Member(Permission.USERS_MANAGE)
  async userUpdate(@Arg('input', () => UserUpdateInput, { description: 'The changes.' }) input: UserUpdateInput, @Ctx() ctx: PortalContext): Promise<UserPayload> {
    return withUserErrors<UserPayload>(async () => {
      const result = await updateUser(ctx.em, ctx.access!, {
        userId: userIdOf(input.userId),
        ...(input.firstName != null ? { firstName: input.firstName } : {}),
        ...(input.lastName != null ? { lastName: input.lastName } : {}),
        ...(input.email != null ? { email: input.email } : {}),
        ...(input.roles != null ? { roles: input.roles } : {}),
      }, ctx.now);
      if ('errors' in result) return { user: null, userErrors: result.errors };
      await ctx.em.populate(result.user, ['company']);
      return { user: (await userTypes(ctx.em, [result.user]))[0]!, userErrors: [] };
    }, { user: null });
  }

  @Mutation(() => UserPayload, { description: "Renvoyer le lien d'initialisation: e-mails a user who has not chosen a password yet a new setup link (the earlier ones stop working). SETUP_DONE when they already have." })
  @Member(Permission.USERS_MANAGE)
  async userSetupLinkResend(@Arg('input', () => UserSetupLinkResendInput, { description: 'The user.' }) input: UserSetupLinkResendInput, @Ctx() ctx: PortalContext): Promise<UserPayload> {
    return withUserErrors<UserPayload>(async () => {
      return mailedUser(ctx, await resendSetupLink(ctx.em, ctx.access!, userIdOf(input.userId), ctx.settings, ctx.now));
    }, { user: null });
  }

  @Mutation(() => UserPayload, { description: 'Deactivates a user at once: their sessions end and their API tokens stop working.' })
  @Member(Permission.USERS_MANAGE)
  async userDeactivate(@Arg('input', () => UserDeactivateInput, { description: 'The user.' }) input: UserDeactivateInput, @Ctx() ctx: PortalContext): Promise<UserPayload> {
    return withUserErrors<UserPayload>(async () => {
      const result = await deactivateUser(ctx.em, ctx.access!, userIdOf(input.userId), ctx.now);
      if ('errors' in result) return { user: null, userErrors: result.errors };
      await ctx.em.populate(result.user, ['company']);
      return { user: (await userTypes(ctx.em, [result.user]))[0]!, userErrors: [] };
    }, { user: null });
  }
}
