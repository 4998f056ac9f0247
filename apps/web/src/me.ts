import { useQuery } from 'urql';
import { useAuth } from './auth';
import { graphql } from './gql';

const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      emailVerifiedAt
      language
      organization
      sector
    }
  }
`);

/**
 * The signed-in user's own account, or null. One query for every caller (the banner, the profile):
 * a mutation that returns a User (verifyEmail, updateProfile) makes urql fetch it again for all.
 */
export function useMe() {
  const { session } = useAuth();
  const [{ data, fetching, error }] = useQuery({ query: ME, pause: session === null });
  return { me: session === null ? null : (data?.me ?? null), fetching, error };
}
