import { messages, type MessageKey } from './messages.js';

export type Locale = keyof typeof messages;

/**
 * The portal speaks French unless English was chosen: with the language switch (kept in
 * localStorage, shared with the micro-frontends) or with `?lang=en` in a link, which is remembered.
 */
export function currentLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'fr' || asked === 'en') chooseLocale(asked);
  let stored: string | null = null;
  try {
    stored = localStorage.getItem('portalLocale');
  } catch {
    // storage disabled: French, or the language asked in the link
  }
  return (asked ?? stored) === 'en' ? 'en' : 'fr';
}

export function chooseLocale(locale: Locale): void {
  try {
    localStorage.setItem('portalLocale', locale);
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
}

/** `t('loading', { area: 'Offres' })`: the text of the key in the locale, `{name}` replaced. */
export function translator(locale: Locale) {
  return (key: MessageKey, params: Record<string, string> = {}): string =>
    messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export type Translate = ReturnType<typeof translator>;
