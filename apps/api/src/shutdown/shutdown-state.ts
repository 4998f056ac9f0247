import { Injectable } from '@nestjs/common';

/** Whether the process is shutting down: readiness then answers 503, so balancers stop sending. */
@Injectable()
export class ShutdownState {
  private started = false;

  get shuttingDown(): boolean {
    return this.started;
  }

  begin(): void {
    this.started = true;
  }
}
