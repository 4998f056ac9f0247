import { Injectable, Logger } from '@nestjs/common';
import { DatabaseProfile } from '../profile/database-profile';
import { ChangeBus } from './change-bus';
import { ClusterMembership } from './cluster-membership';

/**
 * Whether the in-memory accelerators (the ranking index, the document caches) may answer: only on
 * the `ferretdb` profile, and only while this process hears every write to what they hold: alone
 * on the database, or with peers while this process and every peer are on the change bus
 * (Redis). Otherwise their users read from the database.
 */
@Injectable()
export class InMemoryAccelerators {
  private readonly logger = new Logger(InMemoryAccelerators.name);
  private readonly listeners: ((on: boolean) => void)[] = [];
  private onNow: boolean;

  constructor(
    private readonly profile: DatabaseProfile,
    private readonly membership: ClusterMembership,
    private readonly bus: ChangeBus,
  ) {
    this.onNow = this.compute();
    if (profile.ferretdb) {
      membership.onChange(() => this.update());
      bus.onChange(() => this.update());
    }
  }

  get on(): boolean {
    return this.onNow;
  }

  /**
   * Called when `on` changes: off when a peer joins without the change bus or the bus drops, on
   * again (to be rebuilt: writes may have been missed meanwhile) when every process hears them.
   */
  onChange(listener: (on: boolean) => void): void {
    this.listeners.push(listener);
  }

  private compute(): boolean {
    return (
      this.profile.ferretdb &&
      (!this.membership.shared || (this.bus.connected && this.membership.peersOnChangeBus))
    );
  }

  private update(): void {
    const on = this.compute();
    if (on === this.onNow) return;
    this.onNow = on;
    this.logger.log(
      on
        ? "Every process on this database hears the others' writes: rankings and caches in memory."
        : 'Writes of another process may go unheard: rankings and caches read from the database.',
    );
    for (const listener of this.listeners) listener(on);
  }
}
