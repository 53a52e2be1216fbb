import { CompanyState, LegalForm } from '../enums.js';

/** The French labels of the portal's screens, for exports and documents. */
export const LEGAL_FORM_LABELS: Record<LegalForm, string> = {
  EI: 'EI - Entreprise individuelle',
  EURL: 'EURL - Entreprise unipersonnelle à responsabilité limitée',
  SARL: 'SARL - Société à responsabilité limitée',
  SAS: 'SAS - Société par actions simplifiée',
  SASU: 'SASU - Société par actions simplifiée unipersonnelle',
  SA: 'SA - Société anonyme',
  SNC: 'SNC - Société en nom collectif',
  ASSOCIATION: 'Association',
  COLLECTIVITE: 'Collectivité',
  AUTRES: 'Autres',
};

export const COMPANY_STATE_LABELS: Record<CompanyState, string> = {
  ACTIVE: 'Activé(e)',
  SUSPENDED: 'Suspendu(e)',
  CLOSED: 'Clôturé(e)',
};
