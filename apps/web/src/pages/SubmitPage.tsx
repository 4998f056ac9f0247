import { type SyntheticEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Button, Card } from '../components';
import { currentLanguage } from '../i18n';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';
import { type ProposalDraft, ProposalFields } from './ProposalFields';

const SIMILAR = graphql(`
  query Similar($text: String!) {
    similarProposals(text: $text, first: 5) {
      id
      title
    }
  }
`);
const SUBMIT = graphql(`
  mutation Submit($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      id
    }
  }
`);

/** The text to look up similar suggestions for, once typing pauses. */
export function useDebounced(value: string, ms = 400): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function SubmitPage() {
  const { t } = useTranslation();
  usePageTitle(t('submit.title'));
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ProposalDraft>({ title: '', body: '', themeId: '' });
  const text = useDebounced(`${draft.title} ${draft.body}`.trim());
  const [{ data: similar }] = useQuery({
    query: SIMILAR,
    variables: { text },
    pause: text.length < 4,
  });
  const [{ fetching, error }, submit] = useMutation(SUBMIT);

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void submit({ input: { ...draft, language: currentLanguage() } }).then((result) => {
      const id = result.data?.submitProposal.id;
      if (id) void navigate(`/voorstel/${id}`);
    });
  };
  return (
    <Card as="form" onSubmit={onSubmit} aria-labelledby="submit-title">
      <h1 id="submit-title">{t('submit.title')}</h1>
      <ProposalFields
        draft={draft}
        onChange={setDraft}
        afterTitle={
          similar &&
          similar.similarProposals.length > 0 && (
            <aside aria-live="polite">
              <p>{t('submit.similar')}</p>
              <ul>
                {similar.similarProposals.map((proposal) => (
                  <li key={proposal.id}>
                    <Link to={`/voorstel/${proposal.id}`}>{proposal.title}</Link>
                  </li>
                ))}
              </ul>
            </aside>
          )
        }
      />
      <ErrorMessage error={error} />
      <Button type="submit" disabled={fetching}>
        {t('submit.send')}
      </Button>
    </Card>
  );
}
