// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, missingTranslations, portalLocale, type Messages } from './i18n.js';
import { uiMessages } from './messages.js';

type Key = 'invoiceTitle' | 'greeting' | 'frenchOnly';
const messages = {
  fr: { invoiceTitle: 'Facture {number}', greeting: 'Bonjour {name}, {name} !', frenchOnly: 'Résilier' },
  en: { invoiceTitle: 'Invoice {number}', greeting: 'Hello {firstName}', frenchOnly: '' },
} satisfies Messages<Key>;

describe('createTranslator', () => {
  it('substitutes every occurrence of a parameter, and leaves unknown placeholders visible', () => {
    const t = createTranslator(messages, 'fr');
    expect(t('greeting', { name: 'Anne' })).toBe('Bonjour Anne, Anne !');
    expect(t('invoiceTitle', { number: 42 })).toBe('Facture 42');
    expect(t('invoiceTitle')).toBe('Facture {number}');
    expect(t('invoiceTitle', { other: 'x' })).toBe('Facture {number}');
  });

  it('falls back from English to French for a missing or empty message, then to the key', () => {
    const t = createTranslator(messages, 'en');
    expect(t('invoiceTitle', { number: 7 })).toBe('Invoice 7');
    expect(t('frenchOnly')).toBe('Résilier');
    const partial = { fr: { invoiceTitle: 'Facture' }, en: {} } as unknown as Messages<Key>;
    expect(createTranslator(partial, 'en')('greeting')).toBe('greeting');
  });
});

describe('missingTranslations', () => {
  it('is empty when fr and en agree (the components’ own messages)', () => {
    expect(missingTranslations(uiMessages)).toEqual([]);
  });

  it('names missing or empty keys and differing placeholders', () => {
    expect(missingTranslations(messages)).toEqual(['en.frenchOnly', 'en.greeting: {firstName}']);
    // The same placeholders, repeated or in another order, agree.
    expect(missingTranslations({ fr: { a: '{x} {y} {x}' }, en: { a: '{y} {x}' } })).toEqual([]);
    expect(missingTranslations({ fr: { a: 'A {x}' }, en: { a: 'A', b: 'B' } })).toEqual([
      'en.a: (no placeholder)',
      'fr.b',
    ]);
  });
});

describe('portalLocale', () => {
  afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
  });

  it('speaks French unless English was chosen, whatever the browser’s language', () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    expect(portalLocale()).toBe('fr');
    localStorage.setItem('portalLocale', 'en');
    expect(portalLocale()).toBe('en');
    localStorage.setItem('portalLocale', 'de');
    expect(portalLocale()).toBe('fr');
  });
});
