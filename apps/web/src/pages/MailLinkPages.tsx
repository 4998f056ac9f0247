import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type AnyVariables, type TypedDocumentNode, useMutation } from 'urql';
import { useAuth } from '../auth';
import { ErrorMessage } from '../errors';
import { Button, Card } from '../components';
import { graphql } from '../gql';
import { useMe } from '../me';
import { signInPath } from '../navigation';
import { usePageTitle } from '../notice';

const VERIFY_EMAIL = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
    }
  }
`);
const REQUEST_VERIFICATION = graphql(`
  mutation RequestEmailVerification {
    requestEmailVerification
  }
`);
const UNSUBSCRIBE = graphql(`
  mutation Unsubscribe($token: String!) {
    unsubscribe(token: $token)
  }
`);

/**
 * Runs the mutation of a mail's link once for its token when the page opens. Once, also where
 * React runs effects twice: the tokens are single use, so a second call would report a used link.
 */
function useTokenMutation<Data, Variables extends AnyVariables & { token: string }>(
  document: TypedDocumentNode<Data, Variables>,
  token: string,
) {
  const [result, run] = useMutation(document);
  const ran = useRef<string | null>(null);
  useEffect(() => {
    if (ran.current === token) return;
    ran.current = token;
    void run({ token } as Variables);
  }, [run, token]);
  return result;
}

/** `/e-mail-bevestigen/:token`, the link of a verification mail. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  const { token = '' } = useParams();
  const { session } = useAuth();
  const { me } = useMe();
  const { data, error } = useTokenMutation(VERIFY_EMAIL, token);
  return (
    <Card aria-labelledby="verify-title">
      {data ? (
        <>
          <h1 id="verify-title">{t('verify.done')}</h1>
          <p>{t('verify.doneText')}</p>
          <p>
            <Link to={session ? '/profiel' : '/'}>
              {t(session ? 'verify.toProfile' : 'verify.toSuggestions')}
            </Link>
          </p>
        </>
      ) : error ? (
        <>
          <h1 id="verify-title">{t('verify.failed')}</h1>
          <ErrorMessage error={error} />
          {!session ? (
            <p>
              <Link to={signInPath('/profiel#e-mailadres')}>{t('verify.signInToResend')}</Link>
            </p>
          ) : me?.emailVerifiedAt === null ? (
            <ResendVerification />
          ) : (
            <p>
              <Link to="/profiel">{t('verify.toProfile')}</Link>
            </p>
          )}
        </>
      ) : (
        <>
          <h1 id="verify-title">{t('verify.title')}</h1>
          <p aria-live="polite">{t('verify.busy')}</p>
        </>
      )}
    </Card>
  );
}

/** `/afmelden/:token`, the unsubscribe link of a notification mail; no sign-in needed. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  usePageTitle(t('unsubscribe.title'));
  const { token = '' } = useParams();
  const { data, error } = useTokenMutation(UNSUBSCRIBE, token);
  return (
    <Card aria-labelledby="unsubscribe-title">
      <h1 id="unsubscribe-title">
        {data ? t('unsubscribe.done') : error ? t('unsubscribe.failed') : t('unsubscribe.title')}
      </h1>
      {data ? (
        <p>{t('unsubscribe.doneText')}</p>
      ) : error ? (
        <ErrorMessage error={error} />
      ) : (
        <p aria-live="polite">{t('unsubscribe.busy')}</p>
      )}
      <p>
        <Link to="/profiel#meldingen">{t('unsubscribe.settings')}</Link>
      </p>
    </Card>
  );
}

/** Sends the signed-in user's verification mail again. */
export function ResendVerification() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, send] = useMutation(REQUEST_VERIFICATION);
  return (
    <div className="resend">
      <Button variant="secondary" disabled={fetching} onClick={() => void send({})}>
        {t('verify.resend')}
      </Button>
      {/* A live region, not role=status: the banner is on most pages, beside their own status. */}
      <span aria-live="polite">{data?.requestEmailVerification && t('verify.resent')}</span>
      <ErrorMessage error={error} />
    </div>
  );
}

const DISMISSED_KEY = 'verifyBannerDismissed';

/**
 * Reminds a signed-in member with an unconfirmed address, until confirmed or hidden for this
 * browser session. Not on the pages that say it themselves.
 */
export function VerifyBanner() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { pathname } = useLocation();
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(DISMISSED_KEY) === 'true');
  const ownPage = pathname === '/profiel' || pathname.startsWith('/e-mail-bevestigen/');
  if (!me || me.emailVerifiedAt !== null || dismissed || ownPage) return null;
  return (
    <div className="banner">
      <p>{t('verify.banner')}</p>
      <ResendVerification />
      <Button
        variant="secondary"
        onClick={() => {
          sessionStorage.setItem(DISMISSED_KEY, 'true');
          setDismissed(true);
        }}
      >
        {t('verify.dismiss')}
      </Button>
    </div>
  );
}
