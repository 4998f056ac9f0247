import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorMessage } from '../errors';
import { formatDate } from '../format';
import { graphql } from '../gql';
import { currentLanguage } from '../i18n';

const THEMES = graphql(`
  query EditThemes {
    themes {
      id
      name
    }
  }
`);
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
    <section className="card" aria-labelledby="author-actions">
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
          <button
            type="button"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('author.edit')}
          </button>
        )
      )}
      <form onSubmit={onWithdraw} className="inline-form">
        <label>
          {t('author.withdrawReason')}
          <input required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" disabled={withdrawn.fetching}>
          {t('author.withdraw')}
        </button>
        <ErrorMessage error={withdrawn.error} />
      </form>
    </section>
  );
}

function EditForm({ proposal, onDone }: { proposal: Editable; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(proposal.title);
  const [body, setBody] = useState(proposal.body);
  const [themeId, setThemeId] = useState(proposal.theme?.id ?? '');
  const [{ data: themes }] = useQuery({ query: THEMES });
  const [updated, update] = useMutation(UPDATE);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void update({ id: proposal.id, input: { title, body, themeId } }).then((result) => {
      if (!result.error) onDone(true);
    });
  };
  return (
    <form onSubmit={onSubmit} className="card" aria-label={t('author.edit')}>
      <label>
        {t('submit.proposalTitle')}
        <input
          required
          minLength={5}
          maxLength={140}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label>
        {t('submit.body')}
        <textarea
          required
          minLength={20}
          maxLength={10000}
          rows={8}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </label>
      <label>
        {t('proposals.theme')}
        <select required value={themeId} onChange={(e) => setThemeId(e.target.value)}>
          {themes?.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={updated.error} />
      <button type="submit" disabled={updated.fetching}>
        {t('author.save')}
      </button>{' '}
      <button type="button" onClick={() => onDone(false)}>
        {t('author.cancel')}
      </button>
    </form>
  );
}
