import { Client, fetchExchange } from 'urql';
import { currentLanguage } from './i18n';

/** The API's GraphQL endpoint, asked in the reader's language. */
export const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  // POST only: the API's CSRF protection refuses simple GET requests.
  preferGetMethod: false,
  fetchOptions: () => ({ headers: { 'accept-language': currentLanguage() } }),
});
