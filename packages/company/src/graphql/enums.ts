import { registerEnumType } from 'type-graphql';
import { CompanyState, FinancialStatus, GuaranteeType, LegalForm, PaymentMethod, SiteState, Universe } from '../enums.js';

registerEnumType(LegalForm, {
  name: 'LegalForm',
  description: 'Statut juridique of a company.',
  valuesConfig: {
    EI: { description: 'Entreprise individuelle.' },
    EURL: { description: 'Entreprise unipersonnelle à responsabilité limitée.' },
    SARL: { description: 'Société à responsabilité limitée.' },
    SAS: { description: 'Société par actions simplifiée.' },
    SASU: { description: 'Société par actions simplifiée unipersonnelle.' },
    SA: { description: 'Société anonyme.' },
    SNC: { description: 'Société en nom collectif.' },
    ASSOCIATION: { description: 'Association.' },
    COLLECTIVITE: { description: 'Collectivité publique.' },
    AUTRES: { description: 'Autres.' },
  },
});

registerEnumType(CompanyState, {
  name: 'CompanyState',
  description: 'État of a company.',
  valuesConfig: {
    ACTIVE: { description: 'Activé(e).' },
    SUSPENDED: { description: 'Suspendu(e).' },
    CLOSED: { description: 'Clôturé(e).' },
  },
});

registerEnumType(FinancialStatus, {
  name: 'FinancialStatus',
  description: 'Situation financière, set by the provider.',
  valuesConfig: {
    HEALTHY: { description: 'Saine.' },
    WATCH: { description: 'Sous surveillance.' },
    DEFAULT: { description: 'En défaut de paiement.' },
  },
});

registerEnumType(GuaranteeType, {
  name: 'GuaranteeType',
  description: 'Type de garantie, set by the provider.',
  valuesConfig: {
    NONE: { description: 'Aucune.' },
    DEPOSIT: { description: 'Dépôt de garantie.' },
    BANK_GUARANTEE: { description: 'Garantie bancaire.' },
  },
});

registerEnumType(Universe, {
  name: 'Universe',
  description: 'A role a company holds: client, reseller (manages clients) or operator (manages resellers).',
  valuesConfig: {
    CLIENT: { description: 'Univers client.' },
    RESELLER: { description: 'Univers revendeur.' },
    OPERATOR: { description: 'Univers opérateur.' },
  },
});

registerEnumType(SiteState, {
  name: 'SiteState',
  description: 'Whether a site is in use.',
  valuesConfig: { ACTIVE: { description: 'In use.' }, CLOSED: { description: 'Closed; kept for history.' } },
});

registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How a site pays its invoices.',
  valuesConfig: {
    SEPA_DIRECT_DEBIT: { description: 'Prélèvement SEPA, with a mandate reference.' },
    TRANSFER: { description: 'Virement.' },
  },
});
