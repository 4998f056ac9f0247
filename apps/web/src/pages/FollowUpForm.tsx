import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';

const STATUSES = graphql(`
  query FollowUpStatuses {
    followUpStatuses {
      key
      name
    }
  }
`);
const RECORD = graphql(`
  mutation Record($input: RecordFollowUpInput!) {
    recordFollowUp(input: $input) {
      progress
      lastUpdatedAt
      status {
        key
        name
        color
      }
    }
  }
`);

/** For liaisons and editors: append an event to an item's follow-up. */
export function FollowUpForm({ itemId, progress }: { itemId: string; progress: number }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: STATUSES });
  const [form, setForm] = useState({
    statusKey: '',
    progress: String(progress),
    note: '',
    link: '',
    occurredOn: '',
    nextReviewOn: '',
  });
  const [{ fetching, error }, record] = useMutation(RECORD);
  const [saved, setSaved] = useState(false);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setSaved(false);
    void record({
      input: {
        itemId,
        statusKey: form.statusKey,
        progress: Number(form.progress),
        note: form.note,
        link: form.link || null,
        occurredAt: form.occurredOn ? new Date(form.occurredOn).toISOString() : null,
        nextReviewAt: form.nextReviewOn ? new Date(form.nextReviewOn).toISOString() : null,
      },
    }).then((result) => {
      if (!result.error) {
        setSaved(true);
        setForm((current) => ({ ...current, note: '', link: '' }));
      }
    });
  };
  const id = (name: string) => `${itemId}-${name}`;
  return (
    <form className="card" onSubmit={onSubmit} aria-label={t('followUp.record')}>
      <label htmlFor={id('status')}>{t('followUp.status')}</label>
      <select
        id={id('status')}
        required
        value={form.statusKey}
        onChange={(e) => setForm({ ...form, statusKey: e.target.value })}
      >
        <option value="">—</option>
        {data?.followUpStatuses.map((status) => (
          <option key={status.key} value={status.key}>
            {status.name}
          </option>
        ))}
      </select>
      <label htmlFor={id('progress')}>{t('lists.progress')} (%)</label>
      <input
        id={id('progress')}
        type="number"
        min={0}
        max={100}
        value={form.progress}
        onChange={(e) => setForm({ ...form, progress: e.target.value })}
      />
      <label htmlFor={id('note')}>{t('followUp.note')}</label>
      <textarea
        id={id('note')}
        required
        rows={3}
        value={form.note}
        onChange={(e) => setForm({ ...form, note: e.target.value })}
      />
      <label htmlFor={id('link')}>{t('followUp.link')}</label>
      <input
        id={id('link')}
        type="url"
        value={form.link}
        onChange={(e) => setForm({ ...form, link: e.target.value })}
      />
      <label htmlFor={id('occurred')}>{t('followUp.occurredOn')}</label>
      <input
        id={id('occurred')}
        type="date"
        value={form.occurredOn}
        onChange={(e) => setForm({ ...form, occurredOn: e.target.value })}
      />
      <label htmlFor={id('review')}>{t('followUp.nextReviewOn')}</label>
      <input
        id={id('review')}
        type="date"
        value={form.nextReviewOn}
        onChange={(e) => setForm({ ...form, nextReviewOn: e.target.value })}
      />
      <ErrorMessage error={error} />
      {saved && <p role="status">{t('followUp.saved')}</p>}
      <button type="submit" disabled={fetching}>
        {t('followUp.record')}
      </button>
    </form>
  );
}
