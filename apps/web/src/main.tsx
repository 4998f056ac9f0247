import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { App } from './App';
import { AuthProvider } from './auth';
import { client } from './graphql';
import { i18nReady } from './i18n';

const root = document.getElementById('root');
if (root === null) {
  throw new Error('index.html has no #root element');
}

void i18nReady.then(() => {
  createRoot(root).render(
    <StrictMode>
      <Provider value={client}>
        <AuthProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </Provider>
    </StrictMode>,
  );
});
