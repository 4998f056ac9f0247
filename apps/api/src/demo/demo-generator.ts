import { seededRandom } from '@app/core';
import { DEMO_ENTREPRENEURS, DEMO_GENERATED_MEMBERS, DEMO_PROPOSALS } from './demo-data';
import { type DemoSector, type DemoSuggestion, DEMO_SUGGESTIONS } from './demo-suggestions';

/**
 * How the generated members spread over sectors: roughly like Dutch small businesses do (many in
 * business services, construction and retail, few in energy or education), so that sector-level
 * support in the demo looks like it would in a real consultation.
 */
export const SECTOR_WEIGHTS: Readonly<Record<DemoSector, number>> = {
  'zakelijke-dienstverlening': 17,
  bouw: 14,
  detailhandel: 12,
  ict: 9,
  horeca: 8,
  industrie: 8,
  zorg: 7,
  agrarisch: 6,
  logistiek: 6,
  'creatieve-industrie': 5,
  'financiele-dienstverlening': 3,
  energie: 2,
  onderwijs: 2,
  anders: 1,
};

export const DEMO_SECTORS = Object.keys(SECTOR_WEIGHTS) as DemoSector[];

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
  'Youssef',
  'Wendy',
  'Mehmet',
  'Sanne',
  'Koen',
  'Fatima',
  'Ruben',
  'Lotte',
  'Gerrit',
  'Priya',
  'Thijs',
  'Joke',
  'Mohamed',
  'Annelies',
  'Wouter',
  'Ling',
  'Henk',
  'Naomi',
  'Sem',
  'Ellen',
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
  'Brouwer',
  'Kok',
  'Jacobs',
  'Vermeulen',
  'Schouten',
  'van der Linden',
  'Postma',
  'Kaya',
  'Öztürk',
  'El Idrissi',
  'Wijnands',
  'Hoekstra',
  'Koster',
  'Prins',
  'Huisman',
  'Kuipers',
  'Nguyen',
  'Verhoeven',
  'Boersma',
  'Maas',
];
const PLACES = [
  'Zwolle',
  'Tilburg',
  'Groningen',
  'Delft',
  'Apeldoorn',
  'Venlo',
  'Leeuwarden',
  'Breda',
  'Almere',
  'Helmond',
  'Amersfoort',
  'Deventer',
  'Middelburg',
  'Emmen',
  'Rotterdam',
  'Utrecht',
  'Haarlem',
];

