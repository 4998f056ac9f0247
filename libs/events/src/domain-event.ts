/** What happened, as the notification fan-out needs it. Ids are hex strings. */
export type DomainEvent =
  | { type: 'PROPOSAL_SUBMITTED'; proposalId: string; authorId: string }
  | { type: 'VOTE_CAST'; proposalId: string; userId: string }
  | { type: 'PROPOSAL_HIDDEN'; proposalId: string; title: string; actorId: string | null }
  | { type: 'PROPOSAL_MERGED'; proposalId: string; intoId: string; title: string; actorId: string }
  | {
      type: 'LIST_PUBLISHED';
      listId: string;
      slug: string;
      title: string;
      version: number;
      proposalIds: string[];
      actorId: string;
    }
  | {
      type: 'FOLLOW_UP_RECORDED';
      listId: string;
      slug: string;
      itemId: string;
      itemTitle: string;
      statusKey: string;
      statusNl: string;
      statusEn: string;
      proposalIds: string[];
      actorId: string;
    };

export type DomainEventType = DomainEvent['type'];

/** An event as delivered to handlers: with the id of its outbox entry (stable across retries). */
export type DeliveredEvent = DomainEvent & { eventId: string };
