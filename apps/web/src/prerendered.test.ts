import { describe, expect, it } from 'vitest';
import { forgetPrerendered, prerenderedHtml, takePrerendered } from './prerendered';

function root(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

describe('the page the server rendered', () => {
  it('is kept for its own path until the client has rendered it', () => {
    takePrerendered(
      root(
        '<header>kop</header><main><div data-prerendered="/lijsten/a"><article><h1>A</h1></article></div></main>',
      ),
    );
    expect(prerenderedHtml('/lijsten/b')).toBeNull();
    expect(prerenderedHtml('/lijsten/a')).toBe('<article><h1>A</h1></article>');
    forgetPrerendered();
    expect(prerenderedHtml('/lijsten/a')).toBeNull();
  });

  it('is nothing when the server rendered no page', () => {
    takePrerendered(root(''));
    expect(prerenderedHtml('/')).toBeNull();
  });
});
