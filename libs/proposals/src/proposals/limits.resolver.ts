import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@app/accounts';
import { REASON_LIMITS } from '../text/reason';
import { LimitsModel } from './models/limits.model';
import { PROPOSAL_BODY_LIMITS, PROPOSAL_TITLE_LIMITS } from './proposal-limits';

@Resolver(() => LimitsModel)
export class LimitsResolver {
  @Public()
  @Query(() => LimitsModel)
  limits(): LimitsModel {
    return {
      proposalTitle: PROPOSAL_TITLE_LIMITS,
      proposalBody: PROPOSAL_BODY_LIMITS,
      reason: REASON_LIMITS,
    };
  }
}
