import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  MEMBER = 'MEMBER',
  MODERATOR = 'MODERATOR',
  EDITOR = 'EDITOR',
  LIAISON = 'LIAISON',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do. Every registered user is a MEMBER; ADMIN may do everything.',
  valuesMap: {
    MEMBER: { description: 'Submits suggestions and votes.' },
    MODERATOR: { description: 'Hides and merges suggestions.' },
    EDITOR: { description: 'Composes and publishes curated lists.' },
    LIAISON: { description: 'Records what the ministry did with each item.' },
    ADMIN: { description: 'Manages users, roles and settings; passes every role check.' },
  },
});

/** True when a user with `roles` passes a check that asks for one of `required`. */
export function hasAnyRole(roles: readonly Role[], required: readonly Role[]): boolean {
  return roles.includes(Role.ADMIN) || required.some((role) => roles.includes(role));
}
