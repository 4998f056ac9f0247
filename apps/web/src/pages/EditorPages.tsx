import { type SyntheticEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useBlocker, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Badge, Button, Card, FormField } from '../components';
import { currentLanguage } from '../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { ListVersions } from './ListVersions';
import { Status } from './Status';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';
import { usePageTitle } from '../notice';

const DRAFTS = graphql(`
  query Drafts {
    drafts: curatedLists(status: DRAFT, first: 50) {
      edges {
        node {
          id
          slug
          title
          version
        }
      }
    }
    published: curatedLists(first: 50) {
      edges {
        node {
          id
          slug
          title
          version
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation Create($input: CreateCuratedListInput!) {
    createCuratedList(input: $input) {
      id
      slug
    }
  }
`);
const DRAFT = graphql(`
  query Draft($slug: String!) {
    draft: curatedList(slug: $slug, draft: true) {
      id
      slug
      title
      addressee
      status
      version
      items {
        id
        title
        body
        suggestions {
          id
          title
        }
      }
    }
    published: curatedList(slug: $slug) {
      id
      title
      version
      versions {
        version
        publishedAt
      }
    }
  }
`);
const SEARCH = graphql(`
  query Pick($search: String) {
    proposals(sort: TOP, first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          title
          upvotes
        }
      }
    }
  }
`);
const SAVE = graphql(`
  mutation Save($id: ID!, $input: UpdateCuratedListDraftInput!) {
    updateCuratedListDraft(id: $id, input: $input) {
      id
    }
  }
`);
const PUBLISH = graphql(`
  mutation Publish($id: ID!) {
    publishCuratedList(id: $id) {
      id
      slug
      version
    }
  }
`);
const REVISE = graphql(`
  mutation Revise($id: ID!) {
    reviseCuratedList(id: $id) {
      id
    }
  }
`);

/** The draft as the editor would save it, to tell whether anything is unsaved. */
function snapshot(items: readonly DraftItem[]): string {
  return JSON.stringify(
    items.map((item) => [item.id, item.title, item.body, item.proposals.map((p) => p.id)]),
  );
}

/**
 * While `dirty`, leaving asks first: in-app navigation through the router's blocker (answered by
 * the dialog this returns), reloading or closing the tab through the browser's own question.
 */
function useLeaveWarning(dirty: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
  return blocker;
}

interface DraftItem {
  id: string | null;
  title: string;
  body: string;
  /** A title is null for a suggestion hidden or withdrawn since it was linked. */
  proposals: { id: string; title: string | null }[];
}

/** Editors: the drafts and published lists, and a form for a new list. */
export function EditorHome() {
  const { t } = useTranslation();
  usePageTitle(t('editor.title'));
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({
    query: DRAFTS,
    requestPolicy: 'network-only',
  });
  const [form, setForm] = useState({ title: '', addressee: '', description: '' });
  const [created, create] = useMutation(CREATE);
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void create({ input: { ...form, language: currentLanguage() } }).then((result) => {
      const slug = result.data?.createCuratedList.slug;
      if (slug) void navigate(`/redactie/${slug}`);
    });
  };
  const lists = [...(data?.drafts.edges ?? []), ...(data?.published.edges ?? [])].map((edge) => edge.node);
  return (
    <>
      <h1>{t('editor.title')}</h1>
      <p>
        <Link to="/werkbank">{t('workbench.link')}</Link>
      </p>
      <Status fetching={fetching && !data} error={error} />
      <ul>
        {[...new Map(lists.map((list) => [list.id, list])).values()].map((list) => (
          <li key={list.id}>
            <Link to={`/redactie/${list.slug}`}>{list.title}</Link>
          </li>
        ))}
      </ul>
      <Card as="form" onSubmit={onSubmit} aria-labelledby="new-list">
        <h2 id="new-list">{t('editor.newList')}</h2>
        <FormField label={t('editor.listTitle')}>
          {(control) => (
            <input
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
              {...control}
            />
          )}
        </FormField>
        <FormField label={t('editor.addressee')}>
          {(control) => (
            <input
              required
              value={form.addressee}
              onChange={(e) => setForm({ ...form, addressee: e.target.value })}
              {...control}
            />
          )}
        </FormField>
        <FormField label={t('drafting.description')} hint={t('drafting.descriptionHint')}>
          {(control) => (
            <textarea
              rows={4}
              value={form.description}
              onChange={(e) => setForm({ ...form, description: e.target.value })}
              {...control}
            />
          )}
        </FormField>
        <ErrorMessage error={created.error} />
        <Button type="submit" disabled={created.fetching}>
          {t('editor.create')}
        </Button>
      </Card>
    </>
  );
}

