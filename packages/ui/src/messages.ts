import { createTranslator, portalLocale, type Locale, type Translator } from './i18n.js';

/** The few words the components say themselves. */
export const uiMessages = {
  fr: {
    loading: 'Chargement…',
    close: 'Fermer',
    empty: 'Aucun résultat',
    selectAll: 'Tout sélectionner',
    selectRow: 'Sélectionner',
    sortAscending: 'tri croissant',
    sortDescending: 'tri décroissant',
    notSorted: 'non trié',
    previous: 'Précédent',
    next: 'Suivant',
    pagination: 'Pagination',
    shownOfTotal: '{shown} affiché(s) sur {total}',
    charactersLeft: '{count} caractère(s) restant(s)',
    charactersOver: '{count} caractère(s) en trop',
    required: 'obligatoire',
    notProvided: 'Non renseigné',
    dateFormat: 'jj/mm/aaaa',
    dateInvalid: "Cette date n'existe pas ou n'est pas au format jj/mm/aaaa (par exemple 15/12/2026).",
  },
  en: {
    loading: 'Loading…',
    close: 'Close',
    empty: 'No results',
    selectAll: 'Select all',
    selectRow: 'Select',
    sortAscending: 'sorted ascending',
    sortDescending: 'sorted descending',
    notSorted: 'not sorted',
    previous: 'Previous',
    next: 'Next',
    pagination: 'Pagination',
    shownOfTotal: '{shown} of {total} shown',
    charactersLeft: '{count} character(s) left',
    charactersOver: '{count} character(s) too many',
    required: 'required',
    notProvided: 'Not provided',
    dateFormat: 'dd/mm/yyyy',
    dateInvalid: 'This date does not exist or is not written dd/mm/yyyy (for example 15/12/2026).',
  },
};

export type UiMessageKey = keyof typeof uiMessages.fr;

const translators = new Map<Locale, Translator<UiMessageKey>>();

/** The components' translator for a locale given as a prop, else the user's (portalLocale()). */
export function uiText(locale?: Locale): Translator<UiMessageKey> {
  const chosen = locale ?? portalLocale();
  let t = translators.get(chosen);
  if (!t) {
    t = createTranslator<UiMessageKey>(uiMessages, chosen);
    translators.set(chosen, t);
  }
  return t;
}

/** Integers grouped as the locale writes them (1 234 / 1,234). */
export function formatCount(value: number, locale?: Locale): string {
  return new Intl.NumberFormat((locale ?? portalLocale()) === 'en' ? 'en-GB' : 'fr-FR').format(value);
}
