import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router';
import { SiteFooter } from './components/SiteFooter';
import { SiteHeader } from './components/SiteHeader';
import { Notice } from './notice';
import { PageLoading } from './prerendered';
import { UnsubscribePage, VerifyBanner, VerifyEmailPage } from './pages/MailLinkPages';
import { ListsPage } from './pages/ListsPage';
import { ListRoute } from './pages/ListRoute';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { AboutPage, PrivacyPage } from './pages/InfoPages';
import { HomePage } from './pages/HomePage';
import { ProposalsPage } from './pages/ProposalsPage';
import { CLIENT_ROUTES } from '../../../libs/core/src/web/client-routes';

// Pages most visitors never open load when first visited, so the home page downloads less.
const ProposalPage = lazy(() => import('./pages/ProposalPage').then((m) => ({ default: m.ProposalPage })));
const LoginPage = lazy(() => import('./pages/AccountPages').then((m) => ({ default: m.LoginPage })));
const RegisterPage = lazy(() => import('./pages/AccountPages').then((m) => ({ default: m.RegisterPage })));
const ForgotPasswordPage = lazy(() =>
  import('./pages/PasswordPages').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./pages/PasswordPages').then((m) => ({ default: m.ResetPasswordPage })),
);
const ProfilePage = lazy(() => import('./pages/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const AdminPage = lazy(() => import('./pages/AdminPage').then((m) => ({ default: m.AdminPage })));
const EditorHome = lazy(() => import('./pages/EditorPages').then((m) => ({ default: m.EditorHome })));
const EditorList = lazy(() => import('./pages/EditorPages').then((m) => ({ default: m.EditorList })));
const ModerationPage = lazy(() =>
  import('./pages/ModerationPages').then((m) => ({ default: m.ModerationPage })),
);
const RankPage = lazy(() => import('./pages/RankPage').then((m) => ({ default: m.RankPage })));
const SubmitPage = lazy(() => import('./pages/SubmitPage').then((m) => ({ default: m.SubmitPage })));
const WorkbenchPage = lazy(() => import('./pages/WorkbenchPage').then((m) => ({ default: m.WorkbenchPage })));

const ListVersionPage = lazy(() =>
  import('./pages/ListVersionPage').then((m) => ({ default: m.ListVersionPage })),
);
const StatisticsPage = lazy(() => import('./pages/StatisticsPage'));

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

export function App() {
  const { t } = useTranslation();
  const main = useFocusMainOnNavigation();
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('a11y.skip')}
      </a>
      <SiteHeader />
      <main id="main" ref={main} tabIndex={-1}>
        <Notice />
        <VerifyBanner />
        <Suspense fallback={<PageLoading pathname={pathname} />}>
          <Routes>
            <Route path={CLIENT_ROUTES.home} element={<HomePage />} />
            <Route path={CLIENT_ROUTES.proposals} element={<ProposalsPage />} />
            <Route path={CLIENT_ROUTES.about} element={<AboutPage />} />
            <Route path={CLIENT_ROUTES.privacy} element={<PrivacyPage />} />
            <Route path={CLIENT_ROUTES.proposal} element={<ProposalPage />} />
            <Route path={CLIENT_ROUTES.lists} element={<ListsPage />} />
            <Route path={CLIENT_ROUTES.list} element={<ListRoute />} />
            <Route path={CLIENT_ROUTES.listVersion} element={<ListVersionPage />} />
            <Route path={CLIENT_ROUTES.statistics} element={<StatisticsPage />} />
            <Route path={CLIENT_ROUTES.signIn} element={<LoginPage />} />
            <Route path={CLIENT_ROUTES.register} element={<RegisterPage />} />
            <Route path={CLIENT_ROUTES.forgotPassword} element={<ForgotPasswordPage />} />
            <Route path={CLIENT_ROUTES.resetPassword} element={<ResetPasswordPage />} />
            <Route path={CLIENT_ROUTES.verifyEmail} element={<VerifyEmailPage />} />
            <Route path={CLIENT_ROUTES.unsubscribe} element={<UnsubscribePage />} />
            <Route path={CLIENT_ROUTES.profile} element={<ProfilePage />} />
            <Route path={CLIENT_ROUTES.submit} element={<SubmitPage />} />
            <Route path={CLIENT_ROUTES.rank} element={<RankPage />} />
            <Route path={CLIENT_ROUTES.workbench} element={<WorkbenchPage />} />
            <Route path={CLIENT_ROUTES.notifications} element={<NotificationsPage />} />
            <Route path={CLIENT_ROUTES.editor} element={<EditorHome />} />
            <Route path={CLIENT_ROUTES.moderation} element={<ModerationPage />} />
            <Route path={CLIENT_ROUTES.admin} element={<AdminPage />} />
            <Route path={CLIENT_ROUTES.editorList} element={<EditorList />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <SiteFooter />
    </>
  );
}
