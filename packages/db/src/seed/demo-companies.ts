import { CompanyState, FinancialStatus, GuaranteeType, LegalForm, PaymentMethod, Universe, ibanFromBban, sirenWithCheckDigit } from '@portal/company';

/**
 * The demo companies reproduce the source documents: the customer OIP-00000024 of "Ma société",
 * the reseller's customers 44660 and 44284 of the customer search, under a reseller under an
 * operator; a second reseller and its customer show that reach stops at the tree's branches.
 * Ids are fixed so that references (OIP- + id) and the "Identifiant" column match the sources.
 */
export interface DemoSite {
  name: string;
  isHeadOffice: boolean;
  addressLine1: string;
  postalCode: string;
  city: string;
  paymentMethod?: PaymentMethod;
  iban?: string;
  bic?: string;
  sepaMandateReference?: string;
}

export interface DemoCompany {
  id: number;
  legalName: string;
  siren: string | null;
  legalForm: LegalForm;
  createdAt: string;
  parentId: number | null;
  universes: Universe[];
  state?: CompanyState;
  financialStatus?: FinancialStatus;
  guaranteeType?: GuaranteeType;
  website?: string;
  /** Capital social in cents and RCS registry (greffe): what the invoices of the seller print. */
  shareCapitalCents?: number;
  registryCity?: string;
  /** E-invoicing address (scheme 0225); by default the SIREN, none without a SIREN. */
  electronicAddress?: string | null;
  sites: DemoSite[];
}

export const OPERATOR_ID = 1;
export const RESELLER_ID = 10;
export const OTHER_RESELLER_ID = 30;
export const OTHER_CUSTOMER_ID = 31;
export const CUSTOMER_24_ID = 24;
export const CUSTOMER_44284_ID = 44284;
export const CUSTOMER_44660_ID = 44660;

const sepa = (bban: string, mandate: string) => ({
  paymentMethod: PaymentMethod.SEPA_DIRECT_DEBIT,
  iban: ibanFromBban('FR', bban),
  bic: 'BNPAFRPPXXX',
  sepaMandateReference: mandate,
});

export const demoCompanies: DemoCompany[] = [
  {
    id: OPERATOR_ID,
    legalName: 'Opérateur Démo Télécom',
    siren: '552100554',
    legalForm: LegalForm.SAS,
    createdAt: '2015-06-01T08:00:00Z',
    parentId: null,
    universes: [Universe.OPERATOR, Universe.RESELLER, Universe.CLIENT],
    website: 'https://operateur.example',
    shareCapitalCents: 150_000_000,
    registryCity: 'Nanterre',
    sites: [{ name: 'Siège Social', isHeadOffice: true, addressLine1: '37-39 rue de Neuilly', postalCode: '92110', city: 'Clichy', paymentMethod: PaymentMethod.TRANSFER }],
  },
  {
    id: RESELLER_ID,
    legalName: 'Revendeur présentation',
    siren: '732829320',
    legalForm: LegalForm.SARL,
    createdAt: '2016-03-14T09:30:00Z',
    parentId: OPERATOR_ID,
    universes: [Universe.RESELLER, Universe.CLIENT],
    sites: [{ name: 'Siège Social', isHeadOffice: true, addressLine1: '12 avenue de la République', postalCode: '75011', city: 'Paris', ...sepa('30004000031234567890143', 'RUM-REV-0001') }],
  },
  {
    id: CUSTOMER_24_ID,
    legalName: 'Client 1 du revendeur présentation',
    // The source shows 895556554, whose Luhn check digit is wrong (the database refuses it);
    // the demo keeps its first eight digits with the check digit that validates: 895556553.
    siren: sirenWithCheckDigit('89555655'),
    legalForm: LegalForm.EI,
    // 12/01/2017 11:01:00 in Paris (UTC+1 in winter).
    createdAt: '2017-01-12T10:01:00Z',
    parentId: RESELLER_ID,
    universes: [Universe.CLIENT],
    financialStatus: FinancialStatus.HEALTHY,
    guaranteeType: GuaranteeType.NONE,
    sites: [
      { name: 'Siège Social', isHeadOffice: true, addressLine1: '8 rue Victor Hugo', postalCode: '69002', city: 'Lyon', ...sepa('30006000011234567890189', 'RUM-C24-0001') },
      { name: 'Site de Clichy', isHeadOffice: false, addressLine1: '5 boulevard Jean Jaurès', postalCode: '92110', city: 'Clichy', paymentMethod: PaymentMethod.TRANSFER },
    ],
  },
  {
    id: CUSTOMER_44284_ID,
    legalName: 'Société Méditerranéenne de Téléphonie',
    siren: '443061841',
    legalForm: LegalForm.SARL,
    createdAt: '2019-03-05T10:15:00Z',
    parentId: RESELLER_ID,
    universes: [Universe.CLIENT],
    sites: [
      { name: 'AIX-EN-PROVENCE', isHeadOffice: true, addressLine1: '2 cours Mirabeau', postalCode: '13100', city: 'Aix-en-Provence', ...sepa('10278089000002005010164', 'RUM-44284-0001') },
      { name: 'LILLE', isHeadOffice: false, addressLine1: '40 rue Nationale', postalCode: '59000', city: 'Lille', paymentMethod: PaymentMethod.TRANSFER },
    ],
  },
  {
    id: CUSTOMER_44660_ID,
    legalName: 'Association Les Amis du Vieux Lyon',
    siren: null,
    legalForm: LegalForm.AUTRES,
    // No SIREN: the association is listed in the e-invoicing directory under its RNA number.
    electronicAddress: 'W691000123',
    createdAt: '2019-03-18T14:40:00Z',
    parentId: RESELLER_ID,
    universes: [Universe.CLIENT],
    sites: [{ name: 'Siège Social', isHeadOffice: true, addressLine1: '1 place du Change', postalCode: '69005', city: 'Lyon', paymentMethod: PaymentMethod.TRANSFER }],
  },
  {
    id: OTHER_RESELLER_ID,
    legalName: 'Autre Revendeur Télécom',
    siren: sirenWithCheckDigit('40291537'),
    legalForm: LegalForm.SAS,
    createdAt: '2018-09-10T08:00:00Z',
    parentId: OPERATOR_ID,
    universes: [Universe.RESELLER, Universe.CLIENT],
    sites: [{ name: 'Siège Social', isHeadOffice: true, addressLine1: '3 quai de la Fosse', postalCode: '44000', city: 'Nantes', paymentMethod: PaymentMethod.TRANSFER }],
  },
  {
    id: OTHER_CUSTOMER_ID,
    legalName: "Client de l'autre revendeur",
    siren: '380129866',
    legalForm: LegalForm.SASU,
    createdAt: '2020-02-03T13:00:00Z',
    parentId: OTHER_RESELLER_ID,
    universes: [Universe.CLIENT],
    sites: [{ name: 'Siège Social', isHeadOffice: true, addressLine1: '10 rue Sainte-Catherine', postalCode: '33000', city: 'Bordeaux', paymentMethod: PaymentMethod.TRANSFER }],
  },
];
