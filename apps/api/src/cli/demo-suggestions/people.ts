import type { DemoSuggestion } from './demo-suggestion';

export const PEOPLE_AND_FAIRNESS_SUGGESTIONS: readonly DemoSuggestion[] = [];
