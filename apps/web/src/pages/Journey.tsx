import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Badge, Card, ProgressBar } from '../components';
import { formatDate } from '../format';
import { graphql } from '../gql';
import { type JourneyEventKind, type ProposalJourneyQuery } from '../gql/graphql';
import { currentLanguage } from '../i18n';

const JOURNEY = graphql(`
  query ProposalJourney($id: ID!) {
    proposal(id: $id) {
      id
      journey {
        kind
        occurredAt
        supporters
        proposal {
          id
          title
        }
        listSlug
        listTitle
        addressee
        version
        itemId
        position
        status {
          key
          name
          color
        }
        progress
        note
        link
        nextReviewAt
      }
    }
  }
`);

type JourneyStep = NonNullable<ProposalJourneyQuery['proposal']>['journey'][number];

/** A marker per kind, beside the text that says the same: never colour alone. */
const MARKERS: Record<JourneyEventKind, string> = {
  SUBMITTED: '✎',
  EDITED: '✎',
  SUPPORT_MILESTONE: '★',
  MERGED_INTO: '⇢',
  MERGED_WITH: '⇠',
  HIDDEN: '⊘',
  UNHIDDEN: '◉',
  WITHDRAWN: '⊘',
  LINKED_TO_LIST: '☰',
  HANDED_OVER: '✉',
  FOLLOW_UP: '➜',
};

const MODERATION: readonly JourneyEventKind[] = ['HIDDEN', 'UNHIDDEN', 'WITHDRAWN'];

/** The path of a list item: the list page gives each item this anchor. */
export function listItemPath(slug: string, position: number): string {
  return `/lijsten/${slug}#punt-${position}`;
}

function StepText({ step }: { step: JourneyStep }) {
  const { t } = useTranslation();
  switch (step.kind) {
    case 'SUPPORT_MILESTONE':
      return <>{t('journey.SUPPORT_MILESTONE', { count: step.supporters ?? 0 })}</>;
    case 'MERGED_INTO':
    case 'MERGED_WITH':
      return step.proposal ? (
        <>
          {t(`journey.${step.kind}`)} <Link to={`/voorstel/${step.proposal.id}`}>{step.proposal.title}</Link>
        </>
      ) : (
        <>{t('journey.mergedIntoHidden')}</>
      );
    case 'LINKED_TO_LIST':
      return step.listSlug && step.position ? (
        <Link to={listItemPath(step.listSlug, step.position)}>
          {t('journey.LINKED_TO_LIST', {
            position: step.position,
            list: step.listTitle,
            version: step.version,
          })}
        </Link>
      ) : null;
    case 'HANDED_OVER':
      return <>{t('journey.HANDED_OVER', { addressee: step.addressee, version: step.version })}</>;
    case 'FOLLOW_UP':
      return <>{t('journey.FOLLOW_UP', { status: step.status?.name ?? '' })}</>;
    case 'SUBMITTED':
    case 'EDITED':
    case 'HIDDEN':
    case 'UNHIDDEN':
    case 'WITHDRAWN':
      return (
        <>
          {t(`journey.${step.kind}`)}
          {MODERATION.includes(step.kind) && <> {t('journey.onlyYou')}</>}
        </>
      );
  }
}

/** What a follow-up step adds: its note (Markdown, no raw HTML), link, progress and next review. */
export function FollowUpDetails({
  note,
  link,
  nextReviewAt,
}: {
  note?: string | null;
  link?: string | null;
  nextReviewAt?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      {note && (
        <div className="follow-up-note">
          <Markdown>{note}</Markdown>
        </div>
      )}
      {link && (
        <p>
          <a href={link} rel="noopener noreferrer nofollow">
            {t('journey.link')}
          </a>
        </p>
      )}
      {nextReviewAt && (
        <p className="meta">
          {t('journey.nextReview', { date: formatDate(nextReviewAt, currentLanguage()) })}
        </p>
      )}
    </>
  );
}

/** The suggestion's story, oldest first. */
export function Journey({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: JOURNEY, variables: { id: proposalId } });
  const steps = data?.proposal?.journey ?? [];
  if (steps.length === 0) {
    return null;
  }
  const language = currentLanguage();
  return (
    <section aria-labelledby="journey-title">
      <h2 id="journey-title">{t('journey.title')}</h2>
      <ol className="journey">
        {steps.map((step, index) => (
          <li
            key={`${step.kind}-${step.occurredAt}-${index}`}
            className={`journey-${step.kind.toLowerCase()}`}
          >
            <span className="journey-marker" aria-hidden="true">
              {MARKERS[step.kind]}
            </span>
            <div>
              <time dateTime={step.occurredAt}>{formatDate(step.occurredAt, language)}</time>
              <p>
                <StepText step={step} />
              </p>
              {step.kind === 'FOLLOW_UP' && (
                <FollowUpDetails note={step.note} link={step.link} nextReviewAt={step.nextReviewAt} />
              )}
              {step.kind === 'HANDED_OVER' && <FollowUpDetails nextReviewAt={step.nextReviewAt} />}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Where each list item that took up the suggestion stands now, with a link to the item. */
export function CurrentFollowUp({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: JOURNEY, variables: { id: proposalId } });
  const latestPerItem = new Map<string, JourneyStep>();
  for (const step of data?.proposal?.journey ?? []) {
    if ((step.kind === 'HANDED_OVER' || step.kind === 'FOLLOW_UP') && step.itemId) {
      latestPerItem.set(step.itemId, step);
    }
  }
  if (latestPerItem.size === 0) {
    return null;
  }
  return (
    <Card className="current-follow-up" aria-labelledby="current-follow-up">
      <h2 id="current-follow-up">{t('journey.current')}</h2>
      <ul>
        {[...latestPerItem.values()].map((step) => (
          <li key={step.itemId}>
            {step.listSlug && step.position && (
              <Link to={listItemPath(step.listSlug, step.position)}>
                {t('journey.item', { position: step.position, list: step.listTitle })}
              </Link>
            )}{' '}
            {step.status && <Badge color={step.status.color}>{step.status.name}</Badge>}{' '}
            <ProgressBar
              value={step.progress ?? 0}
              label={t('journey.progress', { progress: step.progress ?? 0 })}
              text={t('journey.progress', { progress: step.progress ?? 0 })}
            />
          </li>
        ))}
      </ul>
    </Card>
  );
}
