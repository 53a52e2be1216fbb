import { LockMode, type EntityManager } from '@mikro-orm/core';
import { User, audit } from '@portal/identity';
import { DomainError, Permission, type Access } from '@portal/kernel';
import { ContractedOffer } from '../entities/ContractedOffer.js';
import { OcService } from '../entities/OcService.js';
import { Termination } from '../entities/Termination.js';
import { ContractedOfferState, ServiceKind, ServiceState, TerminationState } from '../enums.js';
import { DESIRED_DATE_MAX_YEARS_AHEAD, desiredDateProblem, equipmentReturn } from '../rules/termination.js';
import { terminationSettlement } from './settlement-port.js';
import { recordTerminationOrder, termsOf } from './termination.js';

/**
 * A number leaves for another operator (portabilité sortante): the new operator's request carries
 * the number and its RIO. The number ends on the porting date; when it was the OC's last number,
 * the OC is terminated on that date too (no notice: porting ends the contract), with the usual
 * early-termination fee and closing invoice when the termination takes effect.
 */
export async function portOutNumber(
  em: EntityManager,
  access: Access,
  input: { identifier: string; portingCode: string; portedOn: string },
  today: string,
  now: Date,
): Promise<{ service: OcService; termination: Termination | null }> {
  const notFound = new DomainError('NOT_FOUND', 'Numéro introuvable.', ['input', 'identifier']);
  const problem = desiredDateProblem(input.portedOn, today);
  if (problem === 'DATE_INVALID') throw new DomainError('DATE_INVALID', 'Date attendue : AAAA-MM-JJ.', ['input', 'portedOn']);
  if (problem === 'DESIRED_DATE_TOO_FAR') throw new DomainError('PORTING_DATE_TOO_FAR', `La date de portabilité est dans les ${DESIRED_DATE_MAX_YEARS_AHEAD} ans.`, ['input', 'portedOn']);
  if (problem) throw new DomainError('PORTING_DATE_IN_PAST', "La date de portabilité est passée : elle est aujourd'hui ou une date à venir.", ['input', 'portedOn']);
  const found = await em.findOne(OcService, { kind: ServiceKind.PHONE_NUMBER, identifier: input.identifier.trim(), state: ServiceState.ACTIVE }, { populate: ['contractedOffer'] });
  if (!found) throw notFound;
  const billingAccount = found.contractedOffer.billingAccount.id;
  if (!(await access.can(billingAccount, Permission.OFFERS_READ))) throw notFound;
  await access.require(billingAccount, Permission.OFFERS_TERMINATE, 'Numéro', ['input', 'identifier']);
  if (found.portingCode !== input.portingCode.trim().toUpperCase()) {
    throw new DomainError('RIO_MISMATCH', 'Le RIO ne correspond pas à ce numéro.', ['input', 'portingCode']);
  }
  return em.transactional(async (tx) => {
    const oc = await tx.findOneOrFail(ContractedOffer, { id: found.contractedOffer.id }, { populate: ['offer'], lockMode: LockMode.PESSIMISTIC_WRITE });
    const service = await tx.findOneOrFail(OcService, { id: found.id, state: ServiceState.ACTIVE });
    service.state = ServiceState.PORTED_OUT;
    service.endedOn = input.portedOn;
    const othersLeft = await tx.count(OcService, { contractedOffer: oc.id, kind: ServiceKind.PHONE_NUMBER, state: ServiceState.ACTIVE, id: { $ne: service.id } });
    let termination: Termination | null = null;
    const live = await tx.findOne(Termination, { contractedOffer: oc.id, state: { $in: [TerminationState.REQUESTED, TerminationState.EFFECTIVE] } });
    if (othersLeft === 0 && !live && oc.state === ContractedOfferState.DELIVERED) {
      const terms = termsOf(oc);
      const equipment = equipmentReturn(terms, input.portedOn, oc.reference);
      termination = tx.create(Termination, {
        contractedOffer: oc, desiredOn: input.portedOn, effectiveOn: input.portedOn,
        earlyTerminationFeeCents: terminationSettlement().earlyTerminationFee(terms, input.portedOn),
        comments: `Portabilité sortante du ${input.identifier} (dernier numéro de l'offre)`,
        requestedBy: tx.getReference(User, access.viewer.userId), requestedAt: now,
        equipmentReturnReference: equipment?.reference ?? null, equipmentReturnDeadline: equipment?.deadline ?? null,
      });
      oc.state = ContractedOfferState.TERMINATION_REQUESTED;
      await recordTerminationOrder(tx, oc, termination, access.viewer.userId, today);
    }
    audit(tx, {
      action: 'NUMBER_PORTED_OUT', actorId: access.viewer.userId, companyId: billingAccount, targetType: 'Service', targetId: input.identifier,
      details: { contractedOffer: oc.reference, portedOn: input.portedOn, terminatesOffer: !!termination }, at: now,
    });
    await tx.flush();
    return { service, termination: termination ?? live };
  });
}
