import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { FormField } from '../components';
import { graphql } from '../gql';
import { useLimits } from '../limits';

const THEMES = graphql(`
  query ProposalThemes {
    themes {
      id
      name
    }
  }
`);

export interface ProposalDraft {
  title: string;
  body: string;
  themeId: string;
}

/** A suggestion's title, body and theme, as submitted and as edited by its author. */
export function ProposalFields({
  draft,
  onChange,
  afterTitle,
}: {
  draft: ProposalDraft;
  onChange: (draft: ProposalDraft) => void;
  /** Shown between the title and the body (similar suggestions while submitting). */
  afterTitle?: ReactNode;
}) {
  const { t } = useTranslation();
  const limits = useLimits();
  const [{ data: themes }] = useQuery({ query: THEMES });
  return (
    <>
      <FormField label={t('submit.proposalTitle')}>
        {(control) => (
          <input
            {...control}
            required
            minLength={limits?.proposalTitle.min}
            maxLength={limits?.proposalTitle.max}
            value={draft.title}
            onChange={(e) => onChange({ ...draft, title: e.target.value })}
          />
        )}
      </FormField>
      {afterTitle}
      <FormField label={t('submit.body')}>
        {(control) => (
          <textarea
            {...control}
            required
            minLength={limits?.proposalBody.min}
            maxLength={limits?.proposalBody.max}
            rows={8}
            value={draft.body}
            onChange={(e) => onChange({ ...draft, body: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('proposals.theme')}>
        {(control) => (
          <select
            {...control}
            required
            value={draft.themeId}
            onChange={(e) => onChange({ ...draft, themeId: e.target.value })}
          >
            {draft.themeId === '' && <option value="">—</option>}
            {themes?.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </>
  );
}
