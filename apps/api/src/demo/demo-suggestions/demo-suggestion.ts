/** The sectors members of the demo belong to (slugs of the managed sector list). */
export type DemoSector =
  | 'agrarisch'
  | 'bouw'
  | 'creatieve-industrie'
  | 'detailhandel'
  | 'energie'
  | 'financiele-dienstverlening'
  | 'horeca'
  | 'ict'
  | 'industrie'
  | 'logistiek'
  | 'onderwijs'
  | 'zakelijke-dienstverlening'
  | 'zorg'
  | 'anders';

export type DemoTheme =
  | 'energy-resources'
  | 'sustainable-innovation'
  | 'talent'
  | 'health'
  | 'open-innovation'
  | 'finance-banking'
  | 'media-transparency'
  | 'sme-procurement'
  | 'fairness'
  | 'stewardship';

/** A suggestion written for the demo, as an entrepreneur might have sent it. */
export interface DemoSuggestion {
  title: string;
  body: string;
  theme: DemoTheme;
  /** Suggestions with the same concern are about the same thing, however worded. */
  concern: string;
  /** Who cares most: 'all' when entrepreneurs of every kind do, else the sectors that do. */
  audience: 'all' | readonly DemoSector[];
  /** Dutch unless said otherwise. */
  language?: 'nl' | 'en';
  tags?: readonly string[];
}
