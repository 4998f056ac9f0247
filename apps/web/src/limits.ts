import { useQuery } from 'urql';
import { graphql } from './gql';
import type { LimitsQuery } from './gql/graphql';

const LIMITS = graphql(`
  query Limits {
    limits {
      proposalTitle {
        min
        max
      }
      proposalBody {
        min
        max
      }
      reason {
        min
        max
      }
    }
  }
`);

/**
 * The API's input limits, for the forms' minlength and maxlength; undefined until they have
 * loaded (the API checks the input either way).
 */
export function useLimits(): LimitsQuery['limits'] | undefined {
  const [{ data }] = useQuery({ query: LIMITS });
  return data?.limits;
}
