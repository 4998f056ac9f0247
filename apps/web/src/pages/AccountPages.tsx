import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AuthError, useAuth } from '../auth';
import { RefusalMessage } from '../errors';
import { Button, Card, FormField } from '../components';
import { graphql } from '../gql';
import { keepingReturn, RETURN_PARAMETER, safeReturnPath } from '../navigation';
import { usePageTitle } from '../notice';
import { Field } from './Field';
import { PasswordStrengthMeter } from './PasswordStrength';

const SECTORS = graphql(`
  query Sectors {
    sectors {
      slug
      name
    }
  }
`);

/** Submits a sign-in of some kind (the API refuses with an AuthError), then calls `after`. */
export function useAuthSubmit(action: () => Promise<void>, after: () => void) {
  const [error, setError] = useState<AuthError | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    action()
      .then(after)
      .catch((failure: unknown) =>
        setError(
          failure instanceof AuthError
            ? failure
            : new AuthError({ code: 'UNKNOWN', detail: String(failure) }),
        ),
      )
      .finally(() => setBusy(false));
  };
  return { error, busy, onSubmit };
}

/** Submits, then goes to the page that sent the reader here to sign in (or home). */
function useSubmit(action: () => Promise<void>) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return useAuthSubmit(action, () => void navigate(safeReturnPath(search.get(RETURN_PARAMETER))));
}

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.login'));
  const { login } = useAuth();
  const [search] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, onSubmit } = useSubmit(() => login(email, password));
  return (
    <Card as="form" onSubmit={onSubmit} aria-labelledby="login-title">
      <h1 id="login-title">{t('account.login')}</h1>
      <Field label={t('account.email')} type="email" autoComplete="email" value={email} onChange={setEmail} />
      <Field
        label={t('account.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
      />
      {error && <RefusalMessage refusal={error.refusal} />}
      <Button type="submit" disabled={busy}>
        {t('account.login')}
      </Button>
      <p>
        <Link to="/wachtwoord-vergeten">{t('account.forgotLink')}</Link>
      </p>
      <p>
        {t('account.noAccount')}{' '}
        <Link to={keepingReturn('/registreren', search)}>{t('account.register')}</Link>
      </p>
    </Card>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.register'));
  const { register } = useAuth();
  const [search] = useSearchParams();
  const [form, setForm] = useState({ email: '', password: '', displayName: '', organization: '' });
  const [sector, setSector] = useState('');
  const sectors = useSectors();
  const { error, busy, onSubmit } = useSubmit(() =>
    register({ ...form, organization: form.organization || undefined, sector: sector || undefined }),
  );
  const field = (name: keyof typeof form, type = 'text', autoComplete?: string, required = true) => (
    <Field
      label={t(`account.${name}`)}
      type={type}
      autoComplete={autoComplete}
      required={required}
      value={form[name]}
      onChange={(value) => setForm({ ...form, [name]: value })}
    />
  );
  return (
    <Card as="form" onSubmit={onSubmit} aria-labelledby="register-title">
      <h1 id="register-title">{t('account.register')}</h1>
      {field('displayName', 'text', 'name')}
      {field('organization', 'text', 'organization', false)}
      <SectorSelect value={sector} onChange={setSector} options={sectors} />
      {field('email', 'email', 'email')}
      {field('password', 'password', 'new-password')}
      <p className="meta">{t('account.passwordRule')}</p>
      <PasswordStrengthMeter password={form.password} userInputs={[form.email, form.displayName]} />
      {error && <RefusalMessage refusal={error.refusal} />}
      <Button type="submit" disabled={busy}>
        {t('account.register')}
      </Button>
      <p>
        {t('account.haveAccount')} <Link to={keepingReturn('/inloggen', search)}>{t('account.login')}</Link>
      </p>
    </Card>
  );
}

/** The sectors of the list by their names in the UI's language, or none. */
export function SectorSelect({
  value,
  onChange,
  options,
}: {
  value: string;
  onChange: (slug: string) => void;
  options: { slug: string; name: string }[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <FormField label={t('account.sector')}>
      {(control) => (
        <select value={value} onChange={(e) => onChange(e.target.value)} {...control}>
          <option value="">{t('account.noSector')}</option>
          {options?.map((each) => (
            <option key={each.slug} value={each.slug}>
              {each.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The sectors, named in the UI's language (the client sends it as Accept-Language). */
export function useSectors() {
  const [{ data }] = useQuery({ query: SECTORS });
  return data?.sectors;
}
