import { BUSINESS_AND_MONEY_SUGGESTIONS } from './business';
import { ENERGY_AND_RESOURCES_SUGGESTIONS } from './energy';
import { PEOPLE_AND_FAIRNESS_SUGGESTIONS } from './people';

export type { DemoSector, DemoSuggestion, DemoTheme } from './demo-suggestion';

/** The suggestions of the demo's consultation, besides those behind the ten commandments. */
export const DEMO_SUGGESTIONS = [
  ...ENERGY_AND_RESOURCES_SUGGESTIONS,
  ...PEOPLE_AND_FAIRNESS_SUGGESTIONS,
  ...BUSINESS_AND_MONEY_SUGGESTIONS,
];
