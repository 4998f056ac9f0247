import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../components';

export interface ItemSuggestion {
  id: string;
  /** Null once the suggestion is no longer public. */
  title: string | null;
  /** The suggestion as it is now, when the query asks for it (a list page, not an old version). */
  proposal?: { upvotes: number } | null;
}

/** The suggestions a list item came from, folded, each with its votes for in words. */
export function ItemSuggestions({ suggestions }: { suggestions: readonly ItemSuggestion[] }) {
  const { t } = useTranslation();
  if (suggestions.length === 0) return null;
  return (
    <details>
      <summary>{t('lists.suggestions')}</summary>
      <ul>
        {suggestions.map((suggestion) => (
          <li key={suggestion.id}>
            {suggestion.title === null ? (
              <em>{t('lists.withheld')}</em>
            ) : (
              <Link to={`/voorstel/${suggestion.id}`}>{suggestion.title}</Link>
            )}
            {suggestion.proposal && (
              <>
                {' '}
                <Badge>{t('lists.votesFor', { count: suggestion.proposal.upvotes })}</Badge>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
