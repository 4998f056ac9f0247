import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '@app/accounts';
import { AuditResolver } from './moderation/audit.resolver';
import { AUDIT_MODEL, auditSchema, FLAG_MODEL, flagSchema } from './moderation/moderation.schema';
import { ModerationRepository } from './moderation/moderation.repository';
import { ModerationService } from './moderation/moderation.service';
import { LimitsResolver } from './proposals/limits.resolver';
import { PROPOSAL_MODEL, proposalSchema } from './proposals/proposal.schema';
import { ProposalsRepository } from './proposals/proposals.repository';
import { ProposalsResolver } from './proposals/proposals.resolver';
import { ProposalsService } from './proposals/proposals.service';
import { RankingIndex } from './ranking/ranking-index';
import { THEME_MODEL, themeSchema } from './themes/theme.schema';
import { ThemesRepository } from './themes/themes.repository';
import { ThemesResolver } from './themes/themes.resolver';
import { ThemesService } from './themes/themes.service';
import { VOTE_MODEL, voteSchema } from './votes/vote.schema';
import { VotesRepository } from './votes/votes.repository';
import { VotesService } from './votes/votes.service';

/** Suggestions, themes, votes and their ranking, search and moderation. */
@Module({
  imports: [
    AccountsModule,
    MongooseModule.forFeature([
      { name: PROPOSAL_MODEL, schema: proposalSchema },
      { name: THEME_MODEL, schema: themeSchema },
      { name: VOTE_MODEL, schema: voteSchema },
      { name: FLAG_MODEL, schema: flagSchema },
      { name: AUDIT_MODEL, schema: auditSchema },
    ]),
  ],
  providers: [
    AuditResolver,
    LimitsResolver,
    ModerationRepository,
    ModerationService,
    ProposalsRepository,
    ProposalsResolver,
    ProposalsService,
    RankingIndex,
    ThemesRepository,
    ThemesResolver,
    ThemesService,
    VotesRepository,
    VotesService,
  ],
  exports: [ModerationService, ProposalsService, ThemesService, VotesService],
})
export class ProposalsModule {}
