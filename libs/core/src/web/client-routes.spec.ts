import { matchClientRoute } from './client-routes';

describe('client routes', () => {
  it('matches fixed pages and pages with parameters, with or without a trailing slash', () => {
    expect(matchClientRoute('/')).toEqual({ route: 'home', params: {} });
    expect(matchClientRoute('/lijsten/')).toEqual({ route: 'lists', params: {} });
    expect(matchClientRoute('/voorstel/abc')).toEqual({ route: 'proposal', params: { id: 'abc' } });
    expect(matchClientRoute('/lijsten/tien/versie/2')).toEqual({
      route: 'listVersion',
      params: { slug: 'tien', version: '2' },
    });
  });

  it('matches nothing else', () => {
    expect(matchClientRoute('/voorstel')).toBeNull();
    expect(matchClientRoute('/voorstel/abc/extra')).toBeNull();
    expect(matchClientRoute('/onbekend')).toBeNull();
  });
});
