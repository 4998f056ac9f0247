import { Role } from '@app/accounts';
import type { DemoSector } from './demo-suggestions';

/**
 * Demo data from the model case: the Kabinet van Vernieuwing, where almost 500 entrepreneurs sent
 * suggestions, condensed into ten commandments (presented by "green prime minister" Ruud
 * Koornstra) plus an eleventh from the virtual Ministry of Innovation, handed to Minister
 * Jan Kees de Jager (Finance). The people below are invented; the suggestions are the case's.
 */
export const DEMO_PASSWORD = 'Kabinet-Demo-2026';

export const DEMO_STAFF = [
  { email: 'beheer@kabinet.example', displayName: 'Beheerder', roles: [Role.ADMIN] },
  {
    email: 'redactie@kabinet.example',
    displayName: 'Redactie Kabinet van Vernieuwing',
    roles: [Role.EDITOR],
  },
  { email: 'moderatie@kabinet.example', displayName: 'Moderatie', roles: [Role.MODERATOR] },
  {
    email: 'contact@minfin.example',
    displayName: 'Contactpersoon Ministerie van Financiën',
    organization: 'Ministerie van Financiën',
    roles: [Role.LIAISON],
  },
] as const;

export const DEMO_ENTREPRENEURS = [
  ['Anouk Jansen', 'Jansen Installatietechniek', 'bouw'],
  ['Bram de Boer', 'De Boer Bouw & Renovatie', 'bouw'],
  ['Chantal Visser', 'Visser Zorgadvies', 'zorg'],
  ['Daan Smit', 'Smit Software', 'ict'],
  ['Eva Mulder', 'Mulder Mode', 'detailhandel'],
  ['Farid El Amrani', 'Amrani Logistiek', 'logistiek'],
  ['Greetje Bos', 'Bos Biologische Teelt', 'agrarisch'],
  ['Hans Vos', 'Vos Metaalbewerking', 'industrie'],
  ['Ilse Peters', 'Peters Accountants', 'financiele-dienstverlening'],
  ['Joost Hendriks', 'Hendriks Energieadvies', 'energie'],
  ['Karin van Dijk', 'Van Dijk Communicatie', 'creatieve-industrie'],
  ['Lars Bakker', 'Bakker Brood', 'detailhandel'],
  ['Mila de Graaf', 'De Graaf Design', 'creatieve-industrie'],
  ['Nick Kramer', 'Kramer Kunststoffen', 'industrie'],
  ['Olga Willems', 'Willems Webwinkel', 'detailhandel'],
  ['Pieter Meijer', 'Meijer Mobiliteit', 'logistiek'],
  ['Renske Jacobs', 'Jacobs Juridisch', 'zakelijke-dienstverlening'],
  ['Sander Dekker', 'Dekker Duurzaam', 'energie'],
  ['Tamara Koster', 'Koster Kinderopvang', 'onderwijs'],
  ['Umut Yilmaz', 'Yilmaz Horeca', 'horeca'],
] as const satisfies readonly (readonly [name: string, organization: string, sector: DemoSector])[];

export interface DemoProposal {
  title: string;
  body: string;
  theme: string;
  tags: string[];
  language: 'nl' | 'en';
  /** Index into DEMO_ENTREPRENEURS. */
  author: number;
  /** How many members (never the author) vote up and down. */
  votes: [up: number, down: number];
}

