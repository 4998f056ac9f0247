import { Injectable } from '@nestjs/common';
import { DatabaseProfile } from '../profile/database-profile';
import { ClusterMembership } from './cluster-membership';

/**
 * Whether the in-memory accelerators (the ranking index, the document caches) may answer: only on
 * the `ferretdb` profile, and only while this process is alone on the database, since nothing
 * tells it what another process wrote. Otherwise their users read from the database.
 */
@Injectable()
export class InMemoryAccelerators {
  constructor(
    private readonly profile: DatabaseProfile,
    private readonly membership: ClusterMembership,
  ) {}

  get on(): boolean {
    return this.profile.ferretdb && !this.membership.shared;
  }

  /** Called when `on` changes: off when a peer joins, on again when it has gone. */
  onChange(listener: (on: boolean) => void): void {
    if (this.profile.ferretdb) this.membership.onChange((shared) => listener(!shared));
  }
}
