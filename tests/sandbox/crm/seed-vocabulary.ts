/**
 * Word pools the seed draws from. Names include non-ASCII letters (Bjørn, Søren) because real
 * portals do; generated emails and domains are ASCII and use the reserved `.example` TLD so
 * nothing seeded can ever reach a real mailbox.
 */
export const FIRST_NAMES = [
  'Anna',
  'Bjørn',
  'Camille',
  'Dario',
  'Emma',
  'Frederik',
  'Greta',
  'Hassan',
  'Ida',
  'Jonas',
  'Karin',
  'Lars',
  'Maja',
  'Nikolaj',
  'Olivia',
  'Peter',
  'Quentin',
  'Rasmus',
  'Sofie',
  'Søren',
  'Tobias',
  'Ulla',
  'Victor',
  'Wilma',
  'Xenia',
  'Yusuf',
  'Zofia',
  'Amélie',
  'Ben',
  'Chloé',
  'David',
  'Elif',
  'Finn',
  'Hanne',
  'Isak',
  'Julie',
  'Kasper',
  'Laura',
  'Mads',
  'Nora',
  'Oskar',
  'Pia',
  'Rosa',
  'Simon',
  'Thea',
  'Aksel',
] as const;

export const LAST_NAMES = [
  'Andersen',
  'Berg',
  'Christensen',
  'Dahl',
  'Eriksen',
  'Fischer',
  'Gómez',
  'Hansen',
  'Iversen',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Madsen',
  'Nielsen',
  'Olsen',
  'Pedersen',
  'Quist',
  'Rasmussen',
  'Schmidt',
  'Thomsen',
  'Underwood',
  'Vestergaard',
  'Winther',
  'Yilmaz',
  'Østergaard',
  'Bauer',
  'Costa',
  'Dupont',
  'Holm',
  'Kristensen',
  'Lund',
  'Møller',
  'Nowak',
  'Poulsen',
  'Rossi',
  'Sørensen',
  'Bakker',
  'Jakobsen',
  'Mortensen',
  'Friis',
] as const;

export const CITIES = [
  'Copenhagen',
  'Aarhus',
  'Odense',
  'Aalborg',
  'Malmö',
  'Hamburg',
  'Berlin',
  'Oslo',
  'Stockholm',
  'Amsterdam',
  'London',
  'Dublin',
  'Lyon',
  'Warsaw',
  'Esbjerg',
] as const;

export const JOB_TITLES = [
  'CEO',
  'CTO',
  'Head of Sales',
  'Marketing Manager',
  'Procurement Lead',
  'Office Manager',
  'Engineer',
  'Account Executive',
  'Operations Director',
  'Consultant',
] as const;

export const COMPANY_ROOTS = [
  'Nordlys',
  'Havblik',
  'Skovly',
  'Fjord',
  'Bølge',
  'Granit',
  'Lynx',
  'Kobber',
  'Aurora',
  'Vind',
  'Polar',
  'Saga',
  'Tinder',
  'Ravn',
  'Hygge',
  'Kompas',
  'Mjølner',
  'Stjerne',
  'Ege',
  'Salt',
] as const;
export const COMPANY_NOUNS = [
  'Robotics',
  'Logistics',
  'Software',
  'Energy',
  'Foods',
  'Design',
  'Analytics',
  'Medical',
  'Marine',
  'Textiles',
  'Consulting',
  'Systems',
  'Labs',
  'Works',
  'Partners',
] as const;
export const COMPANY_FORMS = ['A/S', 'ApS', 'GmbH', 'Ltd', 'AB', 'B.V.', 'Inc.'] as const;

export const PRODUCTS = [
  'Annual licence',
  'Pilot project',
  'Support renewal',
  'Hardware order',
  'Onboarding package',
  'Expansion',
  'Consulting days',
  'Spare parts',
] as const;

export const TICKET_SUBJECTS = [
  'Cannot log in',
  'Invoice shows wrong VAT',
  'Machine reports error E42',
  'Request for spare parts',
  'Feature request: export to CSV',
  'Delivery delayed',
  'Password reset not arriving',
  'Question about contract',
] as const;

export const CALL_TITLES = [
  'Discovery call',
  'Follow-up',
  'Pricing discussion',
  'Support callback',
  'Quarterly review',
  'Demo',
  'Renewal check-in',
] as const;

export const MACHINE_MODELS = ['MX-200', 'MX-350', 'MX-500 Pro', 'TurboPress 9', 'Cutter L', 'Cutter XL'] as const;

/** ASCII slug for emails and domains: "Bjørn Østergaard" → "bjorn", "ostergaard". */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}
