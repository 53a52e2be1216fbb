/**
 * Word lists for French-looking names and addresses. Accents, apostrophes and hyphens are on
 * purpose: the portal's accent-insensitive search (portal_fold) needs material to fold.
 */

/** City, postal code, and the digit its landlines start with (+33 1 Paris area … 5 south-west). */
export interface City {
  name: string;
  postalCode: string;
  phoneZone: number;
}

export const cities: readonly City[] = [
  { name: 'Paris', postalCode: '75011', phoneZone: 1 },
  { name: 'Paris', postalCode: '75008', phoneZone: 1 },
  { name: 'Clichy', postalCode: '92110', phoneZone: 1 },
  { name: 'Boulogne-Billancourt', postalCode: '92100', phoneZone: 1 },
  { name: 'Saint-Denis', postalCode: '93200', phoneZone: 1 },
  { name: 'Évry-Courcouronnes', postalCode: '91000', phoneZone: 1 },
  { name: 'Créteil', postalCode: '94000', phoneZone: 1 },
  { name: 'Versailles', postalCode: '78000', phoneZone: 1 },
  { name: 'Cergy', postalCode: '95000', phoneZone: 1 },
  { name: 'Rouen', postalCode: '76000', phoneZone: 2 },
  { name: 'Caen', postalCode: '14000', phoneZone: 2 },
  { name: 'Rennes', postalCode: '35000', phoneZone: 2 },
  { name: 'Nantes', postalCode: '44000', phoneZone: 2 },
  { name: 'Angers', postalCode: '49000', phoneZone: 2 },
  { name: 'Le Mans', postalCode: '72000', phoneZone: 2 },
  { name: 'Tours', postalCode: '37000', phoneZone: 2 },
  { name: 'Orléans', postalCode: '45000', phoneZone: 2 },
  { name: 'Brest', postalCode: '29200', phoneZone: 2 },
  { name: 'Quimper', postalCode: '29000', phoneZone: 2 },
  { name: 'Lille', postalCode: '59000', phoneZone: 3 },
  { name: 'Amiens', postalCode: '80000', phoneZone: 3 },
  { name: 'Reims', postalCode: '51100', phoneZone: 3 },
  { name: 'Châlons-en-Champagne', postalCode: '51000', phoneZone: 3 },
  { name: 'Metz', postalCode: '57000', phoneZone: 3 },
  { name: 'Nancy', postalCode: '54000', phoneZone: 3 },
  { name: 'Strasbourg', postalCode: '67000', phoneZone: 3 },
  { name: 'Mulhouse', postalCode: '68100', phoneZone: 3 },
  { name: 'Besançon', postalCode: '25000', phoneZone: 3 },
  { name: 'Dijon', postalCode: '21000', phoneZone: 3 },
  { name: 'Lyon', postalCode: '69002', phoneZone: 4 },
  { name: 'Lyon', postalCode: '69007', phoneZone: 4 },
  { name: 'Villeurbanne', postalCode: '69100', phoneZone: 4 },
  { name: 'Saint-Étienne', postalCode: '42000', phoneZone: 4 },
  { name: 'Grenoble', postalCode: '38000', phoneZone: 4 },
  { name: 'Annecy', postalCode: '74000', phoneZone: 4 },
  { name: 'Chambéry', postalCode: '73000', phoneZone: 4 },
  { name: 'Valence', postalCode: '26000', phoneZone: 4 },
  { name: 'Clermont-Ferrand', postalCode: '63000', phoneZone: 4 },
  { name: 'Marseille', postalCode: '13001', phoneZone: 4 },
  { name: 'Aix-en-Provence', postalCode: '13100', phoneZone: 4 },
  { name: 'Toulon', postalCode: '83000', phoneZone: 4 },
  { name: 'Fréjus', postalCode: '83600', phoneZone: 4 },
  { name: 'Nice', postalCode: '06000', phoneZone: 4 },
  { name: 'Avignon', postalCode: '84000', phoneZone: 4 },
  { name: 'Nîmes', postalCode: '30000', phoneZone: 4 },
  { name: 'Montpellier', postalCode: '34000', phoneZone: 4 },
  { name: 'Béziers', postalCode: '34500', phoneZone: 4 },
  { name: 'Sète', postalCode: '34200', phoneZone: 4 },
  { name: 'Perpignan', postalCode: '66000', phoneZone: 4 },
  { name: 'Ajaccio', postalCode: '20000', phoneZone: 4 },
  { name: 'Toulouse', postalCode: '31000', phoneZone: 5 },
  { name: 'Bordeaux', postalCode: '33000', phoneZone: 5 },
  { name: 'Mérignac', postalCode: '33700', phoneZone: 5 },
  { name: 'Pau', postalCode: '64000', phoneZone: 5 },
  { name: 'Bayonne', postalCode: '64100', phoneZone: 5 },
  { name: 'Limoges', postalCode: '87000', phoneZone: 5 },
  { name: 'Poitiers', postalCode: '86000', phoneZone: 5 },
  { name: 'La Rochelle', postalCode: '17000', phoneZone: 5 },
  { name: 'Angoulême', postalCode: '16000', phoneZone: 5 },
  { name: 'Périgueux', postalCode: '24000', phoneZone: 5 },
  { name: 'Agen', postalCode: '47000', phoneZone: 5 },
  { name: 'Montauban', postalCode: '82000', phoneZone: 5 },
];

