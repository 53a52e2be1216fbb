import { Role } from '@portal/identity';
import { CUSTOMER_24_ID, CUSTOMER_44284_ID, OPERATOR_ID, OTHER_RESELLER_ID, RESELLER_ID } from './demo-companies.js';

/** Password of every demo user (meets the policy: 8+ characters, upper case, digit, special). */
export const DEMO_PASSWORD = 'Portail-Demo-2026!';

/** One user per universe and role worth trying; listed in the README. */
export const demoUsers = [
  { login: 'E-0000000001', firstName: 'Olivia', lastName: 'Opérateur', email: 'olivia.operateur@operateur.example', companyId: OPERATOR_ID, roles: [Role.ADMINISTRATOR] },
  { login: 'E-0000000010', firstName: 'Romain', lastName: 'Revendeur', email: 'romain.revendeur@revendeur.example', companyId: RESELLER_ID, roles: [Role.ADMINISTRATOR] },
  { login: 'E-0000000011', firstName: 'Charlotte', lastName: 'Martin', email: 'charlotte.martin@revendeur.example', companyId: RESELLER_ID, roles: [Role.ORDERS, Role.BILLING] },
  { login: 'E-0000000024', firstName: 'Claire', lastName: 'Client', email: 'claire.client@client1.example', companyId: CUSTOMER_24_ID, roles: [Role.ADMINISTRATOR] },
  { login: 'E-0000000025', firstName: 'Bruno', lastName: 'Facturation', email: 'bruno.facturation@client1.example', companyId: CUSTOMER_24_ID, roles: [Role.BILLING] },
  { login: 'E-0000000026', firstName: 'Louise', lastName: 'Lecture', email: 'louise.lecture@client1.example', companyId: CUSTOMER_24_ID, roles: [Role.READ_ONLY] },
  { login: 'E-0000044284', firstName: 'Marc', lastName: 'Méditerranée', email: 'marc@mediterraneenne.example', companyId: CUSTOMER_44284_ID, roles: [Role.ADMINISTRATOR] },
  { login: 'E-0000000030', firstName: 'Alice', lastName: 'Autre', email: 'alice@autre-revendeur.example', companyId: OTHER_RESELLER_ID, roles: [Role.ADMINISTRATOR] },
];

export const demoTerms = {
  version: '2017-02-15',
  effectiveOn: '2017-02-15',
  text: [
    'CONDITIONS D\'UTILISATION DU PORTAIL',
    '',
    'PRÉAMBULE',
    'Le portail est une application qui permet aux entreprises, aux revendeurs de solutions de téléphonie, aux opérateurs, aux associations et aux collectivités (les « Clients ») de commander leurs services en ligne, de suivre leur livraison et de consulter leurs factures.',
    '',
    'ARTICLE 10 - GARANTIES',
    "L'utilisateur et/ou le Client s'engage à garantir l'opérateur contre toute action qui serait engagée à son encontre du fait de l'utilisation du portail dans des conditions qui ne seraient pas conformes aux présentes Conditions d'Utilisation.",
    '',
    "Version de Conditions d'Utilisation applicable au 15 février 2017.",
  ].join('\n'),
};
