import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Module } from '@nestjs/common';
import { CurationModule } from '@app/curation';
import { findProjectRoot } from '@app/embedded';
import { ProposalsModule } from '@app/proposals';
import { PublicReadsModule } from '../public-reads/public-reads.module';
import { WEB_ROOT, WebClient } from './web-client';

/** The built web client (dist/web), when it was built; the API alone otherwise. */
@Module({})
export class WebClientModule {
  static forRoot(): DynamicModule {
    const root = join(findProjectRoot(), 'dist', 'web');
    if (!existsSync(join(root, 'index.html'))) {
      return { module: WebClientModule };
    }
    return {
      module: WebClientModule,
      imports: [ProposalsModule, CurationModule, PublicReadsModule],
      providers: [{ provide: WEB_ROOT, useValue: root }, WebClient],
    };
  }
}
