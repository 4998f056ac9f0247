import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useAuth } from './auth';
import { LANGUAGES, setLanguage } from './i18n';
import { LoginPage, RegisterPage } from './pages/AccountPages';
import { EditorHome, EditorList } from './pages/EditorPages';
import { ModerationPage } from './pages/ModerationPages';
import { ListPage } from './pages/ListPage';
import { ListsPage } from './pages/ListsPage';
import { ProposalPage } from './pages/ProposalPage';
import { NotificationsPage, useUnreadCount } from './pages/NotificationsPage';
import { ProposalsPage } from './pages/ProposalsPage';
import { SubmitPage } from './pages/SubmitPage';

export function App() {
  const { t, i18n } = useTranslation();
  const { session, logout } = useAuth();
  const [unread, refetchUnread] = useUnreadCount();
  useEffect(() => {
    if (session === null) return;
    const timer = setInterval(refetchUnread, 15_000);
    return () => clearInterval(timer);
  }, [session, refetchUnread]);
  return (
    <>
      <header>
        <nav aria-label="main">
          <Link to="/">{t('appName')}</Link>
          <Link to="/">{t('nav.proposals')}</Link>
          <Link to="/lijsten">{t('nav.lists')}</Link>
          {session && <Link to="/indienen">{t('submit.link')}</Link>}
          {session?.user.roles.some((role) => role === 'EDITOR' || role === 'ADMIN') && (
            <Link to="/redactie">{t('editor.link')}</Link>
          )}
          {session?.user.roles.some((role) => role === 'MODERATOR' || role === 'ADMIN') && (
            <Link to="/moderatie">{t('moderation.link')}</Link>
          )}
          {session && <Link to="/meldingen">{t('notifications.link', { count: unread })}</Link>}
        </nav>
        <div>
          {session ? (
            <>
              <span>{t('account.signedInAs', { name: session.user.displayName })}</span>{' '}
              <button type="button" onClick={() => void logout()}>
                {t('account.logout')}
              </button>
            </>
          ) : (
            <>
              <Link to="/inloggen">{t('account.login')}</Link>{' '}
              <Link to="/registreren">{t('account.register')}</Link>
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
      <main>
        <Routes>
          <Route path="/" element={<ProposalsPage />} />
          <Route path="/voorstel/:id" element={<ProposalPage />} />
          <Route path="/lijsten" element={<ListsPage />} />
          <Route path="/lijsten/:slug" element={<ListPage />} />
          <Route path="/inloggen" element={<LoginPage />} />
          <Route path="/registreren" element={<RegisterPage />} />
          <Route path="/indienen" element={<SubmitPage />} />
          <Route path="/meldingen" element={<NotificationsPage />} />
          <Route path="/redactie" element={<EditorHome />} />
          <Route path="/moderatie" element={<ModerationPage />} />
          <Route path="/redactie/:slug" element={<EditorList />} />
        </Routes>
      </main>
    </>
  );
}
