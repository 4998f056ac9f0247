import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button } from '../components';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';

const CAST = graphql(`
  mutation Cast($id: ID!, $value: VoteValue!) {
    castVote(proposalId: $id, value: $value) {
      id
      upvotes
      downvotes
      myVote
    }
  }
`);
const RETRACT = graphql(`
  mutation Retract($id: ID!) {
    retractVote(proposalId: $id) {
      id
      upvotes
      downvotes
      myVote
    }
  }
`);

/** Up, down, and pressing your current choice again to retract it. */
export function VoteButtons({ proposalId, myVote }: { proposalId: string; myVote: 'UP' | 'DOWN' | null }) {
  const { t } = useTranslation();
  const [cast, castVote] = useMutation(CAST);
  const [retract, retractVote] = useMutation(RETRACT);
  const error = cast.error ?? retract.error;
  const choose = (value: 'UP' | 'DOWN') =>
    void (myVote === value ? retractVote({ id: proposalId }) : castVote({ id: proposalId, value }));
  return (
    <div role="group" aria-label={t('vote.label')} className="vote-buttons">
      <Button
        aria-pressed={myVote === 'UP'}
        onClick={() => choose('UP')}
        disabled={cast.fetching || retract.fetching}
      >
        {myVote === 'UP' && <span aria-hidden="true">✓ </span>}
        {t('vote.up')}
      </Button>{' '}
      <Button
        aria-pressed={myVote === 'DOWN'}
        onClick={() => choose('DOWN')}
        disabled={cast.fetching || retract.fetching}
      >
        {myVote === 'DOWN' && <span aria-hidden="true">✓ </span>}
        {t('vote.down')}
      </Button>
      <ErrorMessage error={error} />
    </div>
  );
}
