import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth';
import { LANGUAGES, setLanguage } from './i18n';
import { signInPath } from './navigation';
import { Notice } from './notice';
import { LoginPage, RegisterPage } from './pages/AccountPages';
import { UnsubscribePage, VerifyBanner, VerifyEmailPage } from './pages/MailLinkPages';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/PasswordPages';
import { ProfilePage } from './pages/ProfilePage';
import { AdminPage } from './pages/AdminPage';
import { EditorHome, EditorList } from './pages/EditorPages';
import { ModerationPage } from './pages/ModerationPages';
import { ListPage } from './pages/ListPage';
import { ListsPage } from './pages/ListsPage';
import { ProposalPage } from './pages/ProposalPage';
import { NotificationsPage, useLiveUnreadCount } from './pages/NotificationsPage';
import { ProposalsPage } from './pages/ProposalsPage';
import { RankPage } from './pages/RankPage';
import { SubmitPage } from './pages/SubmitPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

/** After moving to another page, keyboard and screen-reader users start at its content. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return main;
}

/** The pages about signing in itself, to which signing in never returns. */
const SIGN_IN_PAGES = ['/inloggen', '/registreren', '/wachtwoord-vergeten', '/wachtwoord-herstellen/'];

/** Where the header's sign-in links return to: the page the reader is on. */
function useHere(): string {
  const { pathname, search, hash } = useLocation();
  const onSignInPage = SIGN_IN_PAGES.some(
    (page) => pathname === page || pathname.startsWith(page.endsWith('/') ? page : `${page}/`),
  );
  return onSignInPage ? '/' : `${pathname}${search}${hash}`;
}

export function App() {
  const { t, i18n } = useTranslation();
  const { session, logout } = useAuth();
  const here = useHere();
  const unread = useLiveUnreadCount();
  const main = useFocusMainOnNavigation();
  const hasRole = (...roles: string[]) => session?.user.roles.some((role) => roles.includes(role)) ?? false;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('a11y.skip')}
      </a>
      <header>
        <nav aria-label={t('nav.label')}>
          <Link to="/">{t('appName')}</Link>
          <Link to="/">{t('nav.proposals')}</Link>
          <Link to="/lijsten">{t('nav.lists')}</Link>
          {session && <Link to="/indienen">{t('submit.link')}</Link>}
          {session && <Link to="/rangschikken">{t('nav.rank')}</Link>}
          {hasRole('EDITOR', 'ADMIN') && <Link to="/redactie">{t('editor.link')}</Link>}
          {hasRole('MODERATOR', 'ADMIN') && <Link to="/moderatie">{t('moderation.link')}</Link>}
          {hasRole('ADMIN') && <Link to="/beheer">{t('admin.link')}</Link>}
          {session && <Link to="/meldingen">{t('notifications.link', { count: unread })}</Link>}
        </nav>
        <div>
          {session ? (
            <>
              <span>{t('account.signedInAs', { name: session.user.displayName })}</span>{' '}
              <Link to="/profiel">{t('account.profileLink')}</Link>{' '}
              <button type="button" onClick={() => void logout()}>
                {t('account.logout')}
              </button>
            </>
          ) : (
            <>
              <Link to={signInPath(here)}>{t('account.login')}</Link>{' '}
              <Link to={signInPath(here, '/registreren')}>{t('account.register')}</Link>
            </>
          )}
        </div>
        <div role="group" aria-label={t('language.label')}>
          {LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              lang={language}
              aria-pressed={i18n.language === language}
              onClick={() => void setLanguage(language)}
            >
              {t(`language.${language}`)}
            </button>
          ))}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Notice />
        <VerifyBanner />
        <Routes>
          <Route path="/" element={<ProposalsPage />} />
          <Route path="/voorstel/:id" element={<ProposalPage />} />
          <Route path="/lijsten" element={<ListsPage />} />
          <Route path="/lijsten/:slug" element={<ListPage />} />
          <Route path="/inloggen" element={<LoginPage />} />
          <Route path="/registreren" element={<RegisterPage />} />
          <Route path="/wachtwoord-vergeten" element={<ForgotPasswordPage />} />
          <Route path="/wachtwoord-herstellen/:token" element={<ResetPasswordPage />} />
          <Route path="/e-mail-bevestigen/:token" element={<VerifyEmailPage />} />
          <Route path="/afmelden/:token" element={<UnsubscribePage />} />
          <Route path="/profiel" element={<ProfilePage />} />
          <Route path="/indienen" element={<SubmitPage />} />
          <Route path="/rangschikken" element={<RankPage />} />
          <Route path="/werkbank" element={<WorkbenchPage />} />
          <Route path="/meldingen" element={<NotificationsPage />} />
          <Route path="/redactie" element={<EditorHome />} />
          <Route path="/moderatie" element={<ModerationPage />} />
          <Route path="/beheer" element={<AdminPage />} />
          <Route path="/redactie/:slug" element={<EditorList />} />
        </Routes>
      </main>
    </>
  );
}
