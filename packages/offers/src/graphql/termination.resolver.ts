import { type EntityManager } from '@mikro-orm/core';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { User } from '@portal/identity';
import { DomainError, Member, Permission, UserErrorType, WithinParent, fromGlobalId, todayInParis, withUserErrors, type PortalContext } from '@portal/kernel';
import { ContractedOffer } from '../entities/ContractedOffer.js';
import { type Termination } from '../entities/Termination.js';
import { terminationRequestedMail, terminationsRequestedMail, type TerminationSummary } from '../mail/termination-mail.js';
import { terminationCost } from '../services/termination-cost-port.js';
import { portOutNumber } from '../services/porting.js';
import { requestTermination, requestTerminations, withdrawTermination } from '../services/termination.js';
import { TerminationType } from './oc-types.js';
import { ContractedOfferType, ServiceType, servicesForCaller } from './types.js';
import { OcService } from '../entities/OcService.js';

@InputType({ description: '"Résilier l\'offre contractée": the desired date, comments and an idempotency key.' })
class ContractedOfferTerminateInput {
  @Field(() => ID, { description: 'The OC.' })
  contractedOfferId!: string;

  @Field({ description: 'Date de résiliation souhaitée (YYYY-MM-DD), today or later in Paris; the notice period is added.' })
  desiredOn!: string;

  @Field(() => String, { nullable: true, description: 'Commentaires (1000 characters at most).' })
  comments?: string | null;

  @Field(() => String, { nullable: true, description: 'Any key of yours: the same key from the same user returns the same termination.' })
  idempotencyKey?: string | null;
}

@InputType({ description: 'The OC whose pending termination is withdrawn.' })
class ContractedOfferTerminationWithdrawInput {
  @Field(() => ID, { description: 'The OC.' })
  contractedOfferId!: string;
}

@InputType({ description: 'Several OCs terminated with one desired date.' })
class ContractedOffersTerminateInput {
  @Field(() => [ID], { description: 'The OCs (1 to 500).' })
  contractedOfferIds!: string[];

  @Field({ description: 'Date de résiliation souhaitée (YYYY-MM-DD), today or later.' })
  desiredOn!: string;

  @Field(() => String, { nullable: true, description: 'Commentaires for every OC.' })
  comments?: string | null;
}

@ObjectType({ description: 'Result of a termination request or withdrawal.' })
class ContractedOfferTerminationPayload {
  @Field(() => ContractedOfferType, { nullable: true, description: 'The OC, with its new state.' })
  @WithinParent('an OC the caller may terminate')
  contractedOffer!: ContractedOfferType | null;

  @Field(() => TerminationType, { nullable: true, description: 'The termination (the existing one when the OC was already being terminated).' })
  @WithinParent('the termination of that OC')
  termination!: TerminationType | null;

  @Field(() => [UserErrorType], { description: 'NOT_FOUND, FORBIDDEN, DESIRED_DATE_IN_PAST, OC_ALREADY_TERMINATED, COMMENTS_TOO_LONG… with the field at fault.' })
  userErrors!: UserErrorType[];
}

@ObjectType({ description: 'Result of a bulk termination: all requested, or none and why.' })
class ContractedOffersTerminatePayload {
  @Field(() => [TerminationType], { description: 'The terminations, one per OC, when all were accepted.' })
  @WithinParent('terminations of OCs the caller may terminate')
  terminations!: TerminationType[];

  @Field(() => [UserErrorType], { description: 'Per refused OC, why; its field is ["input", "contractedOfferIds", index].' })
  userErrors!: UserErrorType[];
}

@InputType({ description: "A number leaving for another operator: the number, its RIO and the porting date." })
class NumberPortOutInput {
  @Field({ description: 'The phone number, as listed in the services (+33442270001).' })
  identifier!: string;

  @Field({ description: "RIO (relevé d'identité opérateur) of the number, given by the customer to the new operator." })
  portingCode!: string;

  @Field({ description: 'Porting date (YYYY-MM-DD), today or later: the last day of the number here.' })
  portedOn!: string;
}

@ObjectType({ description: 'Result of numberPortOut.' })
class NumberPortOutPayload {
  @Field(() => ServiceType, { nullable: true, description: 'The number, now PORTED_OUT with its end date.' })
  @WithinParent('a number of an OC the caller may terminate')
  service!: ServiceType | null;

  @Field(() => TerminationType, { nullable: true, description: "The OC's termination when this was its last number." })
  @WithinParent('the termination of that OC')
  termination!: TerminationType | null;

  @Field(() => [UserErrorType], { description: 'NOT_FOUND, RIO_MISMATCH, PORTING_DATE_IN_PAST… with the field at fault.' })
  userErrors!: UserErrorType[];
}

const ocIdOf = (value: string, field: string[]) => {
  const id = fromGlobalId(value, 'ContractedOffer');
  if (id === null) throw new DomainError('NOT_FOUND', 'Offre contractée introuvable.', field);
  return id;
};

async function ocType(ctx: PortalContext, ocId: number): Promise<ContractedOfferType> {
  return ContractedOfferType.from(await ctx.em.fork().findOneOrFail(ContractedOffer, { id: ocId }, { populate: ['endCustomer', 'billingAccount', 'site', 'salesAdmin', 'order', 'offer'] }));
}

