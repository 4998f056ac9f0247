import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, EmptyState } from '../components';
import { formatPercent } from '../format';
import type { WorkbenchDraftQuery } from '../gql/graphql';
import { currentLanguage } from '../i18n';
import { bestScores } from '../workbench';

type Draft = NonNullable<WorkbenchDraftQuery['draft']>;

/**
 * The chosen draft's items with how the public ranks their suggestions: per suggestion its
 * pairwise score (chance to be chosen first against a random other) and its consensus across
 * sectors, and per item the best of its suggestions, which is what the item can claim.
 */
export function DraftScores({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const pairwise = (score: number | null | undefined) =>
    typeof score === 'number' ? formatPercent(score / 100, language) : t('workbench.notCompared');
  const consensus = (score: number | null | undefined) =>
    typeof score === 'number' ? formatPercent(score, language) : '–';
  return (
    <section aria-labelledby="draft-items" className="draft-scores">
      <h2 id="draft-items">{t('workbench.draftItems', { title: draft.title })}</h2>
      <p className="meta">{t('workbench.scoresExplained')}</p>
      {draft.items.length === 0 && <EmptyState>{t('workbench.noItems')}</EmptyState>}
      <ol>
        {draft.items.map((item) => {
          const best = bestScores(item.proposals);
          return (
            <Card as="li" key={item.id}>
              <h3>{item.title}</h3>
              <p className="meta">
                {t('workbench.best', {
                  pairwise: pairwise(best.pairwiseScore),
                  consensus: consensus(best.consensus),
                })}
              </p>
              {item.proposals.length > 0 && (
                <table>
                  <caption className="visually-hidden">
                    {t('workbench.itemSuggestions', { title: item.title })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('workbench.suggestion')}</th>
                      <th scope="col">{t('workbench.pairwise')}</th>
                      <th scope="col">{t('workbench.consensus')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {item.proposals.map((proposal) => (
                      <tr key={proposal.id}>
                        <th scope="row">
                          <Link to={`/voorstel/${proposal.id}`}>{proposal.title}</Link>
                        </th>
                        <td>{pairwise(proposal.pairwiseScore)}</td>
                        <td>{consensus(proposal.consensus)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Card>
          );
        })}
      </ol>
      <p>
        <Link to={`/redactie/${draft.slug}`}>{t('workbench.editDraft', { title: draft.title })}</Link>
      </p>
    </section>
  );
}
