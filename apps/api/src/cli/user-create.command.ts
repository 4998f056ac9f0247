import { Command, CommandRunner, Option } from 'nest-commander';
import { Role, UsersService } from '@app/accounts';
import { InvalidInputError } from '@app/core';

interface UserCreateOptions {
  email?: string;
  password?: string;
  name?: string;
  organization?: string;
  role?: Role[];
}

const ROLES = Object.values(Role);

@Command({
  name: 'user:create',
  description: 'Create a user with roles; does nothing (and says so) when the email exists',
})
export class UserCreateCommand extends CommandRunner {
  constructor(private readonly users: UsersService) {
    super();
  }

  @Option({ flags: '--email <email>', description: 'Email address (required)' })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--password <password>', description: 'Password, 10 to 128 characters (required)' })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'Display name (required)' })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--organization <organization>', description: 'Company or organisation' })
  parseOrganization(value: string): string {
    return value;
  }

  @Option({
    flags: '--role <role>',
    description: `Role, repeatable: ${ROLES.join(', ')} (MEMBER is always given)`,
  })
  parseRole(value: string, previous: Role[] | undefined): Role[] {
    const role = (Role as Partial<Record<string, Role>>)[value.toUpperCase()];
    if (role === undefined) {
      throw new InvalidInputError(`Unknown role "${value}"; use one of ${ROLES.join(', ')}.`, 'role');
    }
    return [...(previous ?? []), role];
  }

  async run(_: string[], options: UserCreateOptions): Promise<void> {
    const { email, password, name } = options;
    if (email === undefined || password === undefined || name === undefined) {
      throw new InvalidInputError('--email, --password and --name are required.');
    }
    const existing = await this.users.findByEmail(email);
    if (existing !== null) {
      process.stdout.write(
        `A user with email ${existing.email} already exists (roles: ${existing.roles.join(', ')}); nothing changed.\n`,
      );
      return;
    }
    const user = await this.users.create(
      { email, password, displayName: name, organization: options.organization },
      options.role ?? [],
      '',
    );
    process.stdout.write(
      `Created user ${user.email} (${user._id.toHexString()}) with roles ${user.roles.join(', ')}.\n`,
    );
  }
}
