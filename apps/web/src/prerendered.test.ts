import { describe, expect, it } from 'vitest';
import { handOverPrerendered, prerenderedElement, takePrerendered } from './prerendered';

function root(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

const SERVER_LIST =
  '<header>kop</header><main><div data-prerendered="/lijsten/a"><article><h1>A</h1><ol>' +
  '<li class="card" id="punt-1"><details><summary>Suggesties</summary></details><details><summary>Verloop</summary></details></li>' +
  '<li class="card" id="punt-2"><details><summary>Verloop</summary></details></li>' +
  '</ol></article></div></main>';

describe('the page the server rendered', () => {
  it('is kept, the element itself, for its own path until the client has rendered it', () => {
    const server = root(SERVER_LIST);
    takePrerendered(server);
    expect(prerenderedElement('/lijsten/b')).toBeNull();
    expect(prerenderedElement('/lijsten/a')).toBe(server.querySelector('[data-prerendered]'));
    handOverPrerendered(root(''));
    expect(prerenderedElement('/lijsten/a')).toBeNull();
  });

  it('hands the folds the reader opened over to the client’s page', () => {
    const server = root(SERVER_LIST);
    takePrerendered(server);
    for (const fold of server.querySelectorAll<HTMLDetailsElement>(
      '#punt-1 > details + details, #punt-2 > details',
    )) {
      fold.open = true;
    }
    const client = root(SERVER_LIST.replace('data-prerendered="/lijsten/a"', ''));
    handOverPrerendered(client);
    const open = [...client.querySelectorAll<HTMLDetailsElement>('details')].map((fold) => fold.open);
    expect(open).toEqual([false, true, true]);
  });

  it('gives the keyboard focus to the same link or fold of the same item on the client’s page', () => {
    const server = root(SERVER_LIST);
    document.body.append(server);
    takePrerendered(server);
    server.querySelectorAll('summary')[1]?.focus();
    const client = root(SERVER_LIST.replace('data-prerendered="/lijsten/a"', ''));
    document.body.append(client);
    handOverPrerendered(client);
    // The second fold of the first item (not by id: both pages are in the document here).
    expect(document.activeElement).toBe(client.querySelectorAll('summary')[1]);
    server.remove();
    client.remove();
  });

  it('is nothing when the server rendered no page', () => {
    takePrerendered(root(''));
    expect(prerenderedElement('/')).toBeNull();
  });
});
