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
    }
  | {
      /** A published comment (thread or reply) on a suggestion or on an item of a published list. */
      type: 'COMMENT_ADDED';
      commentId: string;
      targetType: 'PROPOSAL' | 'LIST_ITEM';
      /** The suggestion's id, or the list item's id. */
      targetId: string;
      /** For a list item: its list (followers of the list hear of it) and the list's slug. */
      listId: string | null;
      slug: string | null;
      /** The suggestion's or the item's title, for the message. */
      targetTitle: string;
      authorId: string;
      /** For a reply: the author of the thread's first comment, told even if they unfollowed. */
      parentAuthorId: string | null;
    };

export type DomainEventType = DomainEvent['type'];

/** An event as delivered to handlers: with the id of its outbox entry (stable across retries). */
export type DeliveredEvent = DomainEvent & { eventId: string };