/** How businesses in each sector tend to be called; {L} is the owner's surname, {P} a place. */
const ORGANISATIONS: Readonly<Record<DemoSector, readonly string[]>> = {
  'zakelijke-dienstverlening': [
    '{L} Advies',
    'Adviesbureau {L}',
    '{L} & Partners',
    '{L} Juridisch Advies',
    'Vertaalbureau {P}',
    '{L} Schoonmaak',
    'Uitzendbureau {P}',
    '{L} Interim Management',
    'Bureau {L}',
  ],
  bouw: [
    'Bouwbedrijf {L}',
    '{L} Installatietechniek',
    'Aannemersbedrijf {L} & Zn.',
    '{L} Dakwerken',
    'Timmerbedrijf {L}',
    '{L} Grondverzet',
    'Schildersbedrijf {L}',
    'Installatiebedrijf {P}',
  ],
  detailhandel: [
    'Slagerij {L}',
    '{L} Mode',
    'Bloemen {L}',
    'Fietsenwinkel {L}',
    'Buurtsuper {P}',
    '{L} Wonen',
    'Boekhandel {L}',
    'Bakkerij {L}',
    '{L} Webwinkel',
  ],
  ict: ['{L} Software', '{L} IT Services', 'Webbureau {P}', '{L} Data', 'Hosting {P}', '{L} Apps'],
  horeca: ['Café {L}', 'Restaurant De Kade', 'Hotel {P}', 'Lunchroom {L}', 'Eetcafé {P}', '{L} Catering'],
  industrie: [
    '{L} Metaalbewerking',
    '{L} Kunststoffen',
    'Machinefabriek {P}',
    '{L} Verpakkingen',
    'Houtindustrie {L}',
    '{L} Food',
    'Drukkerij {L}',
  ],
  zorg: [
    'Fysiotherapie {L}',
    'Tandartspraktijk {P}',
    'Thuiszorg {L}',
    'Huisartsenpraktijk {P}',
    'Praktijk {L}',
    'Kraamzorg {P}',
  ],
  agrarisch: [
    'Melkveebedrijf {L}',
    'Kwekerij {L}',
    '{L} Akkerbouw',
    'Tuinbouwbedrijf {L}',
    'Loonbedrijf {L}',
    'Fruitteelt {L}',
  ],
  logistiek: [
    'Transportbedrijf {L}',
    '{L} Logistiek',
    'Koeriersdienst {P}',
    '{L} Expeditie',
    'Verhuizingen {L}',
  ],
  'creatieve-industrie': [
    '{L} Design',
    'Studio {L}',
    'Fotografie {L}',
    '{L} Communicatie',
    'Architectenbureau {L}',
  ],
  'financiele-dienstverlening': [
    '{L} Accountants',
    'Administratiekantoor {L}',
    '{L} Verzekeringen',
    'Hypotheekadvies {P}',
  ],
  energie: ['{L} Energieadvies', 'Zonnepanelen {P}', 'Energiecoöperatie {P}', '{L} Laadoplossingen'],
  onderwijs: ['Bijlesinstituut {L}', 'Taalschool {P}', '{L} Trainingen', 'Kinderopvang {L}'],
  anders: ['{L} Holding', 'Stichting {P}', '{L} Evenementen'],
};

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

