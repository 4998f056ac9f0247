import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Card, EmptyState, FollowUpSummary } from '../components';
import { Status } from './Status';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';

const LISTS = graphql(`
  query Lists {
    curatedLists(first: 50) {
      edges {
        node {
          slug
          title
          addressee
          version
          followUpSummary {
            open
            inProgress
            done
            declined
          }
        }
      }
    }
  }
`);

export function ListsPage() {
  const { t } = useTranslation();
  usePageTitle(t('lists.title'));
  const [{ data, fetching, error }] = useQuery({ query: LISTS });
  return (
    <>
      <h1>{t('lists.title')}</h1>
      <Status fetching={fetching} error={error} />
      {data?.curatedLists.edges.length === 0 && <EmptyState>{t('lists.empty')}</EmptyState>}
      {data?.curatedLists.edges.map(({ node }) => (
        <Card key={node.slug}>
          <h2>
            <Link to={`/lijsten/${node.slug}`}>{node.title}</Link>
          </h2>
          <p className="meta">{t('lists.addressee', { addressee: node.addressee })}</p>
          <FollowUpSummary summary={node.followUpSummary} />
        </Card>
      ))}
    </>
  );
}
