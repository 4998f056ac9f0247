import { type FocusEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { LANGUAGES, setLanguage } from '../i18n';
import { signInPath } from '../navigation';
import { useLiveUnreadCount } from '../pages/NotificationsPage';

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

interface MenuLink {
  to: string;
  label: string;
}

/**
 * A disclosure button and what it shows: closed on Escape (focus back on the button, one layer at a
 * time) and on moving to another page.
 */
function useDisclosure() {
  const { pathname } = useLocation();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };
  const buttonProps = {
    ref: button,
    type: 'button',
    'aria-expanded': open,
    'aria-controls': id,
    onClick: () => setOpen((wasOpen) => !wasOpen),
  } as const;
  return { open, close: () => setOpen(false), id, closeOnEscape, buttonProps };
}

/**
 * The pages of editors, moderators and admins behind one disclosure button, so a member with every
 * role still has a menu of one line. It also closes when focus leaves it.
 */
function StaffMenu({ links }: { links: readonly MenuLink[] }) {
  const { t } = useTranslation();
  const { open, close, id, closeOnEscape, buttonProps } = useDisclosure();
  const closeWhenFocusLeaves = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) close();
  };
  return (
    <li className="staff-menu" onKeyDown={closeOnEscape} onBlur={closeWhenFocusLeaves}>
      <button {...buttonProps}>
        {t('nav.staff')}
        <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
      </button>
      <ul id={id} hidden={!open}>
        {links.map(({ to, label }) => (
          <li key={to}>
            <NavLink to={to}>{label}</NavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The name, the menu, the account and the language. On a phone the menu folds behind a disclosure
 * button (so the header stays one line tall).
 */
export function SiteHeader() {
  const { t, i18n } = useTranslation();
  const { session, logout } = useAuth();
  const here = useHere();
  const unread = useLiveUnreadCount();
  const menu = useDisclosure();
  const hasRole = (...roles: string[]) => session?.user.roles.some((role) => roles.includes(role)) ?? false;
  const links = [
    { to: '/suggesties', label: t('nav.proposals'), shown: true },
    { to: '/lijsten', label: t('nav.lists'), shown: true },
    { to: '/statistieken', label: t('statistics.link'), shown: true },
    { to: '/indienen', label: t('submit.link'), shown: Boolean(session) },
    { to: '/rangschikken', label: t('nav.rank'), shown: Boolean(session) },
    { to: '/meldingen', label: t('notifications.link', { count: unread }), shown: Boolean(session) },
  ].filter((link) => link.shown);
  const staffLinks = [
    { to: '/redactie', label: t('editor.link'), shown: hasRole('EDITOR', 'ADMIN') },
    { to: '/moderatie', label: t('moderation.link'), shown: hasRole('MODERATOR', 'ADMIN') },
    { to: '/beheer', label: t('admin.link'), shown: hasRole('ADMIN') },
  ].filter((link) => link.shown);
  return (
    <header className="site-header" onKeyDown={menu.closeOnEscape}>
      <div className="site-header-inner">
        <Link to="/" className="brand">
          {t('appName')}
        </Link>
        <button {...menu.buttonProps} className="menu-toggle">
          <span aria-hidden="true">{menu.open ? '✕' : '☰'}</span>
          {t('design.menu')}
        </button>
        <div id={menu.id} className={menu.open ? 'site-menu open' : 'site-menu'}>
          <nav aria-label={t('nav.label')}>
            <ul>
              {links.map(({ to, label }) => (
                <li key={to}>
                  <NavLink to={to}>{label}</NavLink>
                </li>
              ))}
              {staffLinks.length > 0 && <StaffMenu links={staffLinks} />}
            </ul>
          </nav>
          <div className="site-account">
            {session ? (
              <>
                <span>{t('account.signedInAs', { name: session.user.displayName })}</span>
                <Link to="/profiel">{t('account.profileLink')}</Link>
                <button type="button" onClick={() => void logout()}>
                  {t('account.logout')}
                </button>
              </>
            ) : (
              <>
                <Link to={signInPath(here)}>{t('account.login')}</Link>
                <Link to={signInPath(here, '/registreren')}>{t('account.register')}</Link>
              </>
            )}
            <div role="group" aria-label={t('language.label')} className="language-switch">
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
          </div>
        </div>
      </div>
    </header>
  );
}
