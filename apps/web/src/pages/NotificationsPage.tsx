import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { useAuth } from '../auth';
import { formatDate } from '../format';
import { Badge, Button, Card, EmptyState } from '../components';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';
import { currentLanguage } from '../i18n';
import { useLiveConnection } from '../live';
import { Status } from './Status';

const UNREAD = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);
const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);
const INBOX = graphql(`
  query Inbox {
    notifications(first: 50) {
      edges {
        node {
          id
          message
          targetType
          targetId
          targetSlug
          createdAt
          readAt
        }
      }
    }
  }
`);
const MARK_READ = graphql(`
  mutation MarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

/** The signed-in user's unread count; every caller shares one query, so a refetch updates all. */
function useUnreadCount(): [number, () => void] {
  const { session } = useAuth();
  const [{ data }, refetch] = useQuery({
    query: UNREAD,
    pause: session === null,
    requestPolicy: 'network-only',
  });
  const signedIn = session !== null;
  const refetchNow = useCallback(() => {
    if (signedIn) refetch({ requestPolicy: 'network-only' });
  }, [signedIn, refetch]);
  return [data?.unreadNotificationCount ?? 0, refetchNow];
}

/** Calls `onAdded` for each notification that arrives live for the signed-in user. */
function useNotificationAdded(onAdded: () => void): void {
  const { session } = useAuth();
  const [{ data: added }] = useSubscription({ query: NOTIFICATION_ADDED, pause: session === null });
  useEffect(() => {
    if (added) onAdded();
  }, [added, onAdded]);
  useLiveConnection(onAdded);
}

/** The unread count, kept current by live notifications (and fetched again after a reconnect). */
export function useLiveUnreadCount(): number {
  const [unread, refetchUnread] = useUnreadCount();
  useNotificationAdded(refetchUnread);
  return unread;
}

export function NotificationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.title'));
  const [{ data, fetching, error }, refetch] = useQuery({ query: INBOX });
  const [, markRead] = useMutation(MARK_READ);
  const [, refetchUnread] = useUnreadCount();
  useNotificationAdded(useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]));
  const unread =
    data?.notifications.edges.filter(({ node }) => node.readAt === null).map(({ node }) => node.id) ?? [];
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <Status fetching={fetching && !data} error={error} />
      {unread.length > 0 && (
        <Button
          onClick={() =>
            void markRead({ ids: unread }).then(() => {
              refetch({ requestPolicy: 'network-only' });
              refetchUnread();
            })
          }
        >
          {t('notifications.markAllRead')}
        </Button>
      )}
      {data?.notifications.edges.length === 0 && <EmptyState>{t('notifications.empty')}</EmptyState>}
      <ul>
        {data?.notifications.edges.map(({ node }) => (
          <Card as="li" key={node.id}>
            {node.readAt === null && (
              <>
                <Badge tone="accent">{t('notifications.new')}</Badge>{' '}
              </>
            )}
            <Link
              to={
                node.targetType === 'LIST'
                  ? `/lijsten/${node.targetSlug ?? ''}`
                  : `/voorstel/${node.targetId}`
              }
            >
              {node.message}
            </Link>
            <p className="meta">{formatDate(node.createdAt, currentLanguage())}</p>
          </Card>
        ))}
      </ul>
    </>
  );
}