export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    title: 'Voorkom verspilling van energie en grondstoffen',
    body: 'Maak het voor ondernemers aantrekkelijk om energie en grondstoffen te besparen: beloon hergebruik en zuinige processen en stop met regels die verspilling in de hand werken.',
    theme: 'energy-resources',
    tags: ['energie', 'circulair'],
    language: 'nl',
    author: 9,
    votes: [16, 1],
  },
  {
    title: 'Beloon als overheid duurzame innovatie en het gebruik ervan',
    body: 'De overheid is de grootste inkoper van het land. Beloon duurzame innovaties door ze zelf te gebruiken en door het gebruik ervan fiscaal te stimuleren.',
    theme: 'sustainable-innovation',
    tags: ['duurzaam', 'inkoop'],
    language: 'nl',
    author: 17,
    votes: [14, 2],
  },
  {
    title: 'Benut menselijk talent beter',
    body: 'Te veel talent blijft onbenut: van herintreders tot jongeren zonder startkwalificatie. Geef ondernemers ruimte om mensen op hun talent aan te nemen in plaats van op hun diploma.',
    theme: 'talent',
    tags: ['arbeidsmarkt'],
    language: 'nl',
    author: 18,
    votes: [12, 3],
  },
  {
    title: 'Investeer in gezond blijven in plaats van in beter worden',
    body: 'Verschuif geld van zorg naar preventie. Werkgevers die investeren in de gezondheid van hun mensen verdienen daarvoor een beloning.',
    theme: 'health',
    tags: ['preventie', 'zorg'],
    language: 'nl',
    author: 2,
    votes: [13, 1],
  },
  {
    title: 'Deel oplossingen voor een betere wereld in plaats van ze te beschermen',
    body: 'Octrooien op oplossingen voor maatschappelijke problemen remmen de verspreiding ervan. Stimuleer open innovatie en het delen van kennis tussen bedrijven.',
    theme: 'open-innovation',
    tags: ['open-innovatie', 'kennisdeling'],
    language: 'nl',
    author: 3,
    votes: [10, 4],
  },
  {
    title: 'Overheid start de Oranje Bank',
    body: 'Een nationale ontwikkelings-, betaal- en leenbank die het MKB wel financiert, nu de gewone banken vooral met zichzelf bezig zijn.',
    theme: 'finance-banking',
    tags: ['financiering', 'bank'],
    language: 'nl',
    author: 8,
    votes: [11, 6],
  },
  {
    title: 'Media staat in dienst van volledige transparantie',
    body: 'Publieke organisaties moeten open zijn over hun cijfers en besluiten, en sociale media inzetten om burgers en ondernemers echt te betrekken.',
    theme: 'media-transparency',
    tags: ['transparantie', 'social-media'],
    language: 'nl',
    author: 10,
    votes: [9, 2],
  },
  {
    title: 'Onderscheid multinationals van het MKB',
    body: 'Geef het MKB een experimenteerzone en bestel als overheid met lef 60 miljard per jaar bij het MKB. Regels die voor multinationals zijn bedacht, smoren kleine bedrijven.',
    theme: 'sme-procurement',
    tags: ['mkb', 'aanbesteding', 'experimenteerzone'],
    language: 'nl',
    author: 7,
    votes: [17, 1],
  },
  {
    title: 'Zoek naar evenwicht',
    body: 'Evenwicht tussen man en vrouw, tussen loon en prestatie, eerlijke ruil en een einde aan de bonuscultuur.',
    theme: 'fairness',
    tags: ['evenwicht', 'bonuscultuur'],
    language: 'nl',
    author: 4,
    votes: [8, 5],
  },
  {
    title: 'Herintroduceer rentmeesterschap',
    body: 'Faciliteer nieuwe waarden en businessmodellen waarin ondernemers zorgen voor wat ze doorgeven aan de volgende generatie.',
    theme: 'stewardship',
    tags: ['rentmeesterschap', 'businessmodellen'],
    language: 'nl',
    author: 6,
    votes: [9, 2],
  },
  {
    title: 'Laat jonge medewerkers in het MKB een dagdeel per week kennis vergaren',
    body: 'Een fiscale regeling die jonge medewerkers in het MKB stimuleert om een dagdeel per week via netwerken innovatieve kennis te vergaren. Het elfde gebod, van het virtuele Ministerie van Innovatie.',
    theme: 'talent',
    tags: ['fiscaal', 'mkb', 'kennis'],
    language: 'nl',
    author: 12,
    votes: [18, 0],
  },
  {
    title: 'Slimmer werken: tijd en talent als productiviteitsbron',
    body: 'Bedrijven die samen met ondernemende medewerkers zorgvuldig omgaan met tijd en talent halen 12 procent extra productiviteit. Ondersteun het MKB bij slimmer werken.',
    theme: 'talent',
    tags: ['productiviteit'],
    language: 'nl',
    author: 13,
    votes: [6, 2],
  },
  {
    title: 'Innovation vouchers that accountants and banks can hand out',
    body: 'Entrepreneurs who innovate ask their accountant and their bank for help first. Let those advisers hand out innovation vouchers so that the help arrives where the questions are asked.',
    theme: 'finance-banking',
    tags: ['vouchers', 'advisers'],
    language: 'en',
    author: 14,
    votes: [5, 3],
  },
  {
    title: 'Eén loket voor experimenten met nieuwe regels',
    body: 'Wie iets nieuws wil proberen, loopt vast op regels die daar niet op zijn ingericht. Eén loket dat experimenten toestaat en de uitkomst gebruikt om regels te verbeteren.',
    theme: 'sme-procurement',
    tags: ['regeldruk', 'experimenteerzone'],
    language: 'nl',
    author: 16,
    votes: [7, 1],
  },
  {
    title: 'Stop met subsidies voor verspilling',
    body: 'Schrap regelingen die het gebruik van fossiele grondstoffen goedkoper maken dan hergebruik.',
    theme: 'energy-resources',
    tags: ['subsidies', 'grondstoffen'],
    language: 'nl',
    author: 0,
    votes: [6, 7],
  },
  {
    title: 'Betaal MKB-leveranciers binnen 14 dagen',
    body: 'Grote opdrachtgevers en de overheid betalen vaak pas na maanden. Een wettelijke betaaltermijn van 14 dagen voor facturen van het MKB scheelt kleine bedrijven hun werkkapitaal.',
    theme: 'sme-procurement',
    tags: ['betaaltermijn', 'mkb'],
    language: 'nl',
    author: 5,
    votes: [15, 2],
  },
];

