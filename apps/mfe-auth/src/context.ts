import { createContext, useContext } from 'react';
import { refusalText as sharedRefusalText } from '@portal/graphql-client';
import { messages, type MessageKey } from './messages.js';

const messagesEn: Record<string, string> = messages.en;

export interface AuthEnv {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  locale: 'fr' | 'en';
  /** Goes to another page of the portal (single-spa navigation). */
  navigate(url: string): void;
  /** Where to go once signed in: the `next` parameter if it stays in the portal, else /entreprise. */
  next(): string;
}

export const AuthContext = createContext<AuthEnv | null>(null);

export function useAuthEnv(): AuthEnv {
  const env = useContext(AuthContext);
  if (!env) throw new Error('AuthContext missing');
  return env;
}

/** A `next` target is followed only when it is a path of this portal (no open redirect). */
export function safeNext(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && /^\/(?!\/)[A-Za-z0-9/_?=&.%-]*$/.test(next) && !next.startsWith('/auth') ? next : '/entreprise';
}

/**
 * The text of a refusal from the gateway: the gateway's own message in French, the English text
 * of its code in English (the rule names of the password policy included), else its message.
 */
export function refusalText(env: AuthEnv, refusal: { code: string; message: string }): string {
  return sharedRefusalText(refusal, env.locale, (key) => (key in messagesEn ? env.t(key as MessageKey) : undefined), (code) => [
    ...(code.startsWith('PASSWORD_') ? [`rule.${code}`] : []), `code.${code}`,
  ]);
}
