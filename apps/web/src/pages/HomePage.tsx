import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../auth';
import { Card, EmptyState, FollowUpSummary } from '../components';
import { ProposalCard } from './ProposalCard';
import { formatDate } from '../format';
import { graphql } from '../gql';
import { currentLanguage } from '../i18n';
import { signInPath } from '../navigation';
import { Status } from './Status';

const HOME = graphql(`
  query Home {
    curatedLists(first: 1) {
      edges {
        node {
          slug
          title
          addressee
          version
          publishedAt
          followUpSummary {
            open
            inProgress
            done
            declined
          }
        }
      }
    }
    proposals(sort: HOT, first: 3) {
      edges {
        node {
          ...ProposalCardFields
        }
      }
    }
  }
`);

const STEPS = ['submit', 'vote', 'condense', 'handOver', 'followUp'] as const;

/** What the platform does in five steps, the latest list with its follow-up, and a few suggestions. */
export function HomePage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const [{ data, fetching, error }] = useQuery({ query: HOME });
  const latest = data?.curatedLists.edges[0]?.node;
  const submitPath = session ? '/indienen' : signInPath('/indienen');
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('design.landing.title')}</h1>
        <p>{t('design.landing.intro')}</p>
        <div className="actions">
          <Link className="button-link" to={submitPath}>
            {t('design.landing.submit')}
          </Link>
          <Link className="button-link secondary" to="/suggesties">
            {t('design.landing.browse')}
          </Link>
        </div>
      </section>

      <section aria-labelledby="home-steps">
        <h2 id="home-steps">{t('design.landing.stepsTitle')}</h2>
        <ol className="steps">
          {STEPS.map((step) => (
            <li key={step}>{t(`design.landing.steps.${step}`)}</li>
          ))}
        </ol>
      </section>

      <Status fetching={fetching && !data} error={error} />
      {data && (
        <>
          <section aria-labelledby="home-list">
            <div className="section-heading">
              <h2 id="home-list">{t('design.landing.latestList')}</h2>
              <Link className="target-link" to="/lijsten">
                {t('design.landing.allLists')}
              </Link>
            </div>
            {latest ? (
              <Card as="article" className="latest-list">
                <h3>
                  <Link to={`/lijsten/${latest.slug}`}>{latest.title}</Link>
                </h3>
                <p className="meta">
                  {t('lists.addressee', { addressee: latest.addressee })}
                  {latest.publishedAt &&
                    ` · ${t('lists.version', {
                      version: latest.version,
                      date: formatDate(latest.publishedAt, currentLanguage()),
                    })}`}
                </p>
                <h4>{t('design.landing.followUpTitle')}</h4>
                <FollowUpSummary summary={latest.followUpSummary} />
              </Card>
            ) : (
              <EmptyState>{t('design.landing.latestListEmpty')}</EmptyState>
            )}
          </section>

          <section aria-labelledby="home-suggestions">
            <div className="section-heading">
              <h2 id="home-suggestions">{t('design.landing.topSuggestions')}</h2>
              <Link className="target-link" to="/suggesties">
                {t('design.landing.allSuggestions')}
              </Link>
            </div>
            {data.proposals.edges.length === 0 ? (
              <EmptyState
                action={
                  <Link className="button-link" to={submitPath}>
                    {t('design.landing.submit')}
                  </Link>
                }
              >
                {t('design.landing.noSuggestions')}
              </EmptyState>
            ) : (
              <ol className="proposal-cards">
                {data.proposals.edges.map(({ node }) => (
                  <ProposalCard key={node.id} proposal={node} heading="h3" />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </>
  );
}
