import { Global, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MetricsModule } from '@app/metrics';
import { DomainEvents } from './domain-events.service';
import { LiveUpdates } from './live-updates';
import { OUTBOX_MODEL, outboxSchema } from './outbox.schema';

/** Domain events (stored, delivered off the request path) and live updates for subscriptions. */
@Global()
@Module({
  imports: [MongooseModule.forFeature([{ name: OUTBOX_MODEL, schema: outboxSchema }]), MetricsModule],
  providers: [DomainEvents, LiveUpdates],
  exports: [DomainEvents, LiveUpdates],
})
export class EventsModule {}
