import { Module } from '@nestjs/common';
import { CurationModule } from '@app/curation';
import { ProposalsModule } from '@app/proposals';
import { ProposalClustersResolver } from './clusters/proposal-clusters.resolver';
import { ProposalClustersService } from './clusters/proposal-clusters.service';
import { TextClusterer } from './clusters/text-clusterer';

/**
 * The editors' workbench: from hundreds of suggestions to the few a list condenses. It reads
 * suggestions, votes and drafts and writes nothing of its own; a cluster becomes a draft item
 * through libs/curation (addDraftItem).
 */
@Module({
  imports: [ProposalsModule, CurationModule],
  providers: [ProposalClustersResolver, ProposalClustersService, TextClusterer],
  exports: [ProposalClustersService],
})
export class WorkbenchModule {}
