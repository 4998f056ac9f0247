import { JourneyEventKind, type JourneyEventModel, toJourneyEventModel } from '@app/proposals';
import type { FollowUpEventRecord, FollowUpRecord } from '../follow-up/follow-up.schema';
import { handoverOf, publicNote } from '../follow-up/follow-up.schema';
import type { CuratedListRecord, ListVersionRecord } from '../lists/curated-list.schema';

/** What a suggestion's list steps are read from: only published versions, never a draft. */
export interface ListFacts {
  lists: readonly CuratedListRecord[];
  /** Published versions of those lists. */
  versions: readonly ListVersionRecord[];
  followUps: readonly FollowUpRecord[];
  /** Follow-up events of the items that link the suggestion. */
  events: readonly FollowUpEventRecord[];
}

/**
 * A suggestion's steps in the lists whose latest version links it: each version that put it in
 * another item or at another position (LINKED_TO_LIST, when that version was published), the
 * item's hand-over and each later follow-up step of that item.
 */
export function listJourney(proposalId: string, facts: ListFacts): JourneyEventModel[] {
  const steps: JourneyEventModel[] = [];
  for (const list of facts.lists) {
    let previous = null as { itemId: string; position: number } | null;
    let itemId: string | null = null;
    const versions = facts.versions
      .filter((version) => version.listId.equals(list._id))
      .sort((a, b) => a.version - b.version);
    for (const version of versions) {
      const index = version.items.findIndex((item) =>
        item.proposalIds.some((id) => id.toHexString() === proposalId),
      );
      const item = version.items[index];
      if (item === undefined) {
        previous = null;
        continue;
      }
      itemId = item.id;
      const position = index + 1;
      if (previous?.itemId !== item.id || previous.position !== position) {
        steps.push(
          toJourneyEventModel({
            kind: JourneyEventKind.LINKED_TO_LIST,
            occurredAt: version.publishedAt,
            listSlug: list.slug,
            listTitle: version.title,
            version: version.version,
            itemId: item.id,
            position,
          }),
        );
      }
      previous = { itemId: item.id, position };
    }
    const latest = versions.at(-1);
    if (itemId === null || latest === undefined) {
      continue;
    }
    const position = latest.items.findIndex((item) => item.id === itemId) + 1;
    const followUp = facts.followUps.find((candidate) => candidate._id === itemId);
    const events = facts.events.filter((event) => event.itemId === itemId);
    events.forEach((event, index) => {
      const handover = handoverOf(event);
      steps.push(
        toJourneyEventModel({
          kind: handover === null ? JourneyEventKind.FOLLOW_UP : JourneyEventKind.HANDED_OVER,
          occurredAt: event.at,
          listSlug: list.slug,
          listTitle: latest.title,
          addressee: handover?.addressee ?? null,
          version: handover?.version ?? null,
          itemId,
          position: position > 0 ? position : null,
          statusKey: event.toStatus,
          progress: event.progress,
          note: handover === null ? publicNote(event) : null,
          link: event.link,
          nextReviewAt: index === events.length - 1 ? (followUp?.nextReviewAt ?? null) : null,
        }),
      );
    });
  }
  return steps;
}
