/**
 * Where a person's data is stored outside the libraries' own services, by collection and the
 * field that names them: read for the export, deleted with the account. docs/PRIVACY.md lists
 * every collection and what happens to it; this table is the part the privacy library reads
 * and deletes directly (votes, pairwise answers, suggestions, comments and the account go through
 * their services, which keep counters, strengths and caches right).
 */
export const PERSONAL_COLLECTIONS = {
  follows: 'follows',
  notifications: 'notifications',
  /** Built by the notification-mail work: `_id` is the user's id (hex). */
  notificationPreferences: 'notification_preferences',
  flags: 'flags',
  /**
   * Verification and password-reset tokens (hashes only), with `userId`; the collection of the
   * account-mail work.
   */
  accountTokens: 'account_tokens',
  /** Mail waiting to be sent, with the address in `to`; the collection of the mail work. */
  mailOutbox: 'mail_outbox',
  proposals: 'proposals',
  votes: 'votes',
  pairwiseAnswers: 'pairwise_answers',
  curatedLists: 'curated_lists',
  listVersions: 'curated_list_versions',
  followUpEvents: 'follow_up_events',
  auditLog: 'audit_log',
  refreshTokens: 'refresh_tokens',
  /** Read for the export; deletion goes through PersonalCommentsService (counters, authors). */
  comments: 'comments',
  commentVotes: 'comment_votes',
  commentFlags: 'comment_flags',
} as const;

export type PersonalCollection = (typeof PERSONAL_COLLECTIONS)[keyof typeof PERSONAL_COLLECTIONS];
