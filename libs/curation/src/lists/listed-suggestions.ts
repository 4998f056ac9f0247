import type { User } from '@app/accounts';
import { canReadProposal, type ProposalRecord } from '@app/proposals';
import type { SuggestionSnapshot } from './curated-list.schema';

/** A suggestion linked from a list item, as a reader of the version may see it. */
export interface ListedSuggestion {
  id: string;
  /** Null when withheld from this reader. */
  title: string | null;
  body: string | null;
  /** Hidden, withdrawn or gone now. */
  withheld: boolean;
  /** As it is now; null when hidden from this reader. */
  proposal: ProposalRecord | null;
}

/**
 * The suggestions an item links, in its order: a published version's text from its snapshots
 * (`snapshots` null for a draft, which shows the current text), and nothing of a hidden or
 * withdrawn one unless the reader may read it now.
 */
export function listedSuggestions(
  viewer: User | null,
  proposalIds: readonly string[],
  snapshots: ReadonlyMap<string, SuggestionSnapshot> | null,
  current: ReadonlyMap<string, ProposalRecord>,
): ListedSuggestion[] {
  return proposalIds.map((id) => {
    const proposal = current.get(id);
    const readable = proposal !== undefined && canReadProposal(viewer, proposal);
    const snapshot = snapshots?.get(id);
    return {
      id,
      title: readable ? (snapshot?.title ?? proposal.title) : null,
      body: readable ? (snapshot?.body ?? proposal.body) : null,
      withheld: proposal === undefined || (proposal.status !== 'PUBLISHED' && proposal.status !== 'MERGED'),
      proposal: readable ? proposal : null,
    };
  });
}
