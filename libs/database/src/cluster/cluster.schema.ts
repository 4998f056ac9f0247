import { Schema } from 'mongoose';

export const INSTANCE_MODEL = 'ApiInstance';
export const LEASE_MODEL = 'Lease';

/** A running API or CLI process on this database; it writes `seenAt` every heartbeat. */
export interface InstanceRecord {
  _id: string;
  pid: number;
  host: string;
  startedAt: Date;
  seenAt: Date;
  /** Whether it is connected to the change bus (Redis): it tells its writes and hears the others'. */
  onChangeBus?: boolean;
}

export const instanceSchema = new Schema<InstanceRecord>(
  {
    _id: { type: String, required: true },
    pid: { type: Number, required: true },
    host: { type: String, required: true },
    startedAt: { type: Date, required: true },
    seenAt: { type: Date, required: true },
    onChangeBus: { type: Boolean, default: false },
  },
  { collection: 'api_instances', versionKey: false },
);

/**
 * A lock held across processes: it exists while held, under the locked key as `_id`, so taking
 * it is an insert (the one atomic claim FerretDB v1 offers). `takeover` entries record who
 * removed an expired lease, so that only one process can remove it.
 */
export interface LeaseRecord {
  _id: string;
  owner: string;
  expiresAt: Date;
  takeover: boolean;
}

export const leaseSchema = new Schema<LeaseRecord>(
  {
    _id: { type: String, required: true },
    owner: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    takeover: { type: Boolean, default: false },
  },
  { collection: 'leases', versionKey: false },
);
