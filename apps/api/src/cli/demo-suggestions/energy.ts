import type { DemoSuggestion } from './demo-suggestion';

export const ENERGY_AND_RESOURCES_SUGGESTIONS: readonly DemoSuggestion[] = [];
