import { graphql } from '../gql';

graphql(`
  fragment CommentFields on Comment {
    id
    body
    alignment
    status
    parentId
    targetId
    createdAt
    editedAt
    editableUntil
    upvotes
    downvotes
    myVote
    myFlag
    flagCount
    replyCount
    author {
      id
      displayName
      organization
    }
  }
`);

/**
 * A page of threads, without their replies: the API's cost rule multiplies a nested page by the
 * page around it, and ten threads with their replies would cost many times its limit. The page
 * sizes are literals because the rule counts a variable page size as 50.
 */
export const COMMENTS = graphql(`
  query Comments($targetId: ID!, $sort: CommentSort!, $after: String) {
    comments(targetId: $targetId, sort: $sort, first: 10, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CommentFields
        }
      }
    }
  }
`);

/** The replies of one thread, a page at a time (null when the thread is gone for this reader). */
export const THREAD_REPLIES = graphql(`
  query ThreadReplies($id: ID!, $after: String) {
    comment(id: $id) {
      id
      replies(first: 5, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...CommentFields
          }
        }
      }
    }
  }
`);

export const COMMENT_ADDED = graphql(`
  subscription CommentAdded($targetId: ID!) {
    commentAdded(targetId: $targetId) {
      ...CommentFields
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const EDIT_COMMENT = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CommentFields
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const VOTE_COMMENT = graphql(`
  mutation VoteComment($id: ID!, $up: Boolean!) {
    voteComment(id: $id, up: $up) {
      ...CommentFields
    }
  }
`);

export const RETRACT_COMMENT_VOTE = graphql(`
  mutation RetractCommentVote($id: ID!) {
    retractCommentVote(id: $id) {
      ...CommentFields
    }
  }
`);

export const FLAG_COMMENT = graphql(`
  mutation FlagComment($id: ID!, $reason: String!) {
    flagComment(id: $id, reason: $reason)
  }
`);

export const HIDE_COMMENT = graphql(`
  mutation HideComment($id: ID!, $reason: String!) {
    hideComment(id: $id, reason: $reason) {
      ...CommentFields
    }
  }
`);

export const UNHIDE_COMMENT = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const FLAGGED_COMMENTS = graphql(`
  query FlaggedComments {
    flaggedComments(first: 20) {
      totalCount
      edges {
        node {
          ...CommentFields
          flagReasons
          targetType
          listSlug
        }
      }
    }
  }
`);

/**
 * Comment queries list no Comment while they are empty, so urql's document cache would not know
 * to fetch them again after a comment is added; this names the type for it.
 */
export const COMMENT_QUERY_CONTEXT = { additionalTypenames: ['Comment'] };
