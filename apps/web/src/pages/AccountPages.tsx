import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { AuthError, useAuth } from '../auth';
import { RefusalMessage } from '../errors';
import { graphql } from '../gql';
import { RETURN_PARAMETER, safeReturnPath } from '../navigation';

const SECTORS = graphql(`
  query Sectors {
    sectors {
      slug
      name
    }
  }
`);

/** Submits, then goes to the page that sent the reader here to sign in (or home). */
function useSubmit(action: () => Promise<void>) {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [error, setError] = useState<AuthError | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    action()
      .then(() => navigate(safeReturnPath(search.get(RETURN_PARAMETER))))
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

export function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, onSubmit } = useSubmit(() => login(email, password));
  return (
    <form onSubmit={onSubmit} className="card" aria-labelledby="login-title">
      <h1 id="login-title">{t('account.login')}</h1>
      <label>
        {t('account.email')}
        <input
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        {t('account.password')}
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && <RefusalMessage refusal={error.refusal} />}
      <button type="submit" disabled={busy}>
        {t('account.login')}
      </button>
    </form>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  const { register } = useAuth();
  const [form, setForm] = useState({ email: '', password: '', displayName: '', organization: '' });
  const [sector, setSector] = useState('');
  // Names in the UI's language: the client sends it as Accept-Language.
  const [{ data: sectors }] = useQuery({ query: SECTORS });
  const { error, busy, onSubmit } = useSubmit(() =>
    register({ ...form, organization: form.organization || undefined, sector: sector || undefined }),
  );
  const field = (name: keyof typeof form, type = 'text', autoComplete?: string, required = true) => (
    <label>
      {t(`account.${name}`)}
      <input
        type={type}
        autoComplete={autoComplete}
        required={required}
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );
  return (
    <form onSubmit={onSubmit} className="card" aria-labelledby="register-title">
      <h1 id="register-title">{t('account.register')}</h1>
      {field('displayName', 'text', 'name')}
      {field('organization', 'text', 'organization', false)}
      <label>
        {t('account.sector')}
        <select value={sector} onChange={(e) => setSector(e.target.value)}>
          <option value="">{t('account.noSector')}</option>
          {sectors?.sectors.map((each) => (
            <option key={each.slug} value={each.slug}>
              {each.name}
            </option>
          ))}
        </select>
      </label>
      {field('email', 'email', 'email')}
      {field('password', 'password', 'new-password')}
      <p className="meta">{t('account.passwordRule')}</p>
      {error && <RefusalMessage refusal={error.refusal} />}
      <button type="submit" disabled={busy}>
        {t('account.register')}
      </button>
    </form>
  );
}
