import { EDIT_VOTE_LIMIT, EDIT_WINDOW_MS, editableUntil } from './edit-window';

describe('editableUntil', () => {
  const createdAt = new Date('2026-11-20T10:00:00.000Z');
  const published = {
    status: 'PUBLISHED' as const,
    createdAt,
    upvotes: 0,
    downvotes: 0,
  };
  const end = createdAt.getTime() + EDIT_WINDOW_MS;

  it('is the end of the window while the suggestion is young and has few votes', () => {
    expect(editableUntil(published, createdAt.getTime())?.getTime()).toBe(end);
    expect(editableUntil(published, end - 1)?.getTime()).toBe(end);
    expect(
      editableUntil({ ...published, upvotes: EDIT_VOTE_LIMIT - 2, downvotes: 1 }, end - 1),
    ).not.toBeNull();
  });

  it('is null from the end of the window, at the vote limit, and when not published', () => {
    expect(editableUntil(published, end)).toBeNull();
    expect(editableUntil({ ...published, upvotes: EDIT_VOTE_LIMIT - 1, downvotes: 1 }, end - 1)).toBeNull();
    expect(editableUntil({ ...published, status: 'HIDDEN' }, end - 1)).toBeNull();
    expect(editableUntil({ ...published, status: 'WITHDRAWN' }, end - 1)).toBeNull();
  });
});
