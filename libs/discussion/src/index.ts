export * from './discussion.module';
export * from './comments/comment.schema';
export * from './comments/comments.service';
export * from './comments/comment-votes.service';
export * from './comments/models/comment.model';
export * from './comments/comment-keys';
export * from './comments/best-score';
export * from './comments/comment-clock';
