import { userError, type UserError } from '@portal/kernel';
import { EventType } from '../enums.js';

export const URL_MAX_LENGTH = 2048;
export const DESCRIPTION_MAX_LENGTH = 500;

/** The event types an endpoint may subscribe to (the test event is sent on demand, not subscribed). */
export const SUBSCRIBABLE_TYPES: readonly EventType[] = Object.values(EventType).filter((t) => t !== EventType.WEBHOOK_TEST);

/**
 * An endpoint's URL: absolute, https (http only when the development setting allows it), no user
 * name or password in it, at most 2,048 characters. The address it leads to is checked at each
 * connection, not here (a name can resolve elsewhere later).
 */
export function checkEndpointUrl(value: string, allowHttp: boolean, field: string[]): UserError | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return userError('URL_INVALID', 'Saisissez une adresse complète, par exemple https://exemple.fr/webhooks.', field);
  }
  if (value.length > URL_MAX_LENGTH) return userError('URL_INVALID', `L’adresse dépasse ${URL_MAX_LENGTH} caractères.`, field);
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) return userError('URL_NOT_HTTPS', 'L’adresse doit commencer par https://.', field);
  if (url.username || url.password) return userError('URL_INVALID', 'L’adresse ne doit pas contenir d’identifiant ni de mot de passe.', field);
  if (!url.hostname) return userError('URL_INVALID', 'Saisissez une adresse complète, par exemple https://exemple.fr/webhooks.', field);
  return null;
}

export interface EndpointFields {
  url?: string;
  description?: string;
  eventTypes?: readonly string[];
}

/** Every error of an endpoint's fields, each at its field of `input`. */
export function validateEndpointInput(input: EndpointFields, allowHttp: boolean): UserError[] {
  const errors: UserError[] = [];
  if (input.url !== undefined) {
    const error = checkEndpointUrl(input.url, allowHttp, ['input', 'url']);
    if (error) errors.push(error);
  }
  if (input.description !== undefined && input.description.length > DESCRIPTION_MAX_LENGTH) {
    errors.push(userError('DESCRIPTION_TOO_LONG', `La description ne dépasse pas ${DESCRIPTION_MAX_LENGTH} caractères.`, ['input', 'description']));
  }
  if (input.eventTypes !== undefined) {
    if (input.eventTypes.length === 0) errors.push(userError('EVENT_TYPES_REQUIRED', 'Choisissez au moins un événement.', ['input', 'eventTypes']));
    else if (input.eventTypes.some((t) => !SUBSCRIBABLE_TYPES.includes(t as EventType))) errors.push(userError('EVENT_TYPE_UNKNOWN', 'Événement inconnu.', ['input', 'eventTypes']));
  }
  return errors;
}
