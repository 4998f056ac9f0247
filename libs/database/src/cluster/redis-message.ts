import { mongo } from 'mongoose';

/**
 * Messages between processes are MongoDB Extended JSON (relaxed: plain numbers): the records the
 * API publishes are lean documents, whose ObjectIds and Dates plain JSON would turn into strings.
 */
export function serializeMessage(payload: unknown): string {
  return mongo.BSON.EJSON.stringify(payload, { relaxed: true });
}

export function deserializeMessage(message: string | Buffer): unknown {
  return mongo.BSON.EJSON.parse(message.toString(), { relaxed: true });
}
