/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      displayName\n      roles\n      language\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation Refresh($token: String!) {\n    refresh(refreshToken: $token) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": typeof types.LogoutDocument,
    "\n  query Limits {\n    limits {\n      proposalTitle {\n        min\n        max\n      }\n      proposalBody {\n        min\n        max\n      }\n      reason {\n        min\n        max\n      }\n    }\n  }\n": typeof types.LimitsDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerifiedAt\n      language\n      organization\n      sector\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Sectors {\n    sectors {\n      slug\n      name\n    }\n  }\n": typeof types.SectorsDocument,
    "\n  query Users($search: String) {\n    users(search: $search, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          organization\n          roles\n          blockedAt\n          emailVerifiedAt\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation BlockUser($userId: ID!, $reason: String!) {\n    blockUser(userId: $userId, reason: $reason) {\n      id\n      blockedAt\n    }\n  }\n": typeof types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId) {\n      id\n      blockedAt\n    }\n  }\n": typeof types.UnblockUserDocument,
    "\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId)\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n": typeof types.SendPasswordResetDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n      theme {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $reason: String!) {\n    withdrawProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  mutation AddDraftItem($listId: ID!, $input: CuratedListItemInput!) {\n    addDraftItem(listId: $listId, input: $input) {\n      id\n      items {\n        id\n      }\n    }\n  }\n": typeof types.AddDraftItemDocument,
    "\n  query Drafts {\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n    published: curatedLists(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n  }\n": typeof types.DraftsDocument,
    "\n  mutation Create($input: CreateCuratedListInput!) {\n    createCuratedList(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateDocument,
    "\n  query Draft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      addressee\n      status\n      version\n      items {\n        id\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    published: curatedList(slug: $slug) {\n      id\n      title\n      version\n      versions {\n        version\n        publishedAt\n      }\n    }\n  }\n": typeof types.DraftDocument,
    "\n  query Pick($search: String) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n        }\n      }\n    }\n  }\n": typeof types.PickDocument,
    "\n  mutation Save($id: ID!, $input: UpdateCuratedListDraftInput!) {\n    updateCuratedListDraft(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.SaveDocument,
    "\n  mutation Publish($id: ID!) {\n    publishCuratedList(id: $id) {\n      id\n      slug\n      version\n    }\n  }\n": typeof types.PublishDocument,
    "\n  mutation Revise($id: ID!) {\n    reviseCuratedList(id: $id) {\n      id\n    }\n  }\n": typeof types.ReviseDocument,
    "\n  query FlaggedProposals($after: String) {\n    flaggedProposals(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          flagCount\n          flagReasons\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.FlaggedProposalsDocument,
    "\n  mutation ClearProposalFlags($id: ID!) {\n    clearProposalFlags(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ClearProposalFlagsDocument,
    "\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n": typeof types.FollowingDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": typeof types.UnfollowDocument,
    "\n  query FollowUpStatuses {\n    followUpStatuses {\n      key\n      name\n    }\n  }\n": typeof types.FollowUpStatusesDocument,
    "\n  mutation Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      progress\n      lastUpdatedAt\n      nextReviewAt\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n": typeof types.RecordDocument,
    "\n  fragment ListFollowUpFields on ListFollowUpStatistics {\n    slug\n    title\n    version\n    items\n    averageProgress\n    statuses {\n      items\n      status {\n        key\n        name\n        color\n      }\n    }\n    timeline {\n      at\n      itemPosition\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n": typeof types.ListFollowUpFieldsFragmentDoc,
    "\n  query Home {\n    curatedLists(first: 1) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          publishedAt\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n    proposals(sort: HOT, first: 3) {\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query ProposalJourney($id: ID!) {\n    proposal(id: $id) {\n      id\n      journey {\n        kind\n        occurredAt\n        supporters\n        proposal {\n          id\n          title\n        }\n        listSlug\n        listTitle\n        addressee\n        version\n        itemId\n        position\n        status {\n          key\n          name\n          color\n        }\n        progress\n        note\n        link\n        nextReviewAt\n      }\n    }\n  }\n": typeof types.ProposalJourneyDocument,
    "\n  query List($slug: String!) {\n    curatedList(slug: $slug) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      followUpSummary {\n        open\n        inProgress\n        done\n        declined\n      }\n      items {\n        id\n        position\n        title\n        body\n        commentCount\n        suggestions {\n          id\n          title\n          proposal {\n            id\n            upvotes\n          }\n        }\n        followUp {\n          progress\n          nextReviewAt\n          status {\n            key\n            name\n            color\n          }\n          events {\n            id\n            at\n            note\n            link\n            handedOverTo\n            handedOverInVersion\n            toStatus {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListDocument,
    "\n  query ListFollowUpStatistics {\n    statistics {\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n": typeof types.ListFollowUpStatisticsDocument,
    "\n  query ListVersion($slug: String!, $version: Int!, $compare: Int!, $withCompare: Boolean!) {\n    curatedList(slug: $slug, version: $version) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      items {\n        id\n        position\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    older: curatedList(slug: $slug, version: $compare) @include(if: $withCompare) {\n      id\n      version\n      items {\n        id\n        position\n        title\n        body\n      }\n    }\n  }\n": typeof types.ListVersionDocument,
    "\n  query Lists {\n    curatedLists(first: 50) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n  }\n": typeof types.ListsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": typeof types.UnsubscribeDocument,
    "\n  query MergeCandidates($search: String!) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n          downvotes\n        }\n      }\n    }\n  }\n": typeof types.MergeCandidatesDocument,
    "\n  mutation MergeProposal($id: ID!, $intoId: ID!) {\n    mergeProposal(id: $id, intoId: $intoId) {\n      id\n      status\n      mergedInto\n    }\n  }\n": typeof types.MergeProposalDocument,
    "\n  query Queue {\n    proposals(sort: NEWEST, first: 50, filter: { status: HIDDEN }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    auditLog(first: 50) {\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          actor {\n            displayName\n          }\n          proposal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.QueueDocument,
    "\n  query MySuggestions($authorId: ID!) {\n    proposals(filter: { authorId: $authorId }, sort: NEWEST, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n": typeof types.MySuggestionsDocument,
    "\n  query MyVotes($after: String) {\n    myVotes(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n          myVote\n        }\n      }\n    }\n  }\n": typeof types.MyVotesDocument,
    "\n  query MyFollows($after: String) {\n    myFollows(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          proposal {\n            id\n            title\n          }\n          list {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyFollowsDocument,
    "\n  mutation UnfollowFromProfile($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": typeof types.UnfollowFromProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Inbox {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          message\n          targetType\n          targetId\n          targetSlug\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkReadDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      organization\n      sector\n      language\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ProposalCardFields on Proposal {\n    id\n    title\n    createdAt\n    upvotes\n    downvotes\n    commentsInFavor\n    commentsAgainst\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n": typeof types.ProposalCardFieldsFragmentDoc,
    "\n  query ProposalThemes {\n    themes {\n      id\n      name\n    }\n  }\n": typeof types.ProposalThemesDocument,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      upvotes\n      downvotes\n      myVote\n      myFlag {\n        reason\n        at\n      }\n      status\n      editableUntil\n      mergedInto\n      createdAt\n      commentCount\n      commentsInFavor\n      commentsAgainst\n      theme {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        organization\n      }\n      includedIn {\n        slug\n        title\n        version\n      }\n      supportBySector {\n        sector\n        up\n        down\n      }\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  subscription VotesChanged($id: ID!) {\n    proposalVotesChanged(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      editableUntil\n    }\n  }\n": typeof types.VotesChangedDocument,
    "\n  query Proposals($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $after: String, $seed: Int) {\n    proposals(sort: $sort, filter: $filter, first: $first, after: $after, seed: $seed) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  query ListThemes {\n    themes {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ListThemesDocument,
    "\n  query NextPair($themeId: ID) {\n    nextPair(themeId: $themeId) {\n      token\n      left {\n        ...PairSide\n      }\n      right {\n        ...PairSide\n      }\n    }\n  }\n\n  fragment PairSide on Proposal {\n    id\n    title\n    body\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n": typeof types.NextPairDocument,
    "\n  mutation ComparePair($token: String!, $choice: PairChoice!) {\n    comparePair(token: $token, choice: $choice)\n  }\n": typeof types.ComparePairDocument,
    "\n  query RankThemes {\n    themes {\n      id\n      name\n    }\n  }\n": typeof types.RankThemesDocument,
    "\n  query Statistics {\n    statistics {\n      generatedAt\n      participation {\n        week\n        monday\n        suggestions\n        votes\n        members\n      }\n      themes {\n        theme {\n          id\n          name\n        }\n        suggestions\n        upvotes\n        downvotes\n      }\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n": typeof types.StatisticsDocument,
    "\n  query Similar($text: String!) {\n    similarProposals(text: $text, first: 5) {\n      id\n      title\n    }\n  }\n": typeof types.SimilarDocument,
    "\n  mutation Submit($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitDocument,
    "\n  mutation Cast($id: ID!, $value: VoteValue!) {\n    castVote(proposalId: $id, value: $value) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n": typeof types.CastDocument,
    "\n  mutation Retract($id: ID!) {\n    retractVote(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n": typeof types.RetractDocument,
    "\n  query Workbench($filter: ProposalFilter, $granularity: Float) {\n    proposalClusters(filter: $filter, granularity: $granularity) {\n      proposalCount\n      computedAt\n      clusters {\n        id\n        label\n        keywords\n        size\n        supporters\n        upvotes\n        downvotes\n        linkedInDraft\n        linkedProposalIds\n        sectors {\n          sector\n          up\n          down\n        }\n        proposals {\n          id\n          title\n          body\n          upvotes\n          downvotes\n        }\n      }\n      unclustered {\n        id\n        title\n        upvotes\n        downvotes\n      }\n    }\n  }\n": typeof types.WorkbenchDocument,
    "\n  query WorkbenchSetup {\n    themes {\n      id\n      name\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n": typeof types.WorkbenchSetupDocument,
    "\n  query WorkbenchDraft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      items {\n        id\n        title\n        proposals {\n          id\n          title\n          pairwiseScore\n          consensus\n        }\n      }\n    }\n  }\n": typeof types.WorkbenchDraftDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    alignment\n    status\n    parentId\n    targetId\n    createdAt\n    editedAt\n    editableUntil\n    upvotes\n    downvotes\n    myVote\n    myFlag\n    flagCount\n    replyCount\n    author {\n      id\n      displayName\n      organization\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query Comments($targetId: ID!, $sort: CommentSort!, $after: String) {\n    comments(targetId: $targetId, sort: $sort, first: 10, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": typeof types.CommentsDocument,
    "\n  query ThreadReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: 5, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ThreadRepliesDocument,
    "\n  subscription CommentAdded($targetId: ID!) {\n    commentAdded(targetId: $targetId) {\n      ...CommentFields\n    }\n  }\n": typeof types.CommentAddedDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  mutation VoteComment($id: ID!, $up: Boolean!) {\n    voteComment(id: $id, up: $up) {\n      ...CommentFields\n    }\n  }\n": typeof types.VoteCommentDocument,
    "\n  mutation RetractCommentVote($id: ID!) {\n    retractCommentVote(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.RetractCommentVoteDocument,
    "\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason)\n  }\n": typeof types.FlagCommentDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  query FlaggedComments {\n    flaggedComments(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CommentFields\n          flagReasons\n          targetType\n          listSlug\n        }\n      }\n    }\n  }\n": typeof types.FlaggedCommentsDocument,
    "\n  mutation Flag($id: ID!, $reason: String!) {\n    flagProposal(id: $id, reason: $reason)\n  }\n": typeof types.FlagDocument,
    "\n  mutation Hide($id: ID!, $reason: String!) {\n    hideProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.HideDocument,
    "\n  mutation Unhide($id: ID!) {\n    unhideProposal(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.UnhideDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      displayName\n      roles\n      language\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation Refresh($token: String!) {\n    refresh(refreshToken: $token) {\n      ...SessionFields\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n": types.LogoutDocument,
    "\n  query Limits {\n    limits {\n      proposalTitle {\n        min\n        max\n      }\n      proposalBody {\n        min\n        max\n      }\n      reason {\n        min\n        max\n      }\n    }\n  }\n": types.LimitsDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerifiedAt\n      language\n      organization\n      sector\n    }\n  }\n": types.MeDocument,
    "\n  query Sectors {\n    sectors {\n      slug\n      name\n    }\n  }\n": types.SectorsDocument,
    "\n  query Users($search: String) {\n    users(search: $search, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          organization\n          roles\n          blockedAt\n          emailVerifiedAt\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation BlockUser($userId: ID!, $reason: String!) {\n    blockUser(userId: $userId, reason: $reason) {\n      id\n      blockedAt\n    }\n  }\n": types.BlockUserDocument,
    "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId) {\n      id\n      blockedAt\n    }\n  }\n": types.UnblockUserDocument,
    "\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId)\n  }\n": types.ResendVerificationDocument,
    "\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n": types.SendPasswordResetDocument,
    "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n      theme {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateProposalDocument,
    "\n  mutation WithdrawProposal($id: ID!, $reason: String!) {\n    withdrawProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  mutation AddDraftItem($listId: ID!, $input: CuratedListItemInput!) {\n    addDraftItem(listId: $listId, input: $input) {\n      id\n      items {\n        id\n      }\n    }\n  }\n": types.AddDraftItemDocument,
    "\n  query Drafts {\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n    published: curatedLists(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n  }\n": types.DraftsDocument,
    "\n  mutation Create($input: CreateCuratedListInput!) {\n    createCuratedList(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateDocument,
    "\n  query Draft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      addressee\n      status\n      version\n      items {\n        id\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    published: curatedList(slug: $slug) {\n      id\n      title\n      version\n      versions {\n        version\n        publishedAt\n      }\n    }\n  }\n": types.DraftDocument,
    "\n  query Pick($search: String) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n        }\n      }\n    }\n  }\n": types.PickDocument,
    "\n  mutation Save($id: ID!, $input: UpdateCuratedListDraftInput!) {\n    updateCuratedListDraft(id: $id, input: $input) {\n      id\n    }\n  }\n": types.SaveDocument,
    "\n  mutation Publish($id: ID!) {\n    publishCuratedList(id: $id) {\n      id\n      slug\n      version\n    }\n  }\n": types.PublishDocument,
    "\n  mutation Revise($id: ID!) {\n    reviseCuratedList(id: $id) {\n      id\n    }\n  }\n": types.ReviseDocument,
    "\n  query FlaggedProposals($after: String) {\n    flaggedProposals(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          flagCount\n          flagReasons\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.FlaggedProposalsDocument,
    "\n  mutation ClearProposalFlags($id: ID!) {\n    clearProposalFlags(id: $id) {\n      id\n      status\n    }\n  }\n": types.ClearProposalFlagsDocument,
    "\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n": types.FollowingDocument,
    "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": types.UnfollowDocument,
    "\n  query FollowUpStatuses {\n    followUpStatuses {\n      key\n      name\n    }\n  }\n": types.FollowUpStatusesDocument,
    "\n  mutation Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      progress\n      lastUpdatedAt\n      nextReviewAt\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n": types.RecordDocument,
    "\n  fragment ListFollowUpFields on ListFollowUpStatistics {\n    slug\n    title\n    version\n    items\n    averageProgress\n    statuses {\n      items\n      status {\n        key\n        name\n        color\n      }\n    }\n    timeline {\n      at\n      itemPosition\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n": types.ListFollowUpFieldsFragmentDoc,
    "\n  query Home {\n    curatedLists(first: 1) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          publishedAt\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n    proposals(sort: HOT, first: 3) {\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query ProposalJourney($id: ID!) {\n    proposal(id: $id) {\n      id\n      journey {\n        kind\n        occurredAt\n        supporters\n        proposal {\n          id\n          title\n        }\n        listSlug\n        listTitle\n        addressee\n        version\n        itemId\n        position\n        status {\n          key\n          name\n          color\n        }\n        progress\n        note\n        link\n        nextReviewAt\n      }\n    }\n  }\n": types.ProposalJourneyDocument,
    "\n  query List($slug: String!) {\n    curatedList(slug: $slug) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      followUpSummary {\n        open\n        inProgress\n        done\n        declined\n      }\n      items {\n        id\n        position\n        title\n        body\n        commentCount\n        suggestions {\n          id\n          title\n          proposal {\n            id\n            upvotes\n          }\n        }\n        followUp {\n          progress\n          nextReviewAt\n          status {\n            key\n            name\n            color\n          }\n          events {\n            id\n            at\n            note\n            link\n            handedOverTo\n            handedOverInVersion\n            toStatus {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ListDocument,
    "\n  query ListFollowUpStatistics {\n    statistics {\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n": types.ListFollowUpStatisticsDocument,
    "\n  query ListVersion($slug: String!, $version: Int!, $compare: Int!, $withCompare: Boolean!) {\n    curatedList(slug: $slug, version: $version) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      items {\n        id\n        position\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    older: curatedList(slug: $slug, version: $compare) @include(if: $withCompare) {\n      id\n      version\n      items {\n        id\n        position\n        title\n        body\n      }\n    }\n  }\n": types.ListVersionDocument,
    "\n  query Lists {\n    curatedLists(first: 50) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n  }\n": types.ListsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": types.RequestEmailVerificationDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n": types.UnsubscribeDocument,
    "\n  query MergeCandidates($search: String!) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n          downvotes\n        }\n      }\n    }\n  }\n": types.MergeCandidatesDocument,
    "\n  mutation MergeProposal($id: ID!, $intoId: ID!) {\n    mergeProposal(id: $id, intoId: $intoId) {\n      id\n      status\n      mergedInto\n    }\n  }\n": types.MergeProposalDocument,
    "\n  query Queue {\n    proposals(sort: NEWEST, first: 50, filter: { status: HIDDEN }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    auditLog(first: 50) {\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          actor {\n            displayName\n          }\n          proposal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.QueueDocument,
    "\n  query MySuggestions($authorId: ID!) {\n    proposals(filter: { authorId: $authorId }, sort: NEWEST, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n": types.MySuggestionsDocument,
    "\n  query MyVotes($after: String) {\n    myVotes(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n          myVote\n        }\n      }\n    }\n  }\n": types.MyVotesDocument,
    "\n  query MyFollows($after: String) {\n    myFollows(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          proposal {\n            id\n            title\n          }\n          list {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MyFollowsDocument,
    "\n  mutation UnfollowFromProfile($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n": types.UnfollowFromProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n": types.UnreadCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Inbox {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          message\n          targetType\n          targetId\n          targetSlug\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkReadDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      organization\n      sector\n      language\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ProposalCardFields on Proposal {\n    id\n    title\n    createdAt\n    upvotes\n    downvotes\n    commentsInFavor\n    commentsAgainst\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n": types.ProposalCardFieldsFragmentDoc,
    "\n  query ProposalThemes {\n    themes {\n      id\n      name\n    }\n  }\n": types.ProposalThemesDocument,
    "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      upvotes\n      downvotes\n      myVote\n      myFlag {\n        reason\n        at\n      }\n      status\n      editableUntil\n      mergedInto\n      createdAt\n      commentCount\n      commentsInFavor\n      commentsAgainst\n      theme {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        organization\n      }\n      includedIn {\n        slug\n        title\n        version\n      }\n      supportBySector {\n        sector\n        up\n        down\n      }\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n  }\n": types.ProposalDocument,
    "\n  subscription VotesChanged($id: ID!) {\n    proposalVotesChanged(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      editableUntil\n    }\n  }\n": types.VotesChangedDocument,
    "\n  query Proposals($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $after: String, $seed: Int) {\n    proposals(sort: $sort, filter: $filter, first: $first, after: $after, seed: $seed) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  query ListThemes {\n    themes {\n      id\n      slug\n      name\n    }\n  }\n": types.ListThemesDocument,
    "\n  query NextPair($themeId: ID) {\n    nextPair(themeId: $themeId) {\n      token\n      left {\n        ...PairSide\n      }\n      right {\n        ...PairSide\n      }\n    }\n  }\n\n  fragment PairSide on Proposal {\n    id\n    title\n    body\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n": types.NextPairDocument,
    "\n  mutation ComparePair($token: String!, $choice: PairChoice!) {\n    comparePair(token: $token, choice: $choice)\n  }\n": types.ComparePairDocument,
    "\n  query RankThemes {\n    themes {\n      id\n      name\n    }\n  }\n": types.RankThemesDocument,
    "\n  query Statistics {\n    statistics {\n      generatedAt\n      participation {\n        week\n        monday\n        suggestions\n        votes\n        members\n      }\n      themes {\n        theme {\n          id\n          name\n        }\n        suggestions\n        upvotes\n        downvotes\n      }\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n": types.StatisticsDocument,
    "\n  query Similar($text: String!) {\n    similarProposals(text: $text, first: 5) {\n      id\n      title\n    }\n  }\n": types.SimilarDocument,
    "\n  mutation Submit($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n    }\n  }\n": types.SubmitDocument,
    "\n  mutation Cast($id: ID!, $value: VoteValue!) {\n    castVote(proposalId: $id, value: $value) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n": types.CastDocument,
    "\n  mutation Retract($id: ID!) {\n    retractVote(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n": types.RetractDocument,
    "\n  query Workbench($filter: ProposalFilter, $granularity: Float) {\n    proposalClusters(filter: $filter, granularity: $granularity) {\n      proposalCount\n      computedAt\n      clusters {\n        id\n        label\n        keywords\n        size\n        supporters\n        upvotes\n        downvotes\n        linkedInDraft\n        linkedProposalIds\n        sectors {\n          sector\n          up\n          down\n        }\n        proposals {\n          id\n          title\n          body\n          upvotes\n          downvotes\n        }\n      }\n      unclustered {\n        id\n        title\n        upvotes\n        downvotes\n      }\n    }\n  }\n": types.WorkbenchDocument,
    "\n  query WorkbenchSetup {\n    themes {\n      id\n      name\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n": types.WorkbenchSetupDocument,
    "\n  query WorkbenchDraft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      items {\n        id\n        title\n        proposals {\n          id\n          title\n          pairwiseScore\n          consensus\n        }\n      }\n    }\n  }\n": types.WorkbenchDraftDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    alignment\n    status\n    parentId\n    targetId\n    createdAt\n    editedAt\n    editableUntil\n    upvotes\n    downvotes\n    myVote\n    myFlag\n    flagCount\n    replyCount\n    author {\n      id\n      displayName\n      organization\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query Comments($targetId: ID!, $sort: CommentSort!, $after: String) {\n    comments(targetId: $targetId, sort: $sort, first: 10, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": types.CommentsDocument,
    "\n  query ThreadReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: 5, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n      }\n    }\n  }\n": types.ThreadRepliesDocument,
    "\n  subscription CommentAdded($targetId: ID!) {\n    commentAdded(targetId: $targetId) {\n      ...CommentFields\n    }\n  }\n": types.CommentAddedDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  mutation VoteComment($id: ID!, $up: Boolean!) {\n    voteComment(id: $id, up: $up) {\n      ...CommentFields\n    }\n  }\n": types.VoteCommentDocument,
    "\n  mutation RetractCommentVote($id: ID!) {\n    retractCommentVote(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.RetractCommentVoteDocument,
    "\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason)\n  }\n": types.FlagCommentDocument,
    "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  query FlaggedComments {\n    flaggedComments(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CommentFields\n          flagReasons\n          targetType\n          listSlug\n        }\n      }\n    }\n  }\n": types.FlaggedCommentsDocument,
    "\n  mutation Flag($id: ID!, $reason: String!) {\n    flagProposal(id: $id, reason: $reason)\n  }\n": types.FlagDocument,
    "\n  mutation Hide($id: ID!, $reason: String!) {\n    hideProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.HideDocument,
    "\n  mutation Unhide($id: ID!) {\n    unhideProposal(id: $id) {\n      id\n      status\n    }\n  }\n": types.UnhideDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      displayName\n      roles\n      language\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    refreshToken\n    user {\n      id\n      displayName\n      roles\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($token: String!) {\n    refresh(refreshToken: $token) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($token: String!) {\n    refresh(refreshToken: $token) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"): (typeof documents)["\n  mutation Logout($token: String!) {\n    logout(refreshToken: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Limits {\n    limits {\n      proposalTitle {\n        min\n        max\n      }\n      proposalBody {\n        min\n        max\n      }\n      reason {\n        min\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  query Limits {\n    limits {\n      proposalTitle {\n        min\n        max\n      }\n      proposalBody {\n        min\n        max\n      }\n      reason {\n        min\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerifiedAt\n      language\n      organization\n      sector\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      emailVerifiedAt\n      language\n      organization\n      sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sectors {\n    sectors {\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query Sectors {\n    sectors {\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String) {\n    users(search: $search, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          organization\n          roles\n          blockedAt\n          emailVerifiedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String) {\n    users(search: $search, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          organization\n          roles\n          blockedAt\n          emailVerifiedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockUser($userId: ID!, $reason: String!) {\n    blockUser(userId: $userId, reason: $reason) {\n      id\n      blockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation BlockUser($userId: ID!, $reason: String!) {\n    blockUser(userId: $userId, reason: $reason) {\n      id\n      blockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId) {\n      id\n      blockedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockUser($userId: ID!) {\n    unblockUser(userId: $userId) {\n      id\n      blockedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResendVerification($userId: ID!) {\n    resendVerification(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation SendPasswordReset($userId: ID!) {\n    sendPasswordReset(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n      theme {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, input: $input) {\n      id\n      title\n      body\n      updatedAt\n      theme {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($id: ID!, $reason: String!) {\n    withdrawProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($id: ID!, $reason: String!) {\n    withdrawProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDraftItem($listId: ID!, $input: CuratedListItemInput!) {\n    addDraftItem(listId: $listId, input: $input) {\n      id\n      items {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddDraftItem($listId: ID!, $input: CuratedListItemInput!) {\n    addDraftItem(listId: $listId, input: $input) {\n      id\n      items {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Drafts {\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n    published: curatedLists(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Drafts {\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n    published: curatedLists(first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Create($input: CreateCuratedListInput!) {\n    createCuratedList(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation Create($input: CreateCuratedListInput!) {\n    createCuratedList(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Draft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      addressee\n      status\n      version\n      items {\n        id\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    published: curatedList(slug: $slug) {\n      id\n      title\n      version\n      versions {\n        version\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Draft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      addressee\n      status\n      version\n      items {\n        id\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    published: curatedList(slug: $slug) {\n      id\n      title\n      version\n      versions {\n        version\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pick($search: String) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pick($search: String) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Save($id: ID!, $input: UpdateCuratedListDraftInput!) {\n    updateCuratedListDraft(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Save($id: ID!, $input: UpdateCuratedListDraftInput!) {\n    updateCuratedListDraft(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Publish($id: ID!) {\n    publishCuratedList(id: $id) {\n      id\n      slug\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation Publish($id: ID!) {\n    publishCuratedList(id: $id) {\n      id\n      slug\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Revise($id: ID!) {\n    reviseCuratedList(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Revise($id: ID!) {\n    reviseCuratedList(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlaggedProposals($after: String) {\n    flaggedProposals(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          flagCount\n          flagReasons\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlaggedProposals($after: String) {\n    flaggedProposals(first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          flagCount\n          flagReasons\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearProposalFlags($id: ID!) {\n    clearProposalFlags(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ClearProposalFlags($id: ID!) {\n    clearProposalFlags(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n"): (typeof documents)["\n  query Following($targetId: ID!) {\n    following(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n"): (typeof documents)["\n  mutation Follow($targetId: ID!) {\n    follow(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"): (typeof documents)["\n  mutation Unfollow($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpStatuses {\n    followUpStatuses {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query FollowUpStatuses {\n    followUpStatuses {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      progress\n      lastUpdatedAt\n      nextReviewAt\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Record($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      progress\n      lastUpdatedAt\n      nextReviewAt\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListFollowUpFields on ListFollowUpStatistics {\n    slug\n    title\n    version\n    items\n    averageProgress\n    statuses {\n      items\n      status {\n        key\n        name\n        color\n      }\n    }\n    timeline {\n      at\n      itemPosition\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ListFollowUpFields on ListFollowUpStatistics {\n    slug\n    title\n    version\n    items\n    averageProgress\n    statuses {\n      items\n      status {\n        key\n        name\n        color\n      }\n    }\n    timeline {\n      at\n      itemPosition\n      status {\n        key\n        name\n        color\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    curatedLists(first: 1) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          publishedAt\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n    proposals(sort: HOT, first: 3) {\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    curatedLists(first: 1) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          publishedAt\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n    proposals(sort: HOT, first: 3) {\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalJourney($id: ID!) {\n    proposal(id: $id) {\n      id\n      journey {\n        kind\n        occurredAt\n        supporters\n        proposal {\n          id\n          title\n        }\n        listSlug\n        listTitle\n        addressee\n        version\n        itemId\n        position\n        status {\n          key\n          name\n          color\n        }\n        progress\n        note\n        link\n        nextReviewAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProposalJourney($id: ID!) {\n    proposal(id: $id) {\n      id\n      journey {\n        kind\n        occurredAt\n        supporters\n        proposal {\n          id\n          title\n        }\n        listSlug\n        listTitle\n        addressee\n        version\n        itemId\n        position\n        status {\n          key\n          name\n          color\n        }\n        progress\n        note\n        link\n        nextReviewAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query List($slug: String!) {\n    curatedList(slug: $slug) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      followUpSummary {\n        open\n        inProgress\n        done\n        declined\n      }\n      items {\n        id\n        position\n        title\n        body\n        commentCount\n        suggestions {\n          id\n          title\n          proposal {\n            id\n            upvotes\n          }\n        }\n        followUp {\n          progress\n          nextReviewAt\n          status {\n            key\n            name\n            color\n          }\n          events {\n            id\n            at\n            note\n            link\n            handedOverTo\n            handedOverInVersion\n            toStatus {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query List($slug: String!) {\n    curatedList(slug: $slug) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      followUpSummary {\n        open\n        inProgress\n        done\n        declined\n      }\n      items {\n        id\n        position\n        title\n        body\n        commentCount\n        suggestions {\n          id\n          title\n          proposal {\n            id\n            upvotes\n          }\n        }\n        followUp {\n          progress\n          nextReviewAt\n          status {\n            key\n            name\n            color\n          }\n          events {\n            id\n            at\n            note\n            link\n            handedOverTo\n            handedOverInVersion\n            toStatus {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListFollowUpStatistics {\n    statistics {\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListFollowUpStatistics {\n    statistics {\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListVersion($slug: String!, $version: Int!, $compare: Int!, $withCompare: Boolean!) {\n    curatedList(slug: $slug, version: $version) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      items {\n        id\n        position\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    older: curatedList(slug: $slug, version: $compare) @include(if: $withCompare) {\n      id\n      version\n      items {\n        id\n        position\n        title\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListVersion($slug: String!, $version: Int!, $compare: Int!, $withCompare: Boolean!) {\n    curatedList(slug: $slug, version: $version) {\n      id\n      slug\n      title\n      description\n      addressee\n      version\n      publishedAt\n      versions {\n        version\n        publishedAt\n      }\n      items {\n        id\n        position\n        title\n        body\n        suggestions {\n          id\n          title\n        }\n      }\n    }\n    older: curatedList(slug: $slug, version: $compare) @include(if: $withCompare) {\n      id\n      version\n      items {\n        id\n        position\n        title\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lists {\n    curatedLists(first: 50) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Lists {\n    curatedLists(first: 50) {\n      edges {\n        node {\n          slug\n          title\n          addressee\n          version\n          followUpSummary {\n            open\n            inProgress\n            done\n            declined\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeCandidates($search: String!) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n          downvotes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergeCandidates($search: String!) {\n    proposals(sort: TOP, first: 10, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          title\n          upvotes\n          downvotes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeProposal($id: ID!, $intoId: ID!) {\n    mergeProposal(id: $id, intoId: $intoId) {\n      id\n      status\n      mergedInto\n    }\n  }\n"): (typeof documents)["\n  mutation MergeProposal($id: ID!, $intoId: ID!) {\n    mergeProposal(id: $id, intoId: $intoId) {\n      id\n      status\n      mergedInto\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Queue {\n    proposals(sort: NEWEST, first: 50, filter: { status: HIDDEN }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    auditLog(first: 50) {\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          actor {\n            displayName\n          }\n          proposal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Queue {\n    proposals(sort: NEWEST, first: 50, filter: { status: HIDDEN }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    auditLog(first: 50) {\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          actor {\n            displayName\n          }\n          proposal {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySuggestions($authorId: ID!) {\n    proposals(filter: { authorId: $authorId }, sort: NEWEST, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySuggestions($authorId: ID!) {\n    proposals(filter: { authorId: $authorId }, sort: NEWEST, first: 50) {\n      totalCount\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVotes($after: String) {\n    myVotes(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n          myVote\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVotes($after: String) {\n    myVotes(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n          myVote\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFollows($after: String) {\n    myFollows(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          proposal {\n            id\n            title\n          }\n          list {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFollows($after: String) {\n    myFollows(first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          targetType\n          proposal {\n            id\n            title\n          }\n          list {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowFromProfile($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"): (typeof documents)["\n  mutation UnfollowFromProfile($targetId: ID!) {\n    unfollow(targetId: $targetId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): (typeof documents)["\n  query ExportMyData {\n    exportMyData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    me {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      id\n      notificationPreferences {\n        type\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          message\n          targetType\n          targetId\n          targetSlug\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          message\n          targetType\n          targetId\n          targetSlug\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      organization\n      sector\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      organization\n      sector\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($newEmail: String!, $password: String!) {\n    changeEmail(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalCardFields on Proposal {\n    id\n    title\n    createdAt\n    upvotes\n    downvotes\n    commentsInFavor\n    commentsAgainst\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalCardFields on Proposal {\n    id\n    title\n    createdAt\n    upvotes\n    downvotes\n    commentsInFavor\n    commentsAgainst\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalThemes {\n    themes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProposalThemes {\n    themes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      upvotes\n      downvotes\n      myVote\n      myFlag {\n        reason\n        at\n      }\n      status\n      editableUntil\n      mergedInto\n      createdAt\n      commentCount\n      commentsInFavor\n      commentsAgainst\n      theme {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        organization\n      }\n      includedIn {\n        slug\n        title\n        version\n      }\n      supportBySector {\n        sector\n        up\n        down\n      }\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n  }\n"): (typeof documents)["\n  query Proposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      title\n      body\n      upvotes\n      downvotes\n      myVote\n      myFlag {\n        reason\n        at\n      }\n      status\n      editableUntil\n      mergedInto\n      createdAt\n      commentCount\n      commentsInFavor\n      commentsAgainst\n      theme {\n        id\n        name\n      }\n      author {\n        id\n        displayName\n        organization\n      }\n      includedIn {\n        slug\n        title\n        version\n      }\n      supportBySector {\n        sector\n        up\n        down\n      }\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VotesChanged($id: ID!) {\n    proposalVotesChanged(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      editableUntil\n    }\n  }\n"): (typeof documents)["\n  subscription VotesChanged($id: ID!) {\n    proposalVotesChanged(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      editableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $after: String, $seed: Int) {\n    proposals(sort: $sort, filter: $filter, first: $first, after: $after, seed: $seed) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposals($sort: ProposalSort, $filter: ProposalFilter, $first: Int, $after: String, $seed: Int) {\n    proposals(sort: $sort, filter: $filter, first: $first, after: $after, seed: $seed) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProposalCardFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListThemes {\n    themes {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  query ListThemes {\n    themes {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NextPair($themeId: ID) {\n    nextPair(themeId: $themeId) {\n      token\n      left {\n        ...PairSide\n      }\n      right {\n        ...PairSide\n      }\n    }\n  }\n\n  fragment PairSide on Proposal {\n    id\n    title\n    body\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n"): (typeof documents)["\n  query NextPair($themeId: ID) {\n    nextPair(themeId: $themeId) {\n      token\n      left {\n        ...PairSide\n      }\n      right {\n        ...PairSide\n      }\n    }\n  }\n\n  fragment PairSide on Proposal {\n    id\n    title\n    body\n    theme {\n      name\n    }\n    author {\n      displayName\n      organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComparePair($token: String!, $choice: PairChoice!) {\n    comparePair(token: $token, choice: $choice)\n  }\n"): (typeof documents)["\n  mutation ComparePair($token: String!, $choice: PairChoice!) {\n    comparePair(token: $token, choice: $choice)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankThemes {\n    themes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RankThemes {\n    themes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statistics {\n    statistics {\n      generatedAt\n      participation {\n        week\n        monday\n        suggestions\n        votes\n        members\n      }\n      themes {\n        theme {\n          id\n          name\n        }\n        suggestions\n        upvotes\n        downvotes\n      }\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Statistics {\n    statistics {\n      generatedAt\n      participation {\n        week\n        monday\n        suggestions\n        votes\n        members\n      }\n      themes {\n        theme {\n          id\n          name\n        }\n        suggestions\n        upvotes\n        downvotes\n      }\n      lists {\n        ...ListFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Similar($text: String!) {\n    similarProposals(text: $text, first: 5) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query Similar($text: String!) {\n    similarProposals(text: $text, first: 5) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Submit($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Submit($input: SubmitProposalInput!) {\n    submitProposal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Cast($id: ID!, $value: VoteValue!) {\n    castVote(proposalId: $id, value: $value) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n"): (typeof documents)["\n  mutation Cast($id: ID!, $value: VoteValue!) {\n    castVote(proposalId: $id, value: $value) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Retract($id: ID!) {\n    retractVote(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n"): (typeof documents)["\n  mutation Retract($id: ID!) {\n    retractVote(proposalId: $id) {\n      id\n      upvotes\n      downvotes\n      myVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workbench($filter: ProposalFilter, $granularity: Float) {\n    proposalClusters(filter: $filter, granularity: $granularity) {\n      proposalCount\n      computedAt\n      clusters {\n        id\n        label\n        keywords\n        size\n        supporters\n        upvotes\n        downvotes\n        linkedInDraft\n        linkedProposalIds\n        sectors {\n          sector\n          up\n          down\n        }\n        proposals {\n          id\n          title\n          body\n          upvotes\n          downvotes\n        }\n      }\n      unclustered {\n        id\n        title\n        upvotes\n        downvotes\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workbench($filter: ProposalFilter, $granularity: Float) {\n    proposalClusters(filter: $filter, granularity: $granularity) {\n      proposalCount\n      computedAt\n      clusters {\n        id\n        label\n        keywords\n        size\n        supporters\n        upvotes\n        downvotes\n        linkedInDraft\n        linkedProposalIds\n        sectors {\n          sector\n          up\n          down\n        }\n        proposals {\n          id\n          title\n          body\n          upvotes\n          downvotes\n        }\n      }\n      unclustered {\n        id\n        title\n        upvotes\n        downvotes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchSetup {\n    themes {\n      id\n      name\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchSetup {\n    themes {\n      id\n      name\n    }\n    sectors {\n      slug\n      name\n      position\n    }\n    drafts: curatedLists(status: DRAFT, first: 50) {\n      edges {\n        node {\n          id\n          slug\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchDraft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      items {\n        id\n        title\n        proposals {\n          id\n          title\n          pairwiseScore\n          consensus\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchDraft($slug: String!) {\n    draft: curatedList(slug: $slug, draft: true) {\n      id\n      slug\n      title\n      items {\n        id\n        title\n        proposals {\n          id\n          title\n          pairwiseScore\n          consensus\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    alignment\n    status\n    parentId\n    targetId\n    createdAt\n    editedAt\n    editableUntil\n    upvotes\n    downvotes\n    myVote\n    myFlag\n    flagCount\n    replyCount\n    author {\n      id\n      displayName\n      organization\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    body\n    alignment\n    status\n    parentId\n    targetId\n    createdAt\n    editedAt\n    editableUntil\n    upvotes\n    downvotes\n    myVote\n    myFlag\n    flagCount\n    replyCount\n    author {\n      id\n      displayName\n      organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comments($targetId: ID!, $sort: CommentSort!, $after: String) {\n    comments(targetId: $targetId, sort: $sort, first: 10, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Comments($targetId: ID!, $sort: CommentSort!, $after: String) {\n    comments(targetId: $targetId, sort: $sort, first: 10, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: 5, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadReplies($id: ID!, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: 5, after: $after) {\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            ...CommentFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentAdded($targetId: ID!) {\n    commentAdded(targetId: $targetId) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  subscription CommentAdded($targetId: ID!) {\n    commentAdded(targetId: $targetId) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($id: ID!, $body: String!) {\n    editComment(id: $id, body: $body) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteComment($id: ID!, $up: Boolean!) {\n    voteComment(id: $id, up: $up) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation VoteComment($id: ID!, $up: Boolean!) {\n    voteComment(id: $id, up: $up) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractCommentVote($id: ID!) {\n    retractCommentVote(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetractCommentVote($id: ID!) {\n    retractCommentVote(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation FlagComment($id: ID!, $reason: String!) {\n    flagComment(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($id: ID!, $reason: String!) {\n    hideComment(id: $id, reason: $reason) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlaggedComments {\n    flaggedComments(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CommentFields\n          flagReasons\n          targetType\n          listSlug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlaggedComments {\n    flaggedComments(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CommentFields\n          flagReasons\n          targetType\n          listSlug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Flag($id: ID!, $reason: String!) {\n    flagProposal(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation Flag($id: ID!, $reason: String!) {\n    flagProposal(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Hide($id: ID!, $reason: String!) {\n    hideProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Hide($id: ID!, $reason: String!) {\n    hideProposal(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unhide($id: ID!) {\n    unhideProposal(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation Unhide($id: ID!) {\n    unhideProposal(id: $id) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;