import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Connection, LanguageEnum, mapConnection } from '@app/core';
import { AuthService } from '../auth/auth.service';
import { CurrentUser, Public, Roles } from '../auth/decorators';
import { hasAnyRole, Role } from '../roles';
import { UsersArgs } from './dto/users.args';
import { toUserModel, UserConnection, UserModel } from './models/user.model';
import type { User } from './user.schema';
import { UsersService } from './users.service';

function isSelfOrAdmin(viewer: User | null, user: UserModel): boolean {
  return viewer !== null && (viewer._id.equals(user.record._id) || hasAnyRole(viewer.roles, [Role.ADMIN]));
}

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  me(@CurrentUser() user: User | null): UserModel | null {
    return user === null ? null : toUserModel(user);
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection)
  async users(@Args() args: UsersArgs): Promise<Connection<UserModel>> {
    return mapConnection(await this.usersService.list(args), toUserModel);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Replaces the roles of a user; MEMBER is always kept.' })
  async setUserRoles(
    @CurrentUser() actor: User,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('roles', { type: () => [Role] }) roles: Role[],
  ): Promise<UserModel> {
    return toUserModel(await this.usersService.setRoles(actor, userId, roles));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Blocks sign-in and every existing token of a user.' })
  async blockUser(
    @CurrentUser() actor: User,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('reason') reason: string,
  ): Promise<UserModel> {
    return toUserModel(await this.auth.block(actor, userId, reason));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel)
  async unblockUser(
    @CurrentUser() actor: User,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<UserModel> {
    return toUserModel(await this.usersService.setBlocked(actor, userId, null));
  }

  @ResolveField(() => String, { nullable: true })
  email(@Parent() user: UserModel, @CurrentUser() viewer: User | null): string | null {
    return isSelfOrAdmin(viewer, user) ? user.email : null;
  }

  @ResolveField(() => LanguageEnum, { nullable: true })
  language(@Parent() user: UserModel, @CurrentUser() viewer: User | null): LanguageEnum | null {
    return isSelfOrAdmin(viewer, user) ? user.language : null;
  }

  @ResolveField(() => Date, { nullable: true })
  emailVerifiedAt(@Parent() user: UserModel, @CurrentUser() viewer: User | null): Date | null {
    return isSelfOrAdmin(viewer, user) ? user.emailVerifiedAt : null;
  }

  @ResolveField(() => Date, { nullable: true })
  blockedAt(@Parent() user: UserModel, @CurrentUser() viewer: User | null): Date | null {
    return viewer !== null && hasAnyRole(viewer.roles, [Role.ADMIN]) ? user.blockedAt : null;
  }
}
