import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Node, PageInfo, Permission, UserErrorType, WithinParent, toGlobalId } from '@portal/kernel';
import { CompanyType, Universe } from '@portal/company';
import { type ApiToken } from '../entities/ApiToken.js';
import { type AuditEvent } from '../entities/AuditEvent.js';
import { type TermsOfUse } from '../entities/TermsOfUse.js';
import { type User } from '../entities/User.js';
import { Role, UserState } from '../enums.js';
import { ApiScope } from '../rules/access.js';
import './enums.js';

@ObjectType('User', { implements: Node, description: 'A person who logs in to the portal.' })
export class UserType extends Node {
  @Field({ description: 'Identifiant, E- followed by 10 digits.' })
  login!: string;

  @Field({ description: 'Prénom.' })
  firstName!: string;

  @Field({ description: 'Nom.' })
  lastName!: string;

  @Field({ description: 'E-mail address; links and notices go there.' })
  email!: string;

  @Field(() => UserState, { description: 'Whether the user can log in.' })
  state!: UserState;

  @Field(() => [Role], { description: 'Roles the user holds on their company.' })
  roles!: Role[];

  @Field(() => Date, { nullable: true, description: 'Last successful login.' })
  lastLoginAt!: Date | null;

  @Field({ description: 'When the user was created.' })
  createdAt!: Date;

  @Field(() => CompanyType, { description: 'The company the user belongs to.' })
  @WithinParent('a user in reach belongs to a company in reach')
  company!: CompanyType;

  static from(user: User, roles: Role[]): UserType {
    return Object.assign(new UserType(), {
      id: toGlobalId('User', user.id),
      login: user.login,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      state: user.state,
      roles: [...roles].sort(),
      lastLoginAt: user.lastLoginAt ?? null,
      createdAt: user.createdAt,
      company: CompanyType.from(user.company),
    });
  }
}

@ObjectType('Viewer', { description: 'The caller of the request and what they may do.' })
export class ViewerType {
  @Field(() => UserType, { description: 'The signed-in user (for an API token: its creator).' })
  @WithinParent('the caller themself')
  user!: UserType;

  @Field({ description: 'Whether the newest terms of use are accepted; until then only the terms and log-out are served.' })
  termsAccepted!: boolean;

  @Field({ description: 'SESSION for a browser session, API_TOKEN for a Bearer token.' })
  authenticatedBy!: string;

  @Field(() => [Permission], { description: 'Permissions on the caller\'s own company.' })
  permissions!: Permission[];

  @Field(() => [Universe], { description: 'Universes the caller\'s company holds, to choose from.' })
  universes!: Universe[];

  @Field(() => Universe, { description: 'The universe in force for this session ("Choisissez votre univers"); CLIENT until another is chosen.' })
  actingUniverse!: Universe;
}

@ObjectType('TermsOfUse', { description: "A version of the conditions d'utilisation." })
export class TermsOfUseType {
  @Field({ description: 'Version label, to send back when accepting.' })
  version!: string;

  @Field({ description: 'Date from which this version applies (YYYY-MM-DD).' })
  effectiveOn!: string;

  @Field({ description: 'Full text.' })
  text!: string;

  @Field({ description: 'Whether the caller has accepted this version.' })
  accepted!: boolean;

  static from(terms: TermsOfUse, accepted: boolean): TermsOfUseType {
    return Object.assign(new TermsOfUseType(), { version: terms.version, effectiveOn: terms.effectiveOn, text: terms.text, accepted });
  }
}

@ObjectType('ApiToken', { implements: Node, description: 'A token for third-party access; its secret is shown only once, at creation.' })
export class ApiTokenType extends Node {
  @Field({ description: 'Name given by its creator.' })
  name!: string;

  @Field({ description: 'First characters of the secret, to recognise it.' })
  prefix!: string;

  @Field(() => [ApiScope], { description: 'What the token may do of its creator\'s rights.' })
  scopes!: ApiScope[];

  @Field({ description: 'Creation time.' })
  createdAt!: Date;

  @Field({ description: 'End of validity.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked, if it was.' })
  revokedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Last use (to the minute).' })
  lastUsedAt!: Date | null;

  @Field({ description: 'Login of the user it acts as.' })
  createdByLogin!: string;

  static from(token: ApiToken): ApiTokenType {
    return Object.assign(new ApiTokenType(), {
      id: toGlobalId('ApiToken', token.id),
      name: token.name,
      prefix: token.prefix,
      scopes: token.scopes as ApiScope[],
      createdAt: token.createdAt,
      expiresAt: token.expiresAt,
      revokedAt: token.revokedAt ?? null,
      lastUsedAt: token.lastUsedAt ?? null,
      createdByLogin: token.createdBy.login,
    });
  }
}

@ObjectType('AuditEvent', { implements: Node, description: 'Who did what, when and from where.' })
export class AuditEventType extends Node {
  @Field({ description: 'When it happened.' })
  occurredAt!: Date;

  @Field({ description: 'What happened: LOGIN_SUCCEEDED, LOGIN_FAILED, PASSWORD_SET, TERMS_ACCEPTED, USER_CREATED, RIGHTS_CHANGED, API_TOKEN_CREATED…' })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Login of the user who acted, if known.' })
  actorLogin!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of object acted on.' })
  targetType!: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of the object acted on.' })
  targetId!: string | null;

  @Field(() => String, { nullable: true, description: 'Address the request came from.' })
  ipAddress!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Details of the event.' })
  details!: Record<string, unknown> | null;

  static from(event: AuditEvent): AuditEventType {
    return Object.assign(new AuditEventType(), {
      id: toGlobalId('AuditEvent', event.id),
      occurredAt: event.occurredAt,
      action: event.action,
      actorLogin: event.actor?.login ?? null,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      ipAddress: event.ipAddress ?? null,
      details: event.details ?? null,
    });
  }
}

@ObjectType('UserEdge', { description: 'A user in a list.' })
export class UserEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => UserType, { description: 'The user.' })
  @WithinParent('the list was filtered by reach')
  node!: UserType;
}

@ObjectType('UserConnection', { description: 'A page of users.' })
export class UserConnection {
  @Field(() => [UserEdge], { description: 'The users of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: UserEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  @WithinParent('pagination only')
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of users in the whole filtered list.' })
  totalCount!: number;
}

@ObjectType('AuditEventEdge', { description: 'An audit event in a list.' })
export class AuditEventEdge {
  @Field({ description: 'Cursor of this item.' })
  cursor!: string;

  @Field(() => AuditEventType, { description: 'The event.' })
  @WithinParent('the list was filtered by reach')
  node!: AuditEventType;
}

@ObjectType('AuditEventConnection', { description: 'A page of the audit log, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge], { description: 'The events of the page.' })
  @WithinParent('the list was filtered by reach')
  edges!: AuditEventEdge[];

  @Field(() => PageInfo, { description: 'Where the page stands.' })
  @WithinParent('pagination only')
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Number of events in the whole log of the company.' })
  totalCount!: number;
}

export { UserErrorType };
