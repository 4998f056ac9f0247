/**
 * Generated, plausible suggestions for the demo: the case had almost 500 entrepreneurs' ideas;
 * these are made from subjects per theme and phrasings, deterministically.
 */
const SUBJECTS: Record<string, string[]> = {
  'energy-resources': [
    'energiebesparing in winkels',
    'hergebruik van bouwmaterialen',
    'zonnepanelen op bedrijfsdaken',
    'restwarmte van bedrijven',
    'circulaire verpakkingen',
    'zuinige koelinstallaties',
    'lokale energiecoöperaties',
    'recycling van elektronica',
  ],
  'sustainable-innovation': [
    "duurzame bedrijfsauto's",
    'groene inkoop door gemeenten',
    'biobased materialen',
    'emissievrije bezorging',
    'duurzame bedrijfspanden',
    'innovatieve waterzuivering',
    'groene daken op bedrijventerreinen',
    'elektrische bouwmachines',
  ],
  talent: [
    'leerwerkplekken in het MKB',
    'omscholing van vijftigplussers',
    'stages voor statushouders',
    'technisch vakmanschap',
    'herintreders op de arbeidsmarkt',
    'doorgroei van jonge medewerkers',
    'deeltijdondernemerschap',
    'een leven lang leren',
  ],
  health: [
    'vitale werknemers',
    'bedrijfssport',
    'preventief medisch onderzoek',
    'gezonde bedrijfskantines',
    'mentale gezondheid op de werkvloer',
    're-integratie na ziekte',
    'zorg in de wijk',
    'ergonomische werkplekken',
  ],
  'open-innovation': [
    'gedeelde laboratoria',
    'open data van de overheid',
    'samenwerking met hogescholen',
    'kennisdeling tussen concurrenten',
    'innovatievouchers',
    'open source software bij de overheid',
    'octrooien voor kleine uitvinders',
    'living labs in de regio',
  ],
  'finance-banking': [
    'microkredieten',
    'crowdfunding voor ondernemers',
    'borgstelling voor starters',
    'snellere betaling van facturen',
    'een MKB-investeringsfonds',
    'kredieten van regionale banken',
    'betaalbare bedrijfsverzekeringen',
    'fiscale aftrek voor innovatie',
  ],
  'media-transparency': [
    'openbare aanbestedingsresultaten',
    'begrijpelijke overheidsbrieven',
    'social media bij gemeenten',
    'inzicht in subsidiegeld',
    'lokale journalistiek',
    'open vergaderingen van provincies',
    'transparante bankkosten',
    'digitale inspraak',
  ],
  'sme-procurement': [
    'aanbestedingen voor kleine bedrijven',
    'experimenteerzones voor het MKB',
    'papierwerk bij aanbestedingen',
    'regionale inkoop door de overheid',
    'innovatiegericht inkopen',
    'betaaltermijnen van de overheid',
    'samenwerkende kleine ondernemers',
    'de overheid als eerste klant',
  ],
  fairness: [
    'gelijke beloning van mannen en vrouwen',
    'eerlijke ketenafspraken',
    'bonussen in de financiële sector',
    'tarieven van zzp’ers',
    'flexibele arbeidscontracten',
    'eerlijke concurrentie met platforms',
    'kinderopvang voor ondernemers',
    'pensioen voor zelfstandigen',
  ],
  stewardship: [
    'bedrijfsoverdracht in familiebedrijven',
    'maatschappelijk verantwoord ondernemen',
    'coöperatieve bedrijfsmodellen',
    'investeringen voor de lange termijn',
    'natuurinclusieve landbouw',
    'lokaal eigenaarschap',
    'rentmeesterschap in het onderwijs',
    'duurzame erfpacht',
  ],
};

const TITLES = [
  (s: string) => `Verlaag de lasten voor ${s}`,
  (s: string) => `Maak ${s} eenvoudiger voor het MKB`,
  (s: string) => `Stimuleer ${s} met een fiscale regeling`,
  (s: string) => `Start een proeftuin voor ${s}`,
  (s: string) => `Schrap overbodige regels rond ${s}`,
  (s: string) => `Eén loket voor ${s}`,
];

const OPENINGS = [
  (sector: string) => `Als ondernemer in de ${sector} zie ik elke week hoe het beter kan.`,
  (sector: string) => `In de ${sector} lopen we hier al jaren tegenaan.`,
  (sector: string) => `Vanuit mijn bedrijf in de ${sector} wil ik dit onder de aandacht brengen.`,
];

const CLOSINGS = [
  'Begin klein, meet wat het oplevert en breid uit wat werkt.',
  'Betrek ondernemers vanaf het begin bij de uitwerking.',
  'Zo houden we talent, geld en grondstoffen in de regio.',
  'Het kost de overheid weinig en levert het MKB veel op.',
];

const FIRST_NAMES = [
  'Aisha',
  'Bart',
  'Carla',
  'Dirk',
  'Esra',
  'Frank',
  'Gwen',
  'Hugo',
  'Inge',
  'Jeroen',
  'Kim',
  'Luuk',
  'Marieke',
  'Noah',
  'Oscar',
  'Petra',
  'Quinten',
  'Roos',
  'Stefan',
  'Tess',
];
const LAST_NAMES = [
  'de Vries',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Wit',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
];
const SECTORS = [
  'bouw',
  'detailhandel',
  'ict',
  'zorg',
  'logistiek',
  'horeca',
  'maakindustrie',
  'agrarisch',
  'energie',
  'zakelijke dienstverlening',
];

/** An element of a non-empty list, chosen by `random`; `index` picks by position instead. */
export function pick<T>(
  list: readonly T[],
  random: () => number,
  index = Math.floor(random() * list.length),
): T {
  const value = list[index % list.length];
  if (value === undefined) {
    throw new Error('pick from an empty list');
  }
  return value;
}

export interface GeneratedMember {
  displayName: string;
  organization: string;
  sector: string;
}

export function generateMembers(count: number): GeneratedMember[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Sam';
    const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length] ?? 'Jansen';
    const sector = SECTORS[i % SECTORS.length] ?? 'bouw';
    return {
      displayName: `${first} ${last}`,
      organization: `${last.replace(/^(de|van den|van) /, '')} ${sector}`,
      sector,
    };
  });
}

export interface GeneratedSuggestion {
  theme: string;
  title: string;
  body: (sector: string) => string;
}

export function generateSuggestions(random: () => number): GeneratedSuggestion[] {
  const suggestions = Object.entries(SUBJECTS).flatMap(([theme, subjects]) =>
    subjects.flatMap((subject) =>
      TITLES.map((title) => {
        const text = title(subject);
        const opening = pick(OPENINGS, random);
        const closing = pick(CLOSINGS, random);
        return {
          theme,
          title: text,
          body: (sector: string) =>
            `${opening(sector)} ${text}: dat maakt het verschil voor kleine bedrijven. ${closing}`,
        };
      }),
    ),
  );
  return suggestions;
}
