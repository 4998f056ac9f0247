import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Connection } from 'mongoose';

/** Beats more often than ClusterMembership's silence limit, so the peer never counts as stopped. */
const HEARTBEAT_MS = 300;

/**
 * A made-up API process on the database of `connection` that is not on the change bus: while it
 * is there, the processes of the test see a peer whose writes they would not hear and turn their
 * in-memory accelerators off (ranking index, document caches), so every read takes the database
 * path. `leave` removes it; the accelerators come back on (and the index is rebuilt).
 */
export async function joinSilentPeer(connection: Connection): Promise<{ leave: () => Promise<void> }> {
  const instances = connection.collection<{
    _id: string;
    pid: number;
    host: string;
    startedAt: Date;
    seenAt: Date;
  }>('api_instances');
  const id = randomUUID();
  const now = new Date();
  await instances.insertOne({ _id: id, pid: 1, host: hostname(), startedAt: now, seenAt: now });
  const heartbeat = setInterval(
    () => void instances.updateOne({ _id: id }, { $set: { seenAt: new Date() } }),
    HEARTBEAT_MS,
  );
  return {
    leave: async () => {
      clearInterval(heartbeat);
      await instances.deleteOne({ _id: id });
    },
  };
}
