import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Button, Card, EmptyState, FormField } from '../components';
import { ErrorMessage } from '../errors';
import { formatDate } from '../format';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';
import type { Role, UsersQuery } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { Status } from './Status';
import { useDebounced } from './SubmitPage';

/** MEMBER is every user's and cannot be taken away; these are given by an admin. */
const GRANTABLE: Role[] = ['MODERATOR', 'EDITOR', 'LIAISON', 'ADMIN'];

const USERS = graphql(`
  query Users($search: String) {
    users(search: $search, first: 20) {
      totalCount
      edges {
        node {
          id
          displayName
          email
          organization
          roles
          blockedAt
          emailVerifiedAt
        }
      }
    }
  }
`);
const SET_ROLES = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      id
      roles
    }
  }
`);
const BLOCK = graphql(`
  mutation BlockUser($userId: ID!, $reason: String!) {
    blockUser(userId: $userId, reason: $reason) {
      id
      blockedAt
    }
  }
`);
const UNBLOCK = graphql(`
  mutation UnblockUser($userId: ID!) {
    unblockUser(userId: $userId) {
      id
      blockedAt
    }
  }
`);

const RESEND_VERIFICATION = graphql(`
  mutation ResendVerification($userId: ID!) {
    resendVerification(userId: $userId)
  }
`);
const SEND_PASSWORD_RESET = graphql(`
  mutation SendPasswordReset($userId: ID!) {
    sendPasswordReset(userId: $userId)
  }
`);

type UserRow = UsersQuery['users']['edges'][number]['node'];

/** Admins: find a user, give or take roles, block or unblock. */
export function AdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('admin.title'));
  const [search, setSearch] = useState('');
  const text = useDebounced(search.trim(), 300);
  const [{ data, fetching, error }] = useQuery({ query: USERS, variables: { search: text || null } });
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <div className="controls">
        <FormField label={t('admin.search')}>
          {(control) => (
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} {...control} />
          )}
        </FormField>
      </div>
      <Status fetching={fetching && !data} error={error} />
      {data?.users.edges.length === 0 && <EmptyState>{t('admin.none')}</EmptyState>}
      <ul className="plain">
        {data?.users.edges.map(({ node }) => (
          <UserCard key={node.id} user={node} />
        ))}
      </ul>
    </>
  );
}

function UserCard({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [reason, setReason] = useState('');
  const [saved, setUserRoles] = useMutation(SET_ROLES);
  const [blocked, block] = useMutation(BLOCK);
  const [unblocked, unblock] = useMutation(UNBLOCK);
  const [done, setDone] = useState(false);
  const headingId = `user-${user.id}`;
  const onSave = (event: SyntheticEvent) => {
    event.preventDefault();
    setDone(false);
    void setUserRoles({ userId: user.id, roles }).then((result) => {
      setDone(!result.error);
      // Refused: show the roles as stored again, beside the reason.
      if (result.error) setRoles(user.roles);
    });
  };
  const toggle = (role: Role, on: boolean) =>
    setRoles((current) => (on ? [...current, role] : current.filter((r) => r !== role)));
  return (
    <Card as="li">
      <h2 id={headingId}>{user.displayName}</h2>
      <p className="meta">
        {user.email}
        {user.organization ? ` · ${user.organization}` : ''}
        {' · '}
        {user.emailVerifiedAt
          ? t('admin.verifiedSince', { date: formatDate(user.emailVerifiedAt, currentLanguage()) })
          : t('admin.unverified')}
      </p>
      <AccountMail user={user} />
      <form onSubmit={onSave} aria-labelledby={headingId}>
        <fieldset>
          <legend>{t('admin.roles', { name: user.displayName })}</legend>
          {GRANTABLE.map((role) => (
            <FormField key={role} layout="choice" label={t(`roles.${role}`)}>
              {(control) => (
                <input
                  type="checkbox"
                  checked={roles.includes(role)}
                  onChange={(e) => toggle(role, e.target.checked)}
                  {...control}
                />
              )}
            </FormField>
          ))}
        </fieldset>
        <Button type="submit" disabled={saved.fetching}>
          {t('admin.saveRoles')}
        </Button>
        {done && <span role="status"> {t('admin.saved')}</span>}
        <ErrorMessage error={saved.error} />
      </form>
      {user.blockedAt ? (
        <p>
          {t('admin.blockedSince', { date: formatDate(user.blockedAt, currentLanguage()) })}{' '}
          <Button
            variant="secondary"
            disabled={unblocked.fetching}
            onClick={() => void unblock({ userId: user.id })}
          >
            {t('admin.unblock')}
          </Button>
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void block({ userId: user.id, reason });
          }}
        >
          <FormField label={t('admin.blockReason')}>
            {(control) => (
              <input
                required
                minLength={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                {...control}
              />
            )}
          </FormField>
          <Button type="submit" variant="danger" disabled={blocked.fetching}>
            {t('admin.block')}
          </Button>
        </form>
      )}
      <ErrorMessage error={blocked.error ?? unblocked.error} />
    </Card>
  );
}

/**
 * Mail an admin may have sent for a user who asks for help: the verification link again, or a
 * password-reset link. An admin never sees or sets a password.
 */
function AccountMail({ user }: { user: UserRow }) {
  const { t } = useTranslation();
  const [resent, resend] = useMutation(RESEND_VERIFICATION);
  const [reset, sendReset] = useMutation(SEND_PASSWORD_RESET);
  const [sent, setSent] = useState<'verification' | 'reset' | null>(null);
  return (
    <p className="actions">
      {!user.emailVerifiedAt && (
        <Button
          variant="secondary"
          disabled={resent.fetching}
          onClick={() =>
            void resend({ userId: user.id }).then((result) => setSent(result.error ? null : 'verification'))
          }
        >
          {t('admin.resendVerification')}
        </Button>
      )}{' '}
      <Button
        variant="secondary"
        disabled={reset.fetching}
        onClick={() =>
          void sendReset({ userId: user.id }).then((result) => setSent(result.error ? null : 'reset'))
        }
      >
        {t('admin.sendPasswordReset')}
      </Button>
      {sent && (
        <span role="status"> {t(sent === 'reset' ? 'admin.resetSent' : 'admin.verificationSent')}</span>
      )}
      <ErrorMessage error={resent.error ?? reset.error} />
    </p>
  );
}
