import { isStopWord } from './keywords';

/**
 * Common Dutch words that end or start compounds in what entrepreneurs write to a government,
 * folded: a suggestion's compound can be split on them even when no other suggestion uses the part
 * on its own ("inkomstenbelasting" → "inkomsten" + "belasting" in a corpus without "belasting").
 */
const COMMON_PARTS = [
  'aanvraag',
  'arbeid',
  'belasting',
  'bedrijf',
  'bedrijven',
  'beleid',
  'betaling',
  'bouw',
  'btw',
  'contract',
  'crisis',
  'doorbetaling',
  'energie',
  'export',
  'factuur',
  'geld',
  'gemeente',
  'grond',
  'handel',
  'heffing',
  'huur',
  'inkomen',
  'inkomsten',
  'innovatie',
  'kosten',
  'krediet',
  'lasten',
  'lening',
  'loon',
  'markt',
  'mkb',
  'netwerk',
  'onderwijs',
  'overheid',
  'pensioen',
  'personeel',
  'plicht',
  'premie',
  'prijs',
  'recht',
  'regel',
  'regeling',
  'regels',
  'schuld',
  'stroom',
  'subsidie',
  'tarief',
  'termijn',
  'toeslag',
  'uren',
  'verlof',
  'vergunning',
  'verzekering',
  'werk',
  'winst',
  'zekerheid',
  'ziekte',
  'ziekteverzuim',
  'zorg',
  'zzp',
];

/** Letters that join the parts of a Dutch compound: loondoorbetaling-s-plicht, boek-en-kast. */
const LINKERS = ['', 's', 'en', 'e'] as const;

/** Longer "words" are not language (a pasted link, a made-up string) and are not split. */
const MAX_COMPOUND_LENGTH = 40;

/** Parts shorter than this are only taken from COMMON_PARTS ("btw", "mkb"): short words match by chance. */
const MIN_PART_LENGTH = 4;

/**
 * Splits Dutch compounds into parts that are words in their own right: the words of the corpus
 * being compared plus COMMON_PARTS. A word is split where its longest known left part is followed,
 * after an optional linking "s", "en" or "e", by a known word or another compound; the parts are
 * split again, so "loondoorbetalingsplicht" gives "loondoorbetaling", "plicht", "loon" and
 * "doorbetaling" (and "betaling" when that is known). Stop words are never parts.
 */
export class CompoundSplitter {
  private readonly known: Set<string>;
  private readonly parts = new Map<string, readonly string[]>();
  private readonly splits = new Map<string, [string, string] | null>();

  /** `vocabulary`: folded words seen on their own. */
  constructor(vocabulary: Iterable<string>) {
    this.known = new Set(COMMON_PARTS);
    for (const word of vocabulary) {
      if (word.length >= MIN_PART_LENGTH && !isStopWord(word)) this.known.add(word);
    }
  }

  /** Every part of a folded word, outer parts first, without the word itself; [] if it is not a compound. */
  partsOf(word: string): readonly string[] {
    const cached = this.parts.get(word);
    if (cached !== undefined) return cached;
    const split = this.split(word);
    const parts =
      split === null ? [] : [...new Set([...split, ...split.flatMap((part) => this.partsOf(part))])];
    this.parts.set(word, parts);
    return parts;
  }

  private isPart(word: string): boolean {
    return this.known.has(word) && !isStopWord(word);
  }

  /** The left and right part of a compound, the longest known left part first; null if none. */
  private split(word: string): [string, string] | null {
    const cached = this.splits.get(word);
    if (cached !== undefined) return cached;
    const split = word.length > MAX_COMPOUND_LENGTH ? null : this.firstSplit(word);
    this.splits.set(word, split);
    return split;
  }

  private firstSplit(word: string): [string, string] | null {
    for (let end = word.length - 2; end >= 2; end -= 1) {
      const left = word.slice(0, end);
      if (!this.isPart(left)) continue;
      for (const linker of LINKERS) {
        if (!word.startsWith(linker, end)) continue;
        const right = word.slice(end + linker.length);
        if (right.length < 2 || right === word) continue;
        if (this.isPart(right) || this.split(right) !== null) return [left, right];
      }
    }
    return null;
  }
}