export const surnames: readonly string[] = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier',
  'Morel', 'Girard', 'André', 'Lefèbvre', 'Mercier', 'Dupont', 'Lambert', 'Bonnet', 'François', 'Martinez',
  'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel', 'Nicolas',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Lopez', 'Fontaine', 'Chevalier', 'Robin',
  'Ménard', 'Bénard', 'Gérard', 'Dupré', 'Noël', 'Lemaître', 'Évrard', 'Thérond', 'Béranger', 'Aubé',
  'Château', 'Côté', 'Frémont', 'Hébert', 'Lécuyer', 'Prévost', 'Séguin', 'Vérité', 'Barbé', 'Pellé',
  "D'Almeida", "L'Hôte", 'Le Gall', 'Le Goff', 'Kerbrat', 'Ségala', 'Müller', 'Lenôtre', 'Aïssaoui', 'Brûlé',
];

export const firstNames: readonly string[] = [
  'Camille', 'Léa', 'Chloé', 'Manon', 'Inès', 'Zoé', 'Éloïse', 'Hélène', 'Céline', 'Agnès',
  'Charlotte', 'Claire', 'Louise', 'Océane', 'Noémie', 'Anaïs', 'Maëlle', 'Béatrice', 'Sophie', 'Julie',
  'Lucas', 'Hugo', 'Théo', 'Louis', 'Raphaël', 'Jérôme', 'Frédéric', 'Stéphane', 'Benoît', 'Loïc',
  'François', 'Gaël', 'Noé', 'Mathéo', 'Antoine', 'Étienne', 'Cédric', 'Hervé', 'Joël', 'Rémi',
];

/** Trades, each written as it heads a trading name ("Boulangerie Lefèvre"). */
export const trades: readonly string[] = [
  'Boulangerie', 'Pâtisserie', 'Boucherie', 'Fromagerie', 'Épicerie', 'Brasserie', 'Café', 'Restaurant',
  'Hôtel', 'Pharmacie', 'Librairie', 'Imprimerie', 'Plomberie', 'Électricité', 'Menuiserie', 'Maçonnerie',
  'Charpente', 'Serrurerie', 'Garage', 'Carrosserie', 'Transports', 'Déménagements', 'Cabinet', 'Études',
  'Conseil', 'Informatique', 'Télécom', 'Bâtiment', 'Optique', 'Coiffure', 'Fleuriste', 'Crèche',
  'Clinique', 'Laboratoire', 'Agence immobilière', 'Auto-école', 'Société', 'Établissements', 'Atelier', 'Comptoir',
];

