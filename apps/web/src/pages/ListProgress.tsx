import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useNearViewport } from '../nearViewport';
import { FollowUpStatistics } from './FollowUpStatistics';

const LIST_FOLLOW_UP = graphql(`
  query ListFollowUpStatistics {
    statistics {
      lists {
        ...ListFollowUpFields
      }
    }
  }
`);

function ListFollowUp({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: LIST_FOLLOW_UP });
  const list = data?.statistics.lists.find((candidate) => candidate.slug === slug);
  return list ? (
    <FollowUpStatistics list={list} heading={t('statistics.lists.progressTitle')} headingLevel={2} />
  ) : null;
}

/**
 * The follow-up chart of one published list, loaded with the chart library only on the list page,
 * below its items: its figures are asked and the chart drawn when the reader scrolls near it, so
 * they do not hold up the items.
 */
export default function ListProgress({ slug }: { slug: string }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const near = useNearViewport(placeholder);
  return (
    <div ref={placeholder} className="list-progress">
      {near && <ListFollowUp slug={slug} />}
    </div>
  );
}
