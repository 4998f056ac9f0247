import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import { AccountsModule } from '@app/accounts';
import type { AppConfig } from '@app/core';
import { JourneyEventResolver } from './journey/journey-event.resolver';
import { ProposalJourneyService } from './journey/proposal-journey.service';
import { AuditResolver } from './moderation/audit.resolver';
import { AUDIT_MODEL, auditSchema, FLAG_MODEL, flagSchema } from './moderation/moderation.schema';
import { ModerationRepository } from './moderation/moderation.repository';
import { ModerationService } from './moderation/moderation.service';
import { PairTokens } from './pairwise/pair-token';
import { PAIRWISE_ANSWER_MODEL, pairwiseAnswerSchema } from './pairwise/pairwise-answer.schema';
import { PairwiseRepository } from './pairwise/pairwise.repository';
import { PairwiseResolver } from './pairwise/pairwise.resolver';
import { PairwiseService } from './pairwise/pairwise.service';
import { PairwiseStandings } from './pairwise/pairwise-standings';
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
      { name: PAIRWISE_ANSWER_MODEL, schema: pairwiseAnswerSchema },
    ]),
  ],
  providers: [
    AuditResolver,
    JourneyEventResolver,
    LimitsResolver,
    ModerationRepository,
    ModerationService,
    PairwiseRepository,
    PairwiseResolver,
    PairwiseService,
    PairwiseStandings,
    {
      provide: PairTokens,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) =>
        new PairTokens(config.get('JWT_SECRET', { infer: true })),
    },
    ProposalJourneyService,
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
  exports: [
    ModerationService,
    PairTokens,
    PairwiseService,
    ProposalJourneyService,
    ProposalsService,
    ThemesService,
    VotesService,
  ],
})
export class ProposalsModule {}