export const adjectives: readonly string[] = [
  'Méditerranéenne', 'Générale', 'Française', 'Européenne', 'Régionale', 'Lyonnaise', 'Parisienne', 'Bretonne',
  'Alsacienne', 'Normande', 'Provençale', 'Savoyarde', 'Ardéchoise', 'Aquitaine', 'Comtoise', 'Picarde',
];

export const domains: readonly string[] = [
  'Téléphonie', 'Télécommunications', 'Électricité', 'Câblage', 'Sécurité', 'Réseaux', 'Informatique', 'Services',
  'Énergie', 'Travaux Publics', 'Logistique', 'Restauration', 'Négoce', 'Ingénierie', 'Maintenance', 'Propreté',
];

export const associationThemes: readonly string[] = [
  'Les Amis du Vieux Quartier', 'Sportive et Culturelle', 'des Parents d\'Élèves', 'Théâtre et Création',
  'de Sauvegarde du Patrimoine', 'Aide à Domicile', 'Musique en Fête', 'des Commerçants', 'Jeunesse et Éducation',
  'Randonnée Pédestre', 'Les Restos du Cœur', 'Entraide et Solidarité',
];

export const streetKinds: readonly string[] = ['rue', 'avenue', 'boulevard', 'place', 'chemin', 'allée', 'impasse', 'quai', 'cours', 'route'];

export const streetNames: readonly string[] = [
  'Victor Hugo', 'de la République', 'Jean Jaurès', 'du Général de Gaulle', 'de la Paix', 'Pasteur', 'des Écoles',
  "de l'Église", 'du Château', 'Émile Zola', 'Gambetta', 'de la Gare', 'Saint-Honoré', 'des Lilas', 'Molière',
  'de Verdun', 'Voltaire', 'Nationale', 'du Moulin', 'des Peupliers', 'Sainte-Catherine', 'de Neuilly',
  'des Tanneurs', "d'Alsace-Lorraine", 'Clémenceau', 'du 8 Mai 1945', 'Aristide Briand', 'de la Libération',
];

export const addressComplements: readonly string[] = [
  'Bâtiment B', 'Bâtiment C, 2e étage', 'ZI des Écluses', "ZA de l'Aéroport", 'Parc d\'activités du Moulin',
  'Résidence Les Érables', 'BP 42', 'Immeuble Le Méridien', 'Zone Artisanale Nord', 'Centre d\'affaires Élysée',
];

export const secondSiteKinds: readonly string[] = ['Site de', 'Agence de', 'Entrepôt de', 'Établissement de', 'Boutique de', 'Dépôt de'];

/** French banks: bank code (code banque) and BIC. */
export const banks: readonly { code: string; bic: string }[] = [
  { code: '30004', bic: 'BNPAFRPPXXX' },
  { code: '30003', bic: 'SOGEFRPPXXX' },
  { code: '30002', bic: 'CRLYFRPPXXX' },
  { code: '30006', bic: 'AGRIFRPPXXX' },
  { code: '10107', bic: 'BREDFRPPXXX' },
  { code: '30066', bic: 'CMCIFRPPXXX' },
  { code: '20041', bic: 'PSSTFRPPXXX' },
  { code: '11315', bic: 'CEPAFRPP131' },
  { code: '10278', bic: 'CMCIFR2A' },
  { code: '18206', bic: 'AGRIFRPP882' },
];

/** Whether French elides "de" before the word (d'Orléans, d'Évry). */
export function startsWithVowelSound(word: string): boolean {
  return /^[AEIOUYÂÉÈÊÎÔaeiouyâéèêîô]/.test(word) || /^H[ôo]/.test(word);
}

/** "de Lyon", "d'Orléans". */
export function deName(word: string): string {
  return startsWithVowelSound(word) ? `d'${word}` : `de ${word}`;
}

/** Lower-case ASCII slug for host names and e-mail addresses: "Société Générale" → "societe-generale". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
