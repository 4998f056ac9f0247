import { type SyntheticEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { currentLanguage } from '../i18n';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';

const THEMES = graphql(`
  query SubmitThemes {
    themes {
      id
      name
    }
  }
`);
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
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [themeId, setThemeId] = useState('');
  const text = useDebounced(`${title} ${body}`.trim());
  const [{ data: themes }] = useQuery({ query: THEMES });
  const [{ data: similar }] = useQuery({
    query: SIMILAR,
    variables: { text },
    pause: text.length < 4,
  });
  const [{ fetching, error }, submit] = useMutation(SUBMIT);

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void submit({ input: { title, body, themeId, language: currentLanguage() } }).then((result) => {
      const id = result.data?.submitProposal.id;
      if (id) void navigate(`/voorstel/${id}`);
    });
  };
  return (
    <form onSubmit={onSubmit} className="card" aria-labelledby="submit-title">
      <h1 id="submit-title">{t('submit.title')}</h1>
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
      {similar && similar.similarProposals.length > 0 && (
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
      )}
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
          <option value="">—</option>
          {themes?.themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={error} />
      <button type="submit" disabled={fetching}>
        {t('submit.send')}
      </button>
    </form>
  );
}
