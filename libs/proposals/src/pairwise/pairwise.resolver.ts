import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Role, Roles, type User } from '@app/accounts';
import { ProposalModel, toProposalModel } from '../proposals/models/proposal.model';
import { PairChoiceEnum, ProposalPairModel } from './models/proposal-pair.model';
import { PairwiseService } from './pairwise.service';

@Resolver(() => ProposalModel)
export class PairwiseResolver {
  constructor(private readonly pairwise: PairwiseService) {}

  @Roles(Role.MEMBER)
  @Query(() => ProposalPairModel, {
    description:
      'Two published suggestions (of the theme when given) you have not compared yet, none of them yours; NOT_FOUND with reason NO_PAIR_LEFT when there is none.',
  })
  async nextPair(
    @CurrentUser() user: User,
    @Args('themeId', { type: () => ID, nullable: true }) themeId: string | null,
  ): Promise<ProposalPairModel> {
    const pair = await this.pairwise.nextPair(user, themeId);
    return { token: pair.token, left: toProposalModel(pair.left), right: toProposalModel(pair.right) };
  }

  @Roles(Role.MEMBER)
  @Mutation(() => Boolean, {
    description:
      'Your answer to a pair from nextPair. A pair counts once, however often it is answered; your answers are never shown, only the scores from everyone’s.',
  })
  comparePair(
    @CurrentUser() user: User,
    @Args('token') token: string,
    @Args('choice', { type: () => PairChoiceEnum }) choice: PairChoiceEnum,
  ): Promise<boolean> {
    return this.pairwise.comparePair(user, token, choice);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'The estimated chance (0–100) that members choose this suggestion over another published one drawn at random (Bradley–Terry with a prior); null until it was compared, or when it is not published.',
  })
  pairwiseScore(@Parent() proposal: ProposalModel): Promise<number | null> {
    return this.pairwise.pairwiseScore(proposal.id);
  }
}