function shuffled<T>(list: readonly T[], random: () => number): T[] {
  const result = [...list];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

export interface GeneratedMember {
  displayName: string;
  organization: string;
  sector: DemoSector;
}

/** `count` members with distinct names, their sectors in proportion to SECTOR_WEIGHTS. */
export function generateMembers(count: number, random: () => number): GeneratedMember[] {
  const total = Object.values(SECTOR_WEIGHTS).reduce((sum, weight) => sum + weight, 0);
  const quotas = DEMO_SECTORS.map((sector) => ({ sector, exact: (count * SECTOR_WEIGHTS[sector]) / total }));
  const sectors = quotas.flatMap(({ sector, exact }) => Array<DemoSector>(Math.floor(exact)).fill(sector));
  // Largest remainders fill the seats rounding down left over.
  for (const { sector } of [...quotas].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (sectors.length < count) {
      sectors.push(sector);
    }
  }
  const taken = new Set<string>();
  return shuffled(sectors, random).map((sector) => {
    let displayName: string;
    let last: string;
    do {
      last = pick(LAST_NAMES, random);
      displayName = `${pick(FIRST_NAMES, random)} ${last}`;
    } while (taken.has(displayName));
    taken.add(displayName);
    const surname = last.replace(/^(de|van den|van der|van) /, '');
    const organization = pick(ORGANISATIONS[sector], random)
      .replace('{L}', surname.charAt(0).toUpperCase() + surname.slice(1))
      .replace('{P}', pick(PLACES, random));
    return { displayName, organization, sector };
  });
}

/** What the plan needs to know of a suggestion. */
export interface PlanEntry {
  audience: DemoSuggestion['audience'];
  concern: string;
  /** For the case's own suggestions: their author (a member index) and how many voted up and down. */
  fixed?: { author: number; votes: readonly [up: number, down: number] };
}

export interface PlannedVote {
  /** Index of the voting member. */
  voter: number;
  value: 1 | -1;
  at: Date;
}

export interface PlannedSuggestion {
  /** Index of the authoring member. */
  author: number;
  createdAt: Date;
  votes: PlannedVote[];
}

export const CONSULTATION_DAYS = 42;
const DAY_MS = 86_400_000;

/**
 * Days into the consultation a suggestion was sent: many in the first week after the launch, a
 * second peak after the newspaper article in week 3, a trickle otherwise.
 */
function submissionDay(random: () => number): number {
  const kind = random();
  if (kind < 0.4) {
    return 7 * random() ** 1.6;
  }
  if (kind < 0.65) {
    return 15 + 4 * random() ** 1.4;
  }
  return CONSULTATION_DAYS * random();
}

/** A time of day people write: office hours and evenings. */
function timeOfDay(random: () => number): number {
  const hour = random() < 0.7 ? 8 + 10 * random() : 19 + 4 * random();
  return (hour / 24) * DAY_MS;
}

/**
 * How much a concern draws votes: big concerns (many people wrote about them) are the popular
 * ones. Grows with the log of the concern's size, from 0.3 for a loner to about 0.9 for thirty.
 */
function concernAppeal(size: number): number {
  return Math.min(0.95, 0.3 + 0.13 * Math.log2(size));
}

/**
 * Authors, submission times and votes for the demo's suggestions, from `members`' sectors and
 * each suggestion's audience. Sector-specific suggestions get many up votes from their sectors
 * and some down votes from others; broad ones moderate up votes everywhere; a long tail gets few.
 * Nobody votes on their own suggestion, and every vote comes after the suggestion and before `end`.
 */
export function planConsultation(
  entries: readonly PlanEntry[],
  members: readonly { sector: DemoSector }[],
  end: Date,
  random: () => number,
): PlannedSuggestion[] {
  const start = end.getTime() - CONSULTATION_DAYS * DAY_MS;
  const concernSizes = new Map<string, number>();
  for (const entry of entries) {
    concernSizes.set(entry.concern, (concernSizes.get(entry.concern) ?? 0) + 1);
  }
  const everyone = members.map((_, index) => index);
  return entries.map((entry) => {
    const inAudience = (index: number): boolean =>
      entry.audience === 'all' || entry.audience.includes(members[index]?.sector ?? 'anders');
    const candidates = everyone.filter(inAudience);
    const author = entry.fixed?.author ?? pick(candidates.length > 0 ? candidates : everyone, random);
    // The case's own suggestions were among the first, in the launch week.
    const day = entry.fixed ? 3 * random() : submissionDay(random);
    const createdAt = Math.min(start + Math.floor(day) * DAY_MS + timeOfDay(random), end.getTime() - DAY_MS);
    const voteAt = (): Date => new Date(createdAt + (end.getTime() - createdAt) * random() ** 2.5);
    const others = everyone.filter((index) => index !== author);
    if (entry.fixed) {
      const [up, down] = entry.fixed.votes;
      return {
        author,
        createdAt: new Date(createdAt),
        votes: shuffled(others, random)
          .slice(0, up + down)
          .map((voter, i) => ({ voter, value: i < up ? 1 : -1, at: voteAt() })),
      };
    }
    const popularity = concernAppeal(concernSizes.get(entry.concern) ?? 1) * random() ** 4;
    // Some broad suggestions divide people more than others.
    const division = 0.02 + 0.12 * random();
    const votes: PlannedVote[] = [];
    for (const voter of others) {
      const [upChance, downChance] =
        entry.audience === 'all'
          ? [0.2 * popularity, division * popularity]
          : inAudience(voter)
            ? [Math.min(0.95, 1.6 * popularity), 0.01]
            : [0.03 * popularity, 0.08 * popularity];
      const roll = random();
      if (roll < upChance) {
        votes.push({ voter, value: 1, at: voteAt() });
      } else if (roll < upChance + downChance) {
        votes.push({ voter, value: -1, at: voteAt() });
      }
    }
    return { author, createdAt: new Date(createdAt), votes };
  });
}

export function netVotes(suggestion: PlannedSuggestion): number {
  return suggestion.votes.reduce((sum, vote) => sum + vote.value, 0);
}

/**
 * Duplicates the demo moderator merged: in each of the `count` biggest concerns, the least
 * supported suggestion sent after the concern's best-supported one goes into that one.
 */
export function plannedMerges(
  entries: readonly PlanEntry[],
  plan: readonly PlannedSuggestion[],
  count: number,
): { duplicate: number; into: number }[] {
  const byConcern = new Map<string, number[]>();
  entries.forEach((entry, index) =>
    byConcern.set(entry.concern, [...(byConcern.get(entry.concern) ?? []), index]),
  );
  const support = (index: number): number => netVotes(plan[index] as PlannedSuggestion);
  const created = (index: number): number => (plan[index] as PlannedSuggestion).createdAt.getTime();
  return [...byConcern.values()]
    .filter((members) => members.length >= 5)
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .flatMap((members) => {
      const into = members.reduce((best, index) => (support(index) > support(best) ? index : best));
      const later = members.filter((index) => created(index) > created(into));
      if (later.length === 0) {
        return [];
      }
      const duplicate = later.reduce((least, index) => (support(index) < support(least) ? index : least));
      return [{ duplicate, into }];
    });
}

/**
 * The plan as it stands after the merges: each duplicate's votes moved to the suggestion it went
 * into, as ModerationService.merge moves them (not its author's; a voter's vote there is kept).
 * The seed merges before it casts the votes, because moving thousands of stored votes is slow on
 * FerretDB while merging a suggestion without votes is not.
 */
export function withVotesMoved(
  plan: readonly PlannedSuggestion[],
  merges: readonly { duplicate: number; into: number }[],
): PlannedSuggestion[] {
  const moved = plan.map((suggestion) => ({ ...suggestion, votes: [...suggestion.votes] }));
  for (const { duplicate, into } of merges) {
    const [from, to] = [moved[duplicate], moved[into]];
    if (from === undefined || to === undefined) {
      throw new Error(`A merge refers to suggestion ${duplicate} or ${into}, which is not planned`);
    }
    const voted = new Set(to.votes.map((vote) => vote.voter));
    to.votes.push(...from.votes.filter((vote) => vote.voter !== to.author && !voted.has(vote.voter)));
    from.votes = [];
  }
  return moved;
}

/**
 * The suggestions an editor would link to a curated item on `theme`: the best-supported one of
 * each of the theme's `count` most supported concerns, so the item shows the range of what was
 * asked rather than four variations of one request.
 */
export function relatedSuggestions(
  theme: string,
  entries: readonly (PlanEntry & { theme: string })[],
  plan: readonly PlannedSuggestion[],
  excluded: ReadonlySet<number>,
  count: number,
): number[] {
  const byConcern = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    if (entry.theme === theme && !entry.fixed && !excluded.has(index)) {
      byConcern.set(entry.concern, [...(byConcern.get(entry.concern) ?? []), index]);
    }
  });
  const support = (index: number): number => netVotes(plan[index] as PlannedSuggestion);
  const total = (indexes: number[]): number => indexes.reduce((sum, index) => sum + support(index), 0);
  return [...byConcern.values()]
    .sort((a, b) => total(b) - total(a))
    .slice(0, count)
    .map((indexes) => indexes.reduce((best, index) => (support(index) > support(best) ? index : best)));
}

