import type { Locale } from './format.js';

export type { Locale };

/** One message file per locale, with the same keys. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>;

export type TranslationParams = Record<string, string | number>;

export type Translator<K extends string> = (key: K, params?: TranslationParams) => string;

function interpolate(template: string, params: TranslationParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * A translate function for one locale: `t('greeting', { name: 'Anne' })` replaces `{name}`.
 * A key missing in the locale falls back to French, then to the key itself (visible, never a crash).
 */
export function createTranslator<K extends string>(messages: Messages<K>, locale: Locale): Translator<K> {
  const primary: Partial<Record<K, string>> = messages[locale] ?? {};
  const fallback: Partial<Record<K, string>> = messages.fr ?? {};
  return (key, params) => interpolate(primary[key] || fallback[key] || key, params);
}

function placeholders(template: string): string {
  return [...new Set(template.match(/\{\w+\}/g) ?? [])].sort().join(' ');
}

/**
 * For tests: the problems between the fr and en message files, [] when they agree.
 * Each entry names the locale and key: `en.invoiceTitle` (missing or empty in en),
 * `en.greeting: {name}` (the placeholders differ from fr's: en has these).
 */
export function missingTranslations(messages: { fr: Record<string, string>; en: Record<string, string> }): string[] {
  const problems: string[] = [];
  const keys = new Set([...Object.keys(messages.fr), ...Object.keys(messages.en)]);
  for (const key of keys) {
    const fr = messages.fr[key];
    const en = messages.en[key];
    if (!fr) problems.push(`fr.${key}`);
    if (!en) problems.push(`en.${key}`);
    if (fr && en && placeholders(fr) !== placeholders(en)) problems.push(`en.${key}: ${placeholders(en) || '(no placeholder)'}`);
  }
  return problems.sort();
}

function asLocale(value: string | null | undefined): Locale | null {
  const language = value?.trim().toLowerCase().slice(0, 2);
  return language === 'fr' || language === 'en' ? language : null;
}

/**
 * The user's locale: `localStorage.portalLocale` ('fr' or 'en', set by the shell's language
 * switch or a `?lang=` link), else French — the portal speaks French first.
 */
export function portalLocale(): Locale {
  try {
    return asLocale(globalThis.localStorage?.getItem('portalLocale')) ?? 'fr';
  } catch {
    return 'fr'; // storage can be disabled (privacy settings)
  }
}
