import { graphql } from '../gql';

/** What members and moderators do to a suggestion, shared by its page and the queue. */
export const FLAG_PROPOSAL = graphql(`
  mutation Flag($id: ID!, $reason: String!) {
    flagProposal(id: $id, reason: $reason)
  }
`);
export const HIDE_PROPOSAL = graphql(`
  mutation Hide($id: ID!, $reason: String!) {
    hideProposal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);
export const UNHIDE_PROPOSAL = graphql(`
  mutation Unhide($id: ID!) {
    unhideProposal(id: $id) {
      id
      status
    }
  }
`);
