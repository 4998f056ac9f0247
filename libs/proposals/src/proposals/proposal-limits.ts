/** A title's visible characters (min) and UTF-16 code units (max). */
export const PROPOSAL_TITLE_LIMITS = { min: 5, max: 140 } as const;

/** A body's visible characters (min) and UTF-16 code units (max). */
export const PROPOSAL_BODY_LIMITS = { min: 20, max: 10_000 } as const;