/**
 * Generated members who write and vote on the demo's suggestions besides the entrepreneurs above:
 * enough that even a small sector has a handful of voters and sector-level support means something.
 */
export const DEMO_GENERATED_MEMBERS = 230;

/** The list the editors made of it, in the order presented; `suggestion` names the demo suggestion it condenses. */
export const COMMANDMENTS: { title: string; body: string; theme: string; suggestion: string }[] = [
  {
    title: 'Voorkom verspilling van energie en grondstoffen',
    body: '',
    theme: 'energy-resources',
    suggestion: 'Voorkom verspilling van energie en grondstoffen',
  },
  {
    title: 'Beloon als overheid duurzame innovatie en het gebruik ervan',
    body: '',
    theme: 'sustainable-innovation',
    suggestion: 'Beloon als overheid duurzame innovatie en het gebruik ervan',
  },
  {
    title: 'Benut menselijk talent beter',
    body: '',
    theme: 'talent',
    suggestion: 'Benut menselijk talent beter',
  },
  {
    title: 'Investeer in gezond blijven in plaats van in beter worden',
    body: '',
    theme: 'health',
    suggestion: 'Investeer in gezond blijven in plaats van in beter worden',
  },
  {
    title: 'Deel oplossingen voor een betere wereld in plaats van ze te beschermen',
    body: '',
    theme: 'open-innovation',
    suggestion: 'Deel oplossingen voor een betere wereld in plaats van ze te beschermen',
  },
  {
    title: 'Overheid start de “Oranje Bank”',
    body: 'De nationale ontwikkelings-, betaal- en leenbank.',
    theme: 'finance-banking',
    suggestion: 'Overheid start de Oranje Bank',
  },
  {
    title: 'Media staat in dienst van volledige transparantie',
    body: '',
    theme: 'media-transparency',
    suggestion: 'Media staat in dienst van volledige transparantie',
  },
  {
    title: 'Onderscheid multinationals van MKB',
    body: 'Geef het MKB een experimenteerzone en bestel als overheid met lef 60 miljard per jaar bij het MKB.',
    theme: 'sme-procurement',
    suggestion: 'Onderscheid multinationals van het MKB',
  },
  {
    title: 'Zoek naar evenwicht',
    body: 'Man/vrouw, loon/prestatie, eerlijke ruil, bonuscultuur.',
    theme: 'fairness',
    suggestion: 'Zoek naar evenwicht',
  },
  {
    title: 'Herintroduceer rentmeesterschap',
    body: 'Door nieuwe waarden en businessmodellen te faciliteren.',
    theme: 'stewardship',
    suggestion: 'Herintroduceer rentmeesterschap',
  },
  {
    title: 'Het elfde gebod: laat jonge MKB-medewerkers een dagdeel per week kennis vergaren',
    body: 'Van het virtuele Ministerie van Innovatie: een fiscale regeling die jonge medewerkers in het MKB stimuleert een dagdeel per week via netwerken innovatieve kennis te vergaren.',
    theme: 'talent',
    suggestion: 'Laat jonge medewerkers in het MKB een dagdeel per week kennis vergaren',
  },
];
