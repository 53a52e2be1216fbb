import { createContext, useContext } from 'react';
import { refusalText as sharedRefusalText } from '@portal/graphql-client';
import { messages, type MessageKey } from './messages.js';

const messagesEn: Record<string, string> = messages.en;

export interface OffersEnv {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  locale: 'fr' | 'en';
  /** Goes to another page of the portal (single-spa navigation). */
  navigate(url: string): void;
  /** Changes when the data must be read again (viewer changed: login, universe switch). */
  reloadKey: number;
}

export const OffersContext = createContext<OffersEnv | null>(null);

export function useOffersEnv(): OffersEnv {
  const env = useContext(OffersContext);
  if (!env) throw new Error('OffersContext missing');
  return env;
}

export interface Refusal {
  code: string;
  message: string;
  field?: readonly string[] | null;
}

/**
 * The text of a refusal from the gateway: its own message in French, the English text of its code
 * in English (else its message).
 */
export function refusalText(env: Pick<OffersEnv, 't' | 'locale'>, refusal: Refusal): string {
  return sharedRefusalText(refusal, env.locale, (key) => (key in messagesEn ? env.t(key as MessageKey) : undefined));
}

/** Whether the refusal is about this input field (its path ends with `name`, or holds it at `index`). */
export function isAbout(refusal: Refusal, name: string, index = 1): boolean {
  return refusal.field?.[index] === name;
}
