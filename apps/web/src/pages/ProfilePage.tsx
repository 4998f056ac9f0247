import { type SyntheticEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from '../auth';
import { ErrorMessage } from '../errors';
import { Badge, Button, FormField } from '../components';
import { graphql } from '../gql';
import { LANGUAGES, type Language, setLanguage } from '../i18n';
import { useMe } from '../me';
import { signInPath } from '../navigation';
import { useNavigateWithNotice, usePageTitle } from '../notice';
import { SectorSelect, useSectors } from './AccountPages';
import { Field } from './Field';
import { MySuggestions, MyFollows, MyVotes } from './MyActivity';
import { DeleteAccount, DownloadMyData } from './MyData';
import { NotificationSettings } from './NotificationSettings';
import { ProfileSection, SECTIONS } from './ProfileSection';
import { ResendVerification } from './MailLinkPages';
import { useNewPassword } from './PasswordPages';
import { Status } from './Status';

const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      displayName
      organization
      sector
      language
    }
  }
`);
const CHANGE_EMAIL = graphql(`
  mutation ChangeEmail($newEmail: String!, $password: String!) {
    changeEmail(newEmail: $newEmail, password: $password)
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

type Me = NonNullable<ReturnType<typeof useMe>['me']>;

/** `/profiel`: the signed-in member's own account, settings and data. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const { session } = useAuth();
  const { me, fetching, error } = useMe();
  const { hash } = useLocation();
  const ready = me !== null;
  useEffect(() => {
    // The sections appear once the account is loaded; only then is there an anchor to go to.
    if (ready && hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [ready, hash]);
  if (!session) {
    return (
      <>
        <h1>{t('profile.title')}</h1>
        <p>
          <Link to={signInPath(`/profiel${hash}`)}>{t('errors.UNAUTHENTICATED')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t('profile.title')}</h1>
      <nav aria-label={t('profile.contents')} className="contents">
        <ul>
          {Object.entries(SECTIONS).map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Status fetching={fetching && !me} error={error} />
      {me && (
        <>
          <DetailsSection key={me.id} me={me} />
          <EmailSection me={me} />
          <PasswordSection />
          <NotificationSettings />
          <MySuggestions authorId={me.id} />
          <MyVotes />
          <MyFollows />
          <DownloadMyData />
          <DeleteAccount />
        </>
      )}
    </>
  );
}

function DetailsSection({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const { renamed } = useAuth();
  const sectors = useSectors();
  const [form, setForm] = useState({
    displayName: me.displayName,
    organization: me.organization ?? '',
    sector: me.sector ?? '',
    language: (me.language ?? i18n.language) as Language,
  });
  const [{ data, fetching, error }, update] = useMutation(UPDATE_PROFILE);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void update({ input: form }).then((result) => {
      const user = result.data?.updateProfile;
      if (!user) return;
      renamed(user.displayName);
      if (user.language && user.language !== i18n.language) void setLanguage(user.language);
    });
  };
  return (
    <ProfileSection id="gegevens">
      <form onSubmit={onSubmit} className="stacked">
        <Field
          label={t('account.displayName')}
          autoComplete="name"
          value={form.displayName}
          onChange={(displayName) => setForm({ ...form, displayName })}
        />
        <Field
          label={t('account.organization')}
          autoComplete="organization"
          required={false}
          value={form.organization}
          onChange={(organization) => setForm({ ...form, organization })}
        />
        <SectorSelect
          value={form.sector}
          onChange={(sector) => setForm({ ...form, sector })}
          options={sectors}
        />
        <FormField label={t('profile.details.language')}>
          {(control) => (
            <select
              value={form.language}
              onChange={(e) => setForm({ ...form, language: e.target.value as Language })}
              {...control}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <p role="status">{data && !fetching && t('profile.details.saved')}</p>
        <ErrorMessage error={error} />
        <Button type="submit" disabled={fetching}>
          {t('profile.details.save')}
        </Button>
      </form>
    </ProfileSection>
  );
}

function EmailSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching, error }, change] = useMutation(CHANGE_EMAIL);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void change({ newEmail, password }).then((result) => {
      if (!result.data?.changeEmail) return;
      setSentTo(newEmail);
      setNewEmail('');
      setPassword('');
    });
  };
  const verified = me.emailVerifiedAt !== null;
  return (
    <ProfileSection id="e-mailadres">
      <p>
        {t('profile.email.current', { email: me.email ?? '' })}{' '}
        <Badge tone={verified ? 'success' : 'warning'}>
          {t(verified ? 'profile.email.verified' : 'profile.email.unverified')}
        </Badge>
      </p>
      {!verified && <ResendVerification />}
      <form onSubmit={onSubmit} className="stacked">
        <h3>{t('profile.email.change')}</h3>
        <Field
          label={t('profile.email.newEmail')}
          type="email"
          autoComplete="email"
          value={newEmail}
          onChange={setNewEmail}
        />
        <Field
          label={t('profile.email.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <p role="status">{sentTo && t('profile.email.sent', { email: sentTo })}</p>
        <ErrorMessage error={error} />
        <Button type="submit" disabled={fetching}>
          {t('profile.email.submit')}
        </Button>
      </form>
    </ProfileSection>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const { session, forget } = useAuth();
  const notify = useNavigateWithNotice();
  const [currentPassword, setCurrentPassword] = useState('');
  const newPassword = useNewPassword(
    { password: t('profile.password.new'), repeat: t('profile.password.repeat') },
    session ? [session.user.displayName] : [],
  );
  const [{ fetching, error }, change] = useMutation(CHANGE_PASSWORD);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!newPassword.confirm()) return;
    void change({ currentPassword, newPassword: newPassword.password }).then((result) => {
      if (!result.data?.changePassword) return;
      // The API ended every session, this one too.
      notify('/inloggen', 'passwordChanged');
      void forget();
    });
  };
  return (
    <ProfileSection id="wachtwoord">
      <form onSubmit={onSubmit} className="stacked">
        <Field
          label={t('profile.password.current')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
        />
        {newPassword.fields}
        <p>{t('profile.password.explain')}</p>
        <ErrorMessage error={error} />
        <Button type="submit" disabled={fetching}>
          {t('profile.password.submit')}
        </Button>
      </form>
    </ProfileSection>
  );
}