/** Editors: compose a list from ranked suggestions, reorder its items, publish, revise. */
export function EditorList() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const [{ data, fetching, error }, reload] = useQuery({
    query: DRAFT,
    variables: { slug },
    requestPolicy: 'network-only',
  });
  usePageTitle(data?.draft?.title ?? data?.published?.title);
  const [items, setItems] = useState<DraftItem[]>([]);
  const [savedSnapshot, setSavedSnapshot] = useState(snapshot([]));
  const [confirmingPublish, setConfirmingPublish] = useState(false);
  const [target, setTarget] = useState(0);
  const [search, setSearch] = useState('');
  const [{ data: found }] = useQuery({
    query: SEARCH,
    variables: { search: search || null },
  });
  const [saved, save] = useMutation(SAVE);
  const [published, publish] = useMutation(PUBLISH);
  const [, revise] = useMutation(REVISE);
  const draft = data?.draft ?? null;
  const listId = draft?.id ?? data?.published?.id ?? null;

  useEffect(() => {
    const stored =
      draft?.items.map(({ suggestions, ...item }) => ({ ...item, proposals: suggestions })) ?? [];
    setItems(stored);
    setSavedSnapshot(snapshot(stored));
  }, [draft]);
  const dirty = draft !== null && snapshot(items) !== savedSnapshot;
  const blocker = useLeaveWarning(dirty);
  const inDraft = new Set(items.flatMap((item) => item.proposals.map((p) => p.id)));

  const update = (index: number, change: Partial<DraftItem>) =>
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (index: number, by: -1 | 1) =>
    setItems((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });
  const saveDraft = (id: string) => {
    const saving = snapshot(items);
    return save({
      id,
      input: {
        items: items.map((item) => ({
          id: item.id,
          title: item.title,
          body: item.body,
          proposalIds: item.proposals.map((p) => p.id),
        })),
      },
    }).then((result) => {
      if (!result.error) setSavedSnapshot(saving);
      return result;
    });
  };
  const onPublish = () =>
    void saveDraft(draft?.id ?? '').then((result) =>
      result.error
        ? setConfirmingPublish(false)
        : publish({ id: draft?.id ?? '' }).then(() => {
            setConfirmingPublish(false);
            reload();
          }),
    );

  if (!data) return <Status fetching={fetching} error={error} />;
  if (!draft) {
    return (
      <>
        <h1>{data.published?.title ?? slug}</h1>
        <p>{t('editor.noDraft', { version: data.published?.version ?? 0 })}</p>
        {listId && (
          <Button onClick={() => void revise({ id: listId }).then(() => reload())}>
            {t('editor.revise')}
          </Button>
        )}
        <p>
          <Link to={`/lijsten/${slug}`}>{t('editor.viewPublished')}</Link>
        </p>
        {data.published && <ListVersions slug={slug} versions={data.published.versions} />}
      </>
    );
  }
  return (
    <>
      <h1>{draft.title}</h1>
      <p className="meta">{t('editor.draftOf', { version: draft.version, addressee: draft.addressee })}</p>
      <ol>
        {items.map((item, index) => (
          <Card as="li" key={item.id ?? `new-${index}`}>
            <FormField label={t('editor.itemTitle', { position: index + 1 })}>
              {(control) => (
                <input
                  value={item.title}
                  onChange={(e) => update(index, { title: e.target.value })}
                  {...control}
                />
              )}
            </FormField>
            <FormField label={t('editor.itemBody', { position: index + 1 })}>
              {(control) => (
                <textarea
                  rows={3}
                  value={item.body}
                  onChange={(e) => update(index, { body: e.target.value })}
                  {...control}
                />
              )}
            </FormField>
            <ul>
              {item.proposals.map((proposal) => (
                <li key={proposal.id}>
                  {proposal.title ?? <em>{t('lists.withheld')}</em>}{' '}
                  <Button
                    variant="secondary"
                    size="small"
                    onClick={() =>
                      update(index, { proposals: item.proposals.filter((p) => p.id !== proposal.id) })
                    }
                  >
                    {t('editor.unlink')}
                  </Button>
                </li>
              ))}
            </ul>
            <Button aria-pressed={target === index} onClick={() => setTarget(index)}>
              {t('editor.linkHere')}
            </Button>{' '}
            <Button variant="secondary" disabled={index === 0} onClick={() => move(index, -1)}>
              {t('editor.up')}
            </Button>{' '}
            <Button variant="secondary" disabled={index === items.length - 1} onClick={() => move(index, 1)}>
              {t('editor.down')}
            </Button>{' '}
            <Button
              variant="danger"
              onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
            >
              {t('editor.remove')}
            </Button>
          </Card>
        ))}
      </ol>
      <Button
        variant="secondary"
        onClick={() => setItems((current) => [...current, { id: null, title: '', body: '', proposals: [] }])}
      >
        {t('editor.addItem')}
      </Button>
      <Card>
        <FormField label={t('editor.findSuggestions')}>
          {(control) => (
            <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} {...control} />
          )}
        </FormField>
        <ul>
          {found?.proposals.edges.map(({ node }) => (
            <li key={node.id}>
              {node.title} <span className="meta">({t('drafting.upvotes', { count: node.upvotes })})</span>{' '}
              {inDraft.has(node.id) ? (
                <Badge>{t('drafting.inDraft')}</Badge>
              ) : (
                <Button
                  size="small"
                  disabled={items[target] === undefined}
                  onClick={() => {
                    const item = items[target];
                    if (item) update(target, { proposals: [...item.proposals, node] });
                  }}
                >
                  {t('editor.linkTo', { position: target + 1 })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </Card>
      <ErrorMessage error={saved.error ?? published.error} />
      <Button variant="secondary" onClick={() => void saveDraft(draft.id)} disabled={saved.fetching}>
        {t('editor.save')}
      </Button>{' '}
      <Button disabled={published.fetching} onClick={() => setConfirmingPublish(true)}>
        {t('editor.publish')}
      </Button>
      {dirty && (
        <p className="meta" role="status">
          {t('drafting.unsaved')}
        </p>
      )}
      <ConfirmDialog
        open={confirmingPublish}
        title={t('drafting.publishTitle', { version: draft.version })}
        confirmLabel={t('drafting.publishConfirm', { version: draft.version })}
        cancelLabel={t('drafting.publishCancel')}
        busy={saved.fetching || published.fetching}
        onConfirm={onPublish}
        onCancel={() => setConfirmingPublish(false)}
      >
        <p>{t('drafting.publishExplains', { version: draft.version, addressee: draft.addressee })}</p>
        <p>{t('drafting.publishRevise')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('drafting.leaveTitle')}
        confirmLabel={t('drafting.leaveConfirm')}
        cancelLabel={t('drafting.leaveCancel')}
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>{t('drafting.leaveExplains')}</p>
      </ConfirmDialog>
      {data.published && <ListVersions slug={slug} versions={data.published.versions} />}
    </>
  );
}
