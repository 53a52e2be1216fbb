import { describe, expect, it } from 'vitest';
import { translator } from './i18n.js';
import { messages } from './messages.js';

describe('shell texts', () => {
  it('has every text in French and in English, with the same placeholders', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.fr).sort());
    for (const key of Object.keys(messages.fr) as (keyof typeof messages.fr)[]) {
      expect(messages.en[key].match(/\{\w+\}/g) ?? [], key).toEqual(messages.fr[key].match(/\{\w+\}/g) ?? []);
    }
  });

  it('fills the placeholders', () => {
    expect(translator('fr')('loading', { area: 'Offres' })).toBe('Chargement de Offres…');
    expect(translator('en')('user.menu', { name: 'Anne' })).toBe('Menu of Anne');
  });
});
