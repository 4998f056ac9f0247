import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { UnavailableError } from '@app/core';
import { AuthThrottled, CurrentUser, Public, Roles } from '../auth/decorators';
import { AuthPayloadModel } from '../auth/models/auth-payload.model';
import { Role } from '../roles';
import { UserModel } from '../users/models/user.model';
import type { User } from '../users/user.schema';
import { UpdateProfileInput } from './dto/update-profile.input';

// Contract stub for issue #16: the names and types are final, the bodies are not built yet.
const notYet = (): never => {
  throw new UnavailableError('Not built yet.');
};

/** What a user does with their own account: verification, recovery, password, address, profile. */
@Resolver()
export class AccountResolver {
  @Public()
  @Mutation(() => UserModel, {
    description: 'Confirms an email address with the token of a verification mail.',
  })
  verifyEmail(@Args('token') _token: string): UserModel {
    return notYet();
  }

  @Mutation(() => Boolean, { description: 'Sends the verification mail again to the unverified address.' })
  requestEmailVerification(@CurrentUser() _user: User): boolean {
    return notYet();
  }

  @Public()
  @AuthThrottled()
  @Mutation(() => Boolean, {
    description:
      'Sends a password-reset link if an account has this address; always true, after the same time either way.',
  })
  requestPasswordReset(@Args('email') _email: string): boolean {
    return notYet();
  }

  @Public()
  @AuthThrottled()
  @Mutation(() => AuthPayloadModel, {
    description: 'Sets a new password with the token of a reset mail; ends every other sign-in.',
  })
  resetPassword(@Args('token') _token: string, @Args('newPassword') _newPassword: string): AuthPayloadModel {
    return notYet();
  }

  @Mutation(() => Boolean)
  changePassword(
    @CurrentUser() _user: User,
    @Args('currentPassword') _currentPassword: string,
    @Args('newPassword') _newPassword: string,
  ): boolean {
    return notYet();
  }

  @Mutation(() => Boolean, {
    description:
      'Sends a verification mail to the new address; the change takes effect when it is confirmed.',
  })
  changeEmail(
    @CurrentUser() _user: User,
    @Args('password') _password: string,
    @Args('newEmail') _newEmail: string,
  ): boolean {
    return notYet();
  }

  @Mutation(() => UserModel)
  updateProfile(@CurrentUser() _user: User, @Args('input') _input: UpdateProfileInput): UserModel {
    return notYet();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, { description: "Sends the user's verification mail again." })
  resendVerification(
    @CurrentUser() _actor: User,
    @Args('userId', { type: () => ID }) _userId: string,
  ): boolean {
    return notYet();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Sends the user a password-reset link; an admin never sees or sets a password.',
  })
  sendPasswordReset(
    @CurrentUser() _actor: User,
    @Args('userId', { type: () => ID }) _userId: string,
  ): boolean {
    return notYet();
  }
}