/** A suggestion of the demo with what submitting it needs. */
export type DemoEntry = PlanEntry & {
  title: string;
  body: string;
  theme: string;
  tags: string[];
  language: 'nl' | 'en';
};

export interface DemoPlan {
  generatedMembers: GeneratedMember[];
  /** The sector of every member: the named entrepreneurs first, then the generated ones. */
  memberSectors: { sector: DemoSector }[];
  /** The case's own suggestions first, then the written ones. */
  entries: DemoEntry[];
  plan: PlannedSuggestion[];
  merges: { duplicate: number; into: number }[];
}

/** The consultation closed this many days before the demo is loaded. */
const CONSULTATION_ENDED_DAYS_AGO = 3;
/** Duplicates the demo moderator merges, one per big concern. */
const DEMO_MERGES = 5;

/** Everything the demo loads, decided up front and the same on every run but for the dates. */
export function planDemo(now: Date): DemoPlan {
  const random = seededRandom(2010);
  const generatedMembers = generateMembers(DEMO_GENERATED_MEMBERS, random);
  const entries: DemoEntry[] = [
    ...DEMO_PROPOSALS.map((demo, index) => ({
      ...demo,
      concern: `case-${index}`,
      audience: 'all' as const,
      fixed: { author: demo.author, votes: demo.votes },
    })),
    ...DEMO_SUGGESTIONS.map((suggestion) => ({
      ...suggestion,
      tags: [...(suggestion.tags ?? [])],
      language: suggestion.language ?? 'nl',
    })),
  ];
  const memberSectors = [
    ...DEMO_ENTREPRENEURS.map(([, , sector]) => ({ sector })),
    ...generatedMembers.map(({ sector }) => ({ sector })),
  ];
  const end = new Date(now.getTime() - CONSULTATION_ENDED_DAYS_AGO * DAY_MS);
  const planned = planConsultation(entries, memberSectors, end, random);
  const merges = plannedMerges(entries, planned, DEMO_MERGES);
  return { generatedMembers, memberSectors, entries, plan: withVotesMoved(planned, merges), merges };
}

