import { Injectable } from '@nestjs/common';
import { ClusterMembership } from './cluster-membership';
import { RedisLink } from './redis-link';

/** The Redis channel (after the key prefix) of the change bus. */
const CHANGES_CHANNEL = 'changes';

/** One write another process must hear of: what changed (`kind`, such as `cache:users`) and its id. */
interface ChangeMessage {
  from: string;
  kind: string;
  id: string;
}

type ChangeHandler = (id: string) => void;

function isChangeMessage(message: unknown): message is ChangeMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { from, kind, id } = message as Record<string, unknown>;
  return typeof from === 'string' && typeof kind === 'string' && typeof id === 'string';
}

/**
 * Tells the other API processes on this database, through Redis, which documents this process
 * wrote, and applies what they wrote, so that in-memory caches and the ranking index can stay on
 * while processes share the database. Only while Redis is connected (`connected`); otherwise
 * InMemoryAccelerators switches them off, and on again (rebuilt, since messages were missed)
 * when it is back.
 */
@Injectable()
export class ChangeBus {
  private readonly handlers = new Map<string, ChangeHandler[]>();

  constructor(
    private readonly redis: RedisLink,
    private readonly membership: ClusterMembership,
  ) {
    redis.listen(CHANGES_CHANNEL, (message) => {
      if (isChangeMessage(message)) this.receive(message);
    });
  }

  get connected(): boolean {
    return this.redis.connected;
  }

  /** Called with the state of `connected` each time it changes. */
  onChange(listener: (connected: boolean) => void): void {
    this.redis.onChange(listener);
  }

  /** Tells the other processes that the document `id` of `kind` changed; never fails the write. */
  announce(kind: string, id: string): void {
    if (!this.redis.connected) return;
    const message: ChangeMessage = { from: this.membership.instanceId, kind, id };
    void this.redis.publish(CHANGES_CHANNEL, message);
  }

  /** Calls `handler` with the id of each `kind` of document that another process wrote. */
  on(kind: string, handler: ChangeHandler): void {
    this.handlers.set(kind, [...(this.handlers.get(kind) ?? []), handler]);
  }

  private receive(message: ChangeMessage): void {
    if (message.from === this.membership.instanceId) return;
    for (const handler of this.handlers.get(message.kind) ?? []) handler(message.id);
  }
}
