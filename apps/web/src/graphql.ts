import { cacheExchange, Client, fetchExchange } from 'urql';
import { accessToken } from './auth';
import { currentLanguage } from './i18n';

/** The API's GraphQL endpoint, asked in the reader's language. */
export const client = new Client({
  url: '/graphql',
  // The document cache refetches the queries a mutation's result types touch (vote counts, lists).
  exchanges: [cacheExchange, fetchExchange],
  // POST only: the API's CSRF protection refuses simple GET requests.
  preferGetMethod: false,
  fetchOptions: () => {
    const token = accessToken();
    return {
      headers: {
        'accept-language': currentLanguage(),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    };
  },
});