/** One planned "which first?" answer: indexes into the plan's suggestions and members. */
export interface PlannedPairwiseAnswer {
  member: number;
  pair: readonly [number, number];
  /** The suggestion chosen, or null for a skip. */
  winner: number | null;
}

/** Members who took part in "Help rank", and how many pairs each answered at most. */
const PAIRWISE_MEMBERS = 90;
const PAIRWISE_ANSWERS_PER_MEMBER = 30;
/** Of the answers, the share skipped ("Sla over"). */
const PAIRWISE_SKIP_SHARE = 0.08;

/**
 * Answers to "which should the minister hear first?" from members who joined in: pairs of
 * suggestions that are not merged and not the member's own, never the same pair twice for a member.
 * Members choose by a hidden appeal (net votes, on a log scale, plus a personal taste), so
 * the PAIRWISE order follows support loosely but not exactly, as real answers would.
 */
export function planPairwiseAnswers(
  plan: readonly PlannedSuggestion[],
  merges: readonly { duplicate: number }[],
  memberCount: number,
): PlannedPairwiseAnswer[] {
  const random = seededRandom(2011);
  const merged = new Set(merges.map(({ duplicate }) => duplicate));
  const open = plan.map((_, index) => index).filter((index) => !merged.has(index));
  const appeal = plan.map(
    (suggestion) => Math.sign(netVotes(suggestion)) * Math.log1p(Math.abs(netVotes(suggestion))),
  );
  const answers: PlannedPairwiseAnswer[] = [];
  for (let taken = 0; taken < Math.min(PAIRWISE_MEMBERS, memberCount); taken += 1) {
    const member = Math.floor(random() * memberCount);
    const answered = new Set(
      answers.filter((answer) => answer.member === member).map(({ pair }) => `${pair[0]}:${pair[1]}`),
    );
    const count = Math.ceil(random() * PAIRWISE_ANSWERS_PER_MEMBER);
    for (let attempt = 0; attempt < count * 3 && answered.size < count; attempt += 1) {
      const a = pick(open, random);
      const b = pick(open, random);
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      const key = `${low}:${high}`;
      if (low === high || answered.has(key)) continue;
      if (plan[low]?.author === member || plan[high]?.author === member) continue;
      answered.add(key);
      const difference = (appeal[low] ?? 0) - (appeal[high] ?? 0) + (random() - 0.5) * 2;
      const winner =
        random() < PAIRWISE_SKIP_SHARE ? null : random() < 1 / (1 + Math.exp(-difference)) ? low : high;
      answers.push({ member, pair: [low, high], winner });
    }
  }
  return answers;
}
