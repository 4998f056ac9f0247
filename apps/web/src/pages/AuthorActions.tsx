import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, Card, FormField } from '../components';
import { ErrorMessage } from '../errors';
import { formatDate } from '../format';
import { graphql } from '../gql';
import { currentLanguage } from '../i18n';
import { type ProposalDraft, ProposalFields } from './ProposalFields';
import { ReasonInput } from './ReasonInput';

const UPDATE = graphql(`
  mutation UpdateProposal($id: ID!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, input: $input) {
      id
      title
      body
      updatedAt
      theme {
        id
        name
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation WithdrawProposal($id: ID!, $reason: String!) {
    withdrawProposal(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

interface Editable {
  id: string;
  title: string;
  body: string;
  /** Until when its author may edit it (the API's edit window); null once closed. */
  editableUntil: string | null;
  theme: { id: string } | null;
}

/** The author's own suggestion: edit it while the window is open, or withdraw it. */
export function AuthorActions({ proposal }: { proposal: Editable }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [reason, setReason] = useState('');
  const [withdrawn, withdraw] = useMutation(WITHDRAW);
  const until = proposal.editableUntil;

  const onWithdraw = (event: SyntheticEvent) => {
    event.preventDefault();
    void withdraw({ id: proposal.id, reason });
  };
  return (
    <Card aria-labelledby="author-actions">
      <h2 id="author-actions">{t('author.title')}</h2>
      {until ? (
        <p>{t('author.editUntil', { date: formatDate(until, currentLanguage()) })}</p>
      ) : (
        <p>{t('author.editClosed')}</p>
      )}
      {saved && <p role="status">{t('author.saved')}</p>}
      {editing ? (
        <EditForm
          proposal={proposal}
          onDone={(ok) => {
            setEditing(false);
            setSaved(ok);
          }}
        />
      ) : (
        until && (
          <Button
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('author.edit')}
          </Button>
        )
      )}
      <form onSubmit={onWithdraw} className="inline-form">
        <FormField label={t('author.withdrawReason')}>
          {(control) => <ReasonInput control={control} value={reason} onChange={setReason} />}
        </FormField>
        <Button type="submit" disabled={withdrawn.fetching}>
          {t('author.withdraw')}
        </Button>
        <ErrorMessage error={withdrawn.error} />
      </form>
    </Card>
  );
}

function EditForm({ proposal, onDone }: { proposal: Editable; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProposalDraft>({
    title: proposal.title,
    body: proposal.body,
    themeId: proposal.theme?.id ?? '',
  });
  const [updated, update] = useMutation(UPDATE);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void update({ id: proposal.id, input: draft }).then((result) => {
      if (!result.error) onDone(true);
    });
  };
  return (
    <Card as="form" onSubmit={onSubmit} aria-label={t('author.edit')}>
      <ProposalFields draft={draft} onChange={setDraft} />
      <ErrorMessage error={updated.error} />
      <Button type="submit" disabled={updated.fetching}>
        {t('author.save')}
      </Button>{' '}
      <Button onClick={() => onDone(false)}>{t('author.cancel')}</Button>
    </Card>
  );
}
