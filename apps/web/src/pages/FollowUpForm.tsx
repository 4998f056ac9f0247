import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Button, Card, FormField } from '../components';
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
      nextReviewAt
      status {
        key
        name
        color
      }
    }
  }
`);

/** An item's follow-up as it stands: what the form starts from, and returns to after saving. */
export interface CurrentFollowUp {
  statusKey: string | null;
  progress: number;
  nextReviewAt: string | null;
}

/** The form for the next event: the current status and review date, and nothing of the last one. */
function formFor(current: CurrentFollowUp) {
  return {
    statusKey: current.statusKey ?? '',
    progress: String(current.progress),
    note: '',
    link: '',
    occurredOn: '',
    nextReviewOn: current.nextReviewAt?.slice(0, 10) ?? '',
  };
}

/** For liaisons and editors: append an event to an item's follow-up. */
export function FollowUpForm({ itemId, current }: { itemId: string; current: CurrentFollowUp }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: STATUSES });
  const [form, setForm] = useState(() => formFor(current));
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
      const stored = result.data?.recordFollowUp;
      if (stored) {
        setSaved(true);
        setForm(
          formFor({
            statusKey: stored.status?.key ?? null,
            progress: stored.progress,
            nextReviewAt: stored.nextReviewAt,
          }),
        );
      }
    });
  };
  return (
    <Card as="form" onSubmit={onSubmit} aria-label={t('followUp.record')}>
      <FormField label={t('followUp.status')}>
        {(control) => (
          <select
            required
            value={form.statusKey}
            onChange={(e) => setForm({ ...form, statusKey: e.target.value })}
            {...control}
          >
            <option value="">—</option>
            {data?.followUpStatuses.map((status) => (
              <option key={status.key} value={status.key}>
                {status.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={`${t('lists.progress')} (%)`}>
        {(control) => (
          <input
            type="number"
            min={0}
            max={100}
            value={form.progress}
            onChange={(e) => setForm({ ...form, progress: e.target.value })}
            {...control}
          />
        )}
      </FormField>
      <FormField label={t('followUp.note')}>
        {(control) => (
          <textarea
            required
            rows={3}
            value={form.note}
            onChange={(e) => setForm({ ...form, note: e.target.value })}
            {...control}
          />
        )}
      </FormField>
      <FormField label={t('followUp.link')}>
        {(control) => (
          <input
            type="url"
            value={form.link}
            onChange={(e) => setForm({ ...form, link: e.target.value })}
            {...control}
          />
        )}
      </FormField>
      <FormField label={t('followUp.occurredOn')}>
        {(control) => (
          <input
            type="date"
            value={form.occurredOn}
            onChange={(e) => setForm({ ...form, occurredOn: e.target.value })}
            {...control}
          />
        )}
      </FormField>
      <FormField label={t('followUp.nextReviewOn')}>
        {(control) => (
          <input
            type="date"
            value={form.nextReviewOn}
            onChange={(e) => setForm({ ...form, nextReviewOn: e.target.value })}
            {...control}
          />
        )}
      </FormField>
      <ErrorMessage error={error} />
      {saved && <p role="status">{t('followUp.saved')}</p>}
      <Button type="submit" disabled={fetching}>
        {t('followUp.record')}
      </Button>
    </Card>
  );
}
