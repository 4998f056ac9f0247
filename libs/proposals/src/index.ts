export * from './proposals.module';
export * from './proposals/proposal.schema';
export * from './proposals/proposals.service';
export * from './ranking/scores';
export * from './text/keywords';
export * from './themes/themes.service';
export * from './votes/votes.service';
