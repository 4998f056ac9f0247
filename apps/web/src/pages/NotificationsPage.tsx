import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../auth';
import { formatDate } from '../format';
import { currentLanguage } from '../i18n';
import { Status } from './Status';

const UNREAD = '{ unreadNotificationCount }';

/** The signed-in user's unread count; every caller shares one query, so a refetch updates all. */
export function useUnreadCount(): [number, () => void] {
  const { session } = useAuth();
  const [{ data }, refetch] = useQuery<{ unreadNotificationCount: number }>({
    query: UNREAD,
    pause: session === null,
    variables: { user: session?.user.id },
    requestPolicy: 'network-only',
  });
  const refetchNow = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  return [data?.unreadNotificationCount ?? 0, refetchNow];
}
const INBOX = `query Inbox {
  notifications(first: 50) {
    edges { node { id message targetType targetId targetSlug createdAt readAt } }
  }
}`;
const MARK_READ = 'mutation MarkRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';

interface InboxData {
  notifications: {
    edges: {
      node: {
        id: string;
        message: string;
        targetType: 'PROPOSAL' | 'LIST';
        targetId: string;
        targetSlug: string | null;
        createdAt: string;
        readAt: string | null;
      };
    }[];
  };
}

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery<InboxData>({
    query: INBOX,
    variables: { language: i18n.language },
  });
  const [, markRead] = useMutation(MARK_READ);
  const [, refetchUnread] = useUnreadCount();
  const unread =
    data?.notifications.edges.filter(({ node }) => node.readAt === null).map(({ node }) => node.id) ?? [];
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <Status fetching={fetching && !data} error={error} />
      {unread.length > 0 && (
        <button
          type="button"
          onClick={() =>
            void markRead({ ids: unread }).then(() => {
              refetch({ requestPolicy: 'network-only' });
              refetchUnread();
            })
          }
        >
          {t('notifications.markAllRead')}
        </button>
      )}
      {data?.notifications.edges.length === 0 && <p>{t('notifications.empty')}</p>}
      <ul>
        {data?.notifications.edges.map(({ node }) => (
          <li key={node.id} className="card">
            {node.readAt === null && <strong>{t('notifications.new')} </strong>}
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
          </li>
        ))}
      </ul>
    </>
  );
}
