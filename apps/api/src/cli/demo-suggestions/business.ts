import type { DemoSuggestion } from './demo-suggestion';

export const BUSINESS_AND_MONEY_SUGGESTIONS: readonly DemoSuggestion[] = [];