/** One recorded termination as its mail tells it: the OC, its end customer and the cost still to come. */
async function summaryOf(ctx: PortalContext, em: EntityManager, termination: Termination): Promise<TerminationSummary> {
  const oc = await em.findOneOrFail(ContractedOffer, { id: termination.contractedOffer.id }, { populate: ['offer', 'endCustomer'] });
  const cost = await terminationCost(em, oc, termination, todayInParis(ctx.now)).catch((err: unknown) => {
    ctx.log.error({ err }, `the cost of the termination of ${oc.reference} could not be computed for its mail`);
    return null;
  });
  return {
    ocReference: oc.reference, ocName: oc.name, endCustomerName: oc.endCustomer.legalName, desiredOn: termination.desiredOn, effectiveOn: termination.effectiveOn,
    noticePeriodMonths: oc.offer.noticePeriodMonths, earlyTerminationFeeCents: termination.earlyTerminationFeeCents,
    equipmentReturnReference: termination.equipmentReturnReference ?? null, equipmentReturnDeadline: termination.equipmentReturnDeadline ?? null,
    comments: termination.comments ?? null, cost,
  };
}

/** Mails the requester the summary of the terminations just recorded (one mail, one or many OCs). */
function mailSummary(ctx: PortalContext, terminations: Termination[]) {
  if (terminations.length === 0) return;
  const userId = ctx.viewer!.userId;
  ctx.background(async (em) => {
    const user = await em.findOneOrFail(User, { id: userId });
    const summaries: TerminationSummary[] = [];
    for (const termination of terminations) summaries.push(await summaryOf(ctx, em, termination));
    await ctx.mailer.send(summaries.length === 1 ? terminationRequestedMail(user.email, summaries[0]!) : terminationsRequestedMail(user.email, summaries));
  });
}

@Resolver()
export class TerminationResolver {
  @Mutation(() => NumberPortOutPayload, { description: 'Records a number ported out to another operator (portabilité sortante); the OC ends when its last number leaves.' })
  @Member(Permission.OFFERS_TERMINATE)
  numberPortOut(@Arg('input', () => NumberPortOutInput, { description: 'The number, its RIO and the date.' }) input: NumberPortOutInput, @Ctx() ctx: PortalContext): Promise<NumberPortOutPayload> {
    return withUserErrors<NumberPortOutPayload>(async () => {
      const { service, termination } = await portOutNumber(ctx.em, ctx.access!, input, todayInParis(ctx.now), ctx.now);
      const loaded = await ctx.em.fork().findOneOrFail(OcService, { id: service.id }, { populate: ['contractedOffer', 'contractedOffer.site', 'contractedOffer.salesAdmin', 'contractedOffer.order'] });
      const [shown] = await servicesForCaller(ctx, [loaded]);
      return { service: shown!, termination: termination ? TerminationType.from(termination) : null, userErrors: [] };
    }, { service: null, termination: null });
  }

  @Mutation(() => ContractedOfferTerminationPayload, { description: 'Requests the termination of an OC ("Résilier l\'offre contractée" → "Continuer"). Terminating twice is one termination.' })
  @Member(Permission.OFFERS_TERMINATE)
  contractedOfferTerminate(@Arg('input', () => ContractedOfferTerminateInput, { description: 'The request.' }) input: ContractedOfferTerminateInput, @Ctx() ctx: PortalContext): Promise<ContractedOfferTerminationPayload> {
    return withUserErrors<ContractedOfferTerminationPayload>(async () => {
      const ocId = ocIdOf(input.contractedOfferId, ['input', 'contractedOfferId']);
      const { termination, created } = await requestTermination(ctx.em, ctx.access!, {
        ocId, desiredOn: input.desiredOn, comments: input.comments ?? null, idempotencyKey: input.idempotencyKey ?? null,
      }, todayInParis(ctx.now), ctx.now);
      const oc = await ocType(ctx, ocId);
      if (created) mailSummary(ctx, [termination]);
      return { contractedOffer: oc, termination: TerminationType.from(termination), userErrors: [] };
    }, { contractedOffer: null, termination: null });
  }

  @Mutation(() => ContractedOfferTerminationPayload, { description: 'Withdraws a pending termination, until the day before its effective date.' })
  @Member(Permission.OFFERS_TERMINATE)
  contractedOfferTerminationWithdraw(@Arg('input', () => ContractedOfferTerminationWithdrawInput, { description: 'The OC.' }) input: ContractedOfferTerminationWithdrawInput, @Ctx() ctx: PortalContext): Promise<ContractedOfferTerminationPayload> {
    return withUserErrors<ContractedOfferTerminationPayload>(async () => {
      const ocId = ocIdOf(input.contractedOfferId, ['input', 'contractedOfferId']);
      const termination = await withdrawTermination(ctx.em, ctx.access!, ocId, todayInParis(ctx.now), ctx.now);
      return { contractedOffer: await ocType(ctx, ocId), termination: TerminationType.from(termination), userErrors: [] };
    }, { contractedOffer: null, termination: null });
  }

  @Mutation(() => ContractedOffersTerminatePayload, { description: 'Terminates several OCs with one desired date: all are requested, or none and the answer lists why, per OC.' })
  @Member(Permission.OFFERS_TERMINATE)
  contractedOffersTerminate(@Arg('input', () => ContractedOffersTerminateInput, { description: 'The OCs and the date.' }) input: ContractedOffersTerminateInput, @Ctx() ctx: PortalContext): Promise<ContractedOffersTerminatePayload> {
    return withUserErrors<ContractedOffersTerminatePayload>(async () => {
      const ids = input.contractedOfferIds.map((v, i) => ocIdOf(v, ['input', 'contractedOfferIds', String(i)]));
      const result = await requestTerminations(ctx.em, ctx.access!, { ocIds: ids, desiredOn: input.desiredOn, comments: input.comments ?? null }, todayInParis(ctx.now), ctx.now);
      if (result.refusals.length > 0) return { terminations: [], userErrors: result.refusals.map((r) => r.error) };
      mailSummary(ctx, result.created);
      return { terminations: result.terminations.map(TerminationType.from), userErrors: [] };
    }, { terminations: [] });
  }
}
