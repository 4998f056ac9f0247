import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { AuthThrottled, CurrentUser, Public, Roles } from '../auth/decorators';
import { AuthPayloadModel, toAuthPayload } from '../auth/models/auth-payload.model';
import type { AuthenticatedRequest } from '../auth/request-context';
import { Role } from '../roles';
import { toUserModel, UserModel } from '../users/models/user.model';
import type { User } from '../users/user.schema';
import { AccountService } from './account.service';
import { UpdateProfileInput } from './dto/update-profile.input';

/** What a user does with their own account: verification, recovery, password, address, profile. */
@Resolver()
export class AccountResolver {
  constructor(private readonly account: AccountService) {}

  @Public()
  @Mutation(() => UserModel, {
    description: 'Confirms an email address with the token of a verification mail.',
  })
  async verifyEmail(
    @Args('token') token: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<UserModel> {
    const user = await this.account.verifyEmail(token);
    // Whoever holds the link may see the address it confirmed, signed in or not.
    request.user ??= user;
    return toUserModel(user);
  }

  @Mutation(() => Boolean, { description: 'Sends the verification mail again to the unverified address.' })
  requestEmailVerification(@CurrentUser() user: User): Promise<boolean> {
    return this.account.requestEmailVerification(user);
  }

  @Public()
  @AuthThrottled()
  @Mutation(() => Boolean, {
    description:
      'Sends a password-reset link if an account has this address; always true, after the same time either way.',
  })
  requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    return this.account.requestPasswordReset(email);
  }

  @Public()
  @AuthThrottled()
  @Mutation(() => AuthPayloadModel, {
    description: 'Sets a new password with the token of a reset mail; ends every other sign-in.',
  })
  async resetPassword(
    @Args('token') token: string,
    @Args('newPassword') newPassword: string,
    @Context('req') request: AuthenticatedRequest,
  ): Promise<AuthPayloadModel> {
    const session = await this.account.resetPassword(token, newPassword);
    request.user = session.user;
    return toAuthPayload(session);
  }

  @Mutation(() => Boolean, {
    description: 'Ends every sign-in, this one included: sign in again with the new password.',
  })
  changePassword(
    @CurrentUser() user: User,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
  ): Promise<boolean> {
    return this.account.changePassword(user, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, {
    description:
      'Sends a verification mail to the new address; the change takes effect when it is confirmed.',
  })
  changeEmail(
    @CurrentUser() user: User,
    @Args('password') password: string,
    @Args('newEmail') newEmail: string,
  ): Promise<boolean> {
    return this.account.changeEmail(user, password, newEmail);
  }

  @Mutation(() => UserModel)
  async updateProfile(
    @CurrentUser() user: User,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserModel> {
    return toUserModel(await this.account.updateProfile(user, input));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: "Sends the user's verification mail again." })
  resendVerification(@Args('userId', { type: () => ID }) userId: string): Promise<boolean> {
    return this.account.resendVerification(userId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Sends the user a password-reset link; an admin never sees or sets a password.',
  })
  sendPasswordReset(@Args('userId', { type: () => ID }) userId: string): Promise<boolean> {
    return this.account.sendPasswordReset(userId);
  }
}
