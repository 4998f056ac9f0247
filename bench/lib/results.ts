import type { ConsistencyReport } from './corpus';
import type { LoadResult } from './load';

export interface SizeResult {
  proposals: number;
  votes: number;
  api: { unloaded: { samples: number; p50: number }; loaded: LoadResult | null; skipped: string | null };
  /**
   * The raw driver beside it; the unloaded breakdown is null where one query would take longer
   * than the run can afford (each is a scan on FerretDB), the loaded run is taken at the first size.
   */
  driver: {
    unloadedPage: { samples: number; p50: number } | null;
    unloadedCount: { samples: number; p50: number } | null;
    unloadedAuthors: { samples: number; p50: number } | null;
    loaded: LoadResult | null;
  };
  ratio: number | null;
  /** P1 at one connection per core (the database not saturated), at the first size only. */
  reference: { api: LoadResult; driver: LoadResult; ratio: number | null } | null;
}

export interface VoteCheck {
  acknowledged: number;
  pairsAcknowledged: number;
  pairsUncertain: number;
  votesFound: number;
  lost: number;
  wrongValue: number;
  unexpected: number;
  counters: ConsistencyReport;
}

export interface P2Result {
  logins: { count: number; p50Ms: number };
  api: LoadResult;
  driver: LoadResult;
  ratio: number | null;
  unloadedP50: number;
  check: VoteCheck;
  /**
   * The same voters beside anonymous readers of the ranked page (P1 as the web client asks for it)
   * in one window, and the check again over all votes so far (absent in runs before it was measured).
   */
  withReaders?: {
    votes: LoadResult;
    reads: LoadResult;
    votesRatioToDriver: number | null;
    readsRatioToBare: number | null;
    check: VoteCheck;
  };
}
