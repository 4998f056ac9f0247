import { type ReactNode, StrictMode, startTransition, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { App } from './App';
import { AuthProvider, useAuth } from './auth';
import { createGraphQLClient } from './graphql';
import { i18nReady } from './i18n';
import { takePrerendered } from './prerendered';

/** A fresh GraphQL client (and cache) for each language and each signed-in user. */
function GraphQLProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const { session } = useAuth();
  const userId = session?.user.id;
  const client = useMemo(() => createGraphQLClient(), [i18n.language, userId]);
  return <Provider value={client}>{children}</Provider>;
}

/** A data router, so that pages can ask before leaving with unsaved changes (useBlocker). */
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

const root = document.getElementById('root');
if (root === null) {
  throw new Error('index.html has no #root element');
}
takePrerendered(root);

void i18nReady.then(() => {
  // As a transition React renders the first page in slices that yield to the browser, instead of
  // one long task that blocks input while the whole tree mounts.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <AuthProvider>
          <GraphQLProvider>
            <RouterProvider router={router} />
          </GraphQLProvider>
        </AuthProvider>
      </StrictMode>,
    );
  });
});
