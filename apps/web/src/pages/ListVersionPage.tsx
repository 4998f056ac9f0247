import type { ChangeObject } from 'diff';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button, Card, FormField } from '../components';
import { formatDate } from '../format';
import { graphql } from '../gql';
import { currentLanguage } from '../i18n';
import { compareVersions, type ItemChange } from '../versionDiff';
import { ItemSuggestions } from './ItemSuggestions';
import { ListVersions, versionPath } from './ListVersions';
import { Status } from './Status';

const LIST_VERSION = graphql(`
  query ListVersion($slug: String!, $version: Int!, $compare: Int!, $withCompare: Boolean!) {
    curatedList(slug: $slug, version: $version) {
      id
      slug
      title
      description
      addressee
      version
      publishedAt
      versions {
        version
        publishedAt
      }
      items {
        id
        position
        title
        body
        suggestions {
          id
          title
        }
      }
    }
    older: curatedList(slug: $slug, version: $compare) @include(if: $withCompare) {
      id
      version
      items {
        id
        position
        title
        body
      }
    }
  }
`);

/** Words taken out and put in, marked for the eye and for screen readers. */
function WordChanges({ parts }: { parts: ChangeObject<string>[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} aria-label={t('listVersions.inserted', { text: part.value })}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} aria-label={t('listVersions.deleted', { text: part.value })}>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </>
  );
}

function Change({ change }: { change: ItemChange }) {
  const { t } = useTranslation();
  if (change.kind === 'added' || change.kind === 'removed') {
    return (
      <li className={`version-change ${change.kind}`}>
        <strong>{t(`listVersions.${change.kind}`, { position: change.item.position })}</strong>{' '}
        {change.item.title}
      </li>
    );
  }
  const { item, moved, title, body } = change;
  return (
    <li className="version-change changed">
      <strong>{title ? <WordChanges parts={title} /> : item.title}</strong>
      {moved && <p>{t(moved.to < moved.from ? 'listVersions.movedUp' : 'listVersions.movedDown', moved)}</p>}
      {body && (
        <p className="word-diff">
          {t('listVersions.textChanged')} <WordChanges parts={body} />
        </p>
      )}
    </li>
  );
}

/** One published version of a list, public, optionally with what changed since another. */
export function ListVersionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { slug = '', version: versionParam = '' } = useParams();
  const [searchParams] = useSearchParams();
  const version = Number.parseInt(versionParam, 10);
  const compare = Number.parseInt(searchParams.get('vergelijk') ?? '', 10);
  const withCompare = Number.isInteger(compare) && compare > 0 && compare !== version;
  const valid = Number.isInteger(version) && version > 0;
  const [{ data, fetching, error }] = useQuery({
    query: LIST_VERSION,
    variables: { slug, version, compare: withCompare ? compare : 1, withCompare },
    pause: !valid,
  });
  const list = data?.curatedList;
  if (!valid || !list) {
    return data || !valid ? <p>{t('lists.notFound')}</p> : <Status fetching={fetching} error={error} />;
  }
  const language = currentLanguage();
  const latest = list.versions.at(-1)?.version ?? list.version;
  const older = withCompare ? data.older : null;
  // Whichever way round the link is, the change is read from the older version to the newer.
  const pair = older
    ? older.version > list.version
      ? { from: list, to: older }
      : { from: older, to: list }
    : null;
  const changes = pair ? compareVersions(pair.from.items, pair.to.items) : null;
  const onCompare = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const other = new FormData(event.currentTarget).get('vergelijk');
    void navigate(other ? versionPath(slug, version, Number(other)) : versionPath(slug, version));
  };
  const others = list.versions.filter((v) => v.version !== list.version);
  return (
    <article>
      <h1>{t('listVersions.title', { title: list.title, version: list.version })}</h1>
      <p className="meta">
        {t('lists.addressee', { addressee: list.addressee })}
        {list.publishedAt && (
          <> · {t('listVersions.published', { date: formatDate(list.publishedAt, language) })}</>
        )}
      </p>
      {list.version !== latest ? (
        <p className="notice">
          {t('listVersions.older', { latest })}{' '}
          <Link to={`/lijsten/${slug}`}>{t('listVersions.toLatest')}</Link>
        </p>
      ) : (
        <p>
          <Link to={`/lijsten/${slug}`}>{t('listVersions.toList')}</Link>
        </p>
      )}
      {others.length > 0 && (
        // Keyed on the address, so that the choice shown follows links between versions.
        <form key={`${version}-${compare}`} className="inline-form" onSubmit={onCompare}>
          <FormField label={t('listVersions.compareWith')}>
            {(control) => (
              <select {...control} name="vergelijk" defaultValue={withCompare ? String(compare) : ''}>
                <option value="">{t('listVersions.noCompare')}</option>
                {others.map((other) => (
                  <option key={other.version} value={other.version}>
                    {t('listVersions.version', { version: other.version })}
                  </option>
                ))}
              </select>
            )}
          </FormField>{' '}
          <Button type="submit">{t('listVersions.compare')}</Button>
        </form>
      )}
      {withCompare && !older && !fetching && <p>{t('listVersions.noSuchVersion', { version: compare })}</p>}
      {changes && pair && (
        <Card aria-labelledby="version-changes">
          <h2 id="version-changes">
            {t('listVersions.changesTitle', { from: pair.from.version, to: pair.to.version })}
          </h2>
          {changes.length === 0 ? (
            <p>{t('listVersions.noChanges')}</p>
          ) : (
            <ul className="plain">
              {changes.map((change) => (
                <Change key={`${change.kind}-${change.item.id}`} change={change} />
              ))}
            </ul>
          )}
        </Card>
      )}
      <Markdown>{list.description}</Markdown>
      {/* A fresh list per version: Chromium kept the old numbering when items were swapped in place. */}
      <ol key={list.version}>
        {list.items.map((item) => (
          <Card as="li" key={item.id}>
            <h2>{item.title}</h2>
            <Markdown>{item.body}</Markdown>
            <ItemSuggestions suggestions={item.suggestions} />
          </Card>
        ))}
      </ol>
      <ListVersions slug={slug} versions={list.versions} current={list.version} />
    </article>
  );
}
