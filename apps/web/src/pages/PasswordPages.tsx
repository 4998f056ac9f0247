import { type ReactNode, type SyntheticEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from '../auth';
import { ErrorMessage, RefusalMessage } from '../errors';
import { Button, Card } from '../components';
import { graphql } from '../gql';
import { useNavigateWithNotice, usePageTitle } from '../notice';
import { useAuthSubmit } from './AccountPages';
import { Field } from './Field';
import { PasswordStrengthMeter } from './PasswordStrength';

const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/**
 * A new password twice, with the rules as on registration. `confirm()` before submitting: it
 * shows whether the two differ, and says whether they are the same.
 */
export function useNewPassword(
  labels: { password: string; repeat: string },
  /** What the member's password should not be made of (name, email address), as on the API. */
  userInputs: readonly string[] = [],
): {
  password: string;
  fields: ReactNode;
  confirm: () => boolean;
} {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [checked, setChecked] = useState(false);
  const rule = useId();
  const mismatch = useId();
  const differs = checked && repeat !== password;
  const fields = (
    <>
      <Field
        label={labels.password}
        type="password"
        autoComplete="new-password"
        aria-describedby={rule}
        value={password}
        onChange={setPassword}
      />
      <p className="meta" id={rule}>
        {t('account.passwordRule')}
      </p>
      <PasswordStrengthMeter password={password} userInputs={userInputs} />
      <Field
        label={labels.repeat}
        type="password"
        autoComplete="new-password"
        aria-invalid={differs}
        aria-describedby={differs ? mismatch : undefined}
        value={repeat}
        onChange={setRepeat}
      />
      {differs && (
        <p role="alert" id={mismatch}>
          {t('account.passwordsDiffer')}
        </p>
      )}
    </>
  );
  return {
    password,
    fields,
    confirm: () => {
      setChecked(true);
      return repeat === password;
    },
  };
}

/** `/wachtwoord-vergeten`: asks for a reset link; the answer never tells whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [{ data, fetching, error }, request] = useMutation(REQUEST_PASSWORD_RESET);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void request({ email });
  };
  return (
    <Card as="form" onSubmit={onSubmit} aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('forgot.title')}</h1>
      <p>{t('forgot.intro')}</p>
      <Field label={t('account.email')} type="email" autoComplete="email" value={email} onChange={setEmail} />
      <p role="status">{data?.requestPasswordReset && t('forgot.sent')}</p>
      <ErrorMessage error={error} />
      <Button type="submit" disabled={fetching}>
        {t('forgot.send')}
      </Button>
      <p>
        <Link to="/inloggen">{t('forgot.back')}</Link>
      </p>
    </Card>
  );
}

/** `/wachtwoord-herstellen/:token`, the link of a reset mail: a new password, then signed in. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const { token = '' } = useParams();
  const { resetPassword } = useAuth();
  const notify = useNavigateWithNotice();
  const newPassword = useNewPassword({ password: t('reset.newPassword'), repeat: t('reset.repeat') });
  const { error, busy, onSubmit } = useAuthSubmit(
    () => resetPassword(token, newPassword.password),
    () => notify('/', 'passwordReset'),
  );
  return (
    <Card
      as="form"
      onSubmit={(event) => (newPassword.confirm() ? onSubmit(event) : event.preventDefault())}
      aria-labelledby="reset-title"
    >
      <h1 id="reset-title">{t('reset.title')}</h1>
      {newPassword.fields}
      {error && <RefusalMessage refusal={error.refusal} />}
      {error?.refusal.reason === 'INVALID_TOKEN' && (
        <p>
          <Link to="/wachtwoord-vergeten">{t('reset.askAgain')}</Link>
        </p>
      )}
      <Button type="submit" disabled={busy}>
        {t('reset.save')}
      </Button>
    </Card>
  );
}
