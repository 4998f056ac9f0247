import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Button } from '../components';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';

const FOLLOWING = graphql(`
  query Following($targetId: ID!) {
    following(targetId: $targetId)
  }
`);
const FOLLOW = graphql(`
  mutation Follow($targetId: ID!) {
    follow(targetId: $targetId)
  }
`);
const UNFOLLOW = graphql(`
  mutation Unfollow($targetId: ID!) {
    unfollow(targetId: $targetId)
  }
`);

/** Follow or stop following a suggestion or a list (signed-in members only). */
export function FollowButton({ targetId, kind }: { targetId: string; kind: 'proposal' | 'list' }) {
  const { t } = useTranslation();
  // Voting on a suggestion follows it: a mutation that returns a Proposal (a vote) asks again.
  const context = useMemo(() => ({ additionalTypenames: ['Proposal'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FOLLOWING,
    variables: { targetId },
    requestPolicy: 'network-only',
    context,
  });
  const [followed, follow] = useMutation(FOLLOW);
  const [unfollowed, unfollow] = useMutation(UNFOLLOW);
  const busy = fetching || followed.fetching || unfollowed.fetching;
  const following = data?.following;
  const toggle = () =>
    void (following ? unfollow({ targetId }) : follow({ targetId })).then((result) => {
      if (!result.error) refetch({ requestPolicy: 'network-only' });
    });
  return (
    <div className="follow">
      {following !== undefined && (
        <Button onClick={toggle} disabled={busy}>
          {following ? t('follow.unfollow') : t('follow.follow')}
        </Button>
      )}{' '}
      <span aria-live="polite">
        {following === undefined
          ? fetching && t('loading')
          : t(following ? `follow.following.${kind}` : `follow.notFollowing.${kind}`)}
      </span>
      <ErrorMessage error={error ?? followed.error ?? unfollowed.error} />
    </div>
  );
}
