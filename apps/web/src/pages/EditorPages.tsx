import { type SyntheticEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { currentLanguage } from '../i18n';
import { Status } from './Status';
import { ErrorMessage } from '../errors';
import { graphql } from '../gql';

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
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({
    query: DRAFTS,
    requestPolicy: 'network-only',
  });
  const [form, setForm] = useState({ title: '', addressee: '' });
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
      <form className="card" onSubmit={onSubmit} aria-labelledby="new-list">
        <h2 id="new-list">{t('editor.newList')}</h2>
        <label>
          {t('editor.listTitle')}
          <input required value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />
        </label>
        <label>
          {t('editor.addressee')}
          <input
            required
            value={form.addressee}
            onChange={(e) => setForm({ ...form, addressee: e.target.value })}
          />
        </label>
        <ErrorMessage error={created.error} />
        <button type="submit" disabled={created.fetching}>
          {t('editor.create')}
        </button>
      </form>
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
  const [items, setItems] = useState<DraftItem[]>([]);
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
    setItems(draft?.items.map(({ suggestions, ...item }) => ({ ...item, proposals: suggestions })) ?? []);
  }, [draft]);

  const update = (index: number, change: Partial<DraftItem>) =>
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (index: number, by: -1 | 1) =>
    setItems((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });
  const saveDraft = (id: string) =>
    save({
      id,
      input: {
        items: items.map((item) => ({
          id: item.id,
          title: item.title,
          body: item.body,
          proposalIds: item.proposals.map((p) => p.id),
        })),
      },
    });

  if (!data) return <Status fetching={fetching} error={error} />;
  if (!draft) {
    return (
      <>
        <p>{t('editor.noDraft', { version: data.published?.version ?? 0 })}</p>
        {listId && (
          <button type="button" onClick={() => void revise({ id: listId }).then(() => reload())}>
            {t('editor.revise')}
          </button>
        )}
        <p>
          <Link to={`/lijsten/${slug}`}>{t('editor.viewPublished')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{draft.title}</h1>
      <p className="meta">{t('editor.draftOf', { version: draft.version, addressee: draft.addressee })}</p>
      <ol>
        {items.map((item, index) => (
          <li key={item.id ?? `new-${index}`} className="card">
            <label>
              {t('editor.itemTitle', { position: index + 1 })}
              <input value={item.title} onChange={(e) => update(index, { title: e.target.value })} />
            </label>
            <label>
              {t('editor.itemBody', { position: index + 1 })}
              <textarea
                rows={3}
                value={item.body}
                onChange={(e) => update(index, { body: e.target.value })}
              />
            </label>
            <ul>
              {item.proposals.map((proposal) => (
                <li key={proposal.id}>
                  {proposal.title ?? <em>{t('lists.withheld')}</em>}{' '}
                  <button
                    type="button"
                    onClick={() =>
                      update(index, { proposals: item.proposals.filter((p) => p.id !== proposal.id) })
                    }
                  >
                    {t('editor.unlink')}
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" aria-pressed={target === index} onClick={() => setTarget(index)}>
              {t('editor.linkHere')}
            </button>{' '}
            <button type="button" disabled={index === 0} onClick={() => move(index, -1)}>
              {t('editor.up')}
            </button>{' '}
            <button type="button" disabled={index === items.length - 1} onClick={() => move(index, 1)}>
              {t('editor.down')}
            </button>{' '}
            <button
              type="button"
              onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
            >
              {t('editor.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setItems((current) => [...current, { id: null, title: '', body: '', proposals: [] }])}
      >
        {t('editor.addItem')}
      </button>
      <section className="card">
        <label>
          {t('editor.findSuggestions')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <ul>
          {found?.proposals.edges.map(({ node }) => (
            <li key={node.id}>
              {node.title} ({node.upvotes}){' '}
              <button
                type="button"
                disabled={items[target] === undefined}
                onClick={() => {
                  const item = items[target];
                  if (item && !item.proposals.some((p) => p.id === node.id))
                    update(target, { proposals: [...item.proposals, node] });
                }}
              >
                {t('editor.linkTo', { position: target + 1 })}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <ErrorMessage error={saved.error ?? published.error} />
      <button type="button" onClick={() => void saveDraft(draft.id)} disabled={saved.fetching}>
        {t('editor.save')}
      </button>{' '}
      <button
        type="button"
        disabled={published.fetching}
        onClick={() =>
          void saveDraft(draft.id).then((result) =>
            result.error ? undefined : publish({ id: draft.id }).then(() => reload()),
          )
        }
      >
        {t('editor.publish')}
      </button>
      {data.published && (
        <p className="meta">
          {t('editor.versions')}: {data.published.versions.map((v) => v.version).join(', ')}
        </p>
      )}
    </>
  );
}
