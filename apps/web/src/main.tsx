import { type ReactNode, StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { App } from './App';
import { AuthProvider, useAuth } from './auth';
import { createGraphQLClient } from './graphql';
import { i18nReady } from './i18n';

/** A fresh GraphQL client (and cache) for each language and each signed-in user. */
function GraphQLProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const { session } = useAuth();
  const userId = session?.user.id;
  const client = useMemo(() => createGraphQLClient(), [i18n.language, userId]);
  return <Provider value={client}>{children}</Provider>;
}

const root = document.getElementById('root');
if (root === null) {
  throw new Error('index.html has no #root element');
}

void i18nReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <AuthProvider>
        <GraphQLProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </GraphQLProvider>
      </AuthProvider>
    </StrictMode>,
  );
});
