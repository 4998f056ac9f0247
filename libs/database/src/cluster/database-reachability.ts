import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { type Connection, ConnectionStates } from 'mongoose';

/**
 * Whether the driver counts the database as reachable, from the connection's state events and
 * the driver's heartbeats. Not `connection.readyState`: mongoose's getter also reads
 * "disconnected" when no heartbeat succeeded for two heartbeat intervals (1 s here), which a
 * loaded machine passes while the database answers every request. Read that way, locked writes
 * failed with UNAVAILABLE (CI's two-process spec on PostgreSQL) and `/health` answered 503 (CI's
 * fuzz spec) on a healthy database. The driver marks the server unknown, and mongoose emits
 * "disconnected", when a heartbeat fails (CONNECT_TIMEOUT_MS); the next heartbeat that succeeds
 * (or mongoose's "connected") makes it reachable again.
 */
@Injectable()
export class DatabaseReachability {
  private reachableNow: boolean;

  constructor(@InjectConnection() connection: Connection) {
    this.reachableNow = connection.readyState === ConnectionStates.connected;
    connection.on('connected', () => (this.reachableNow = true));
    connection.on('disconnected', () => (this.reachableNow = false));
    connection.getClient().on('serverHeartbeatSucceeded', () => (this.reachableNow = true));
  }

  get reachable(): boolean {
    return this.reachableNow;
  }
}
