import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { LANGUAGES, setLanguage } from './i18n';
import { ListPage } from './pages/ListPage';
import { ListsPage } from './pages/ListsPage';
import { ProposalPage } from './pages/ProposalPage';
import { ProposalsPage } from './pages/ProposalsPage';

export function App() {
  const { t, i18n } = useTranslation();
  return (
    <>
      <header>
        <nav aria-label="main">
          <Link to="/">{t('appName')}</Link>
          <Link to="/">{t('nav.proposals')}</Link>
          <Link to="/lijsten">{t('nav.lists')}</Link>
        </nav>
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
        </Routes>
      </main>
    </>
  );
}
