import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthenticatedRequest, Role, Roles, toUserModel, UserLoader, UserModel } from '@app/accounts';
import { type Connection, mapConnection } from '@app/core';
import { ProposalModel, toProposalModel } from '../proposals/models/proposal.model';
import { ProposalsService } from '../proposals/proposals.service';
import { AuditEntryConnection, AuditEntryModel, toAuditEntryModel } from './models/audit-entry.model';
import { ModerationService } from './moderation.service';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly proposals: ProposalsService,
    private readonly users: UserLoader,
  ) {}

  @Roles(Role.MODERATOR)
  @Query(() => AuditEntryConnection, { description: 'Moderation actions, newest first.' })
  async auditLog(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<AuditEntryModel>> {
    return mapConnection(await this.moderation.auditLog({ first, after }), toAuditEntryModel);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'Null when the platform acted by itself.' })
  async actor(
    @Parent() entry: AuditEntryModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<UserModel | null> {
    if (entry.record.actorId === null) {
      return null;
    }
    const user = await this.users.for(request).load(entry.record.actorId.toHexString());
    return user === null ? null : toUserModel(user);
  }

  @ResolveField(() => ProposalModel, { nullable: true })
  async proposal(
    @Parent() entry: AuditEntryModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<ProposalModel | null> {
    if (entry.record.proposalId === null) {
      return null;
    }
    const proposal = await this.proposals.loader.for(request).load(entry.record.proposalId.toHexString());
    return proposal === null ? null : toProposalModel(proposal);
  }

  @ResolveField(() => ProposalModel, { nullable: true, description: 'Where a MERGE moved the votes.' })
  async target(
    @Parent() entry: AuditEntryModel,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<ProposalModel | null> {
    if (entry.record.targetId === null) {
      return null;
    }
    const proposal = await this.proposals.loader.for(request).load(entry.record.targetId.toHexString());
    return proposal === null ? null : toProposalModel(proposal);
  }
}
