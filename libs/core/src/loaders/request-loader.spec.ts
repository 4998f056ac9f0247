import { orderByKeys, RequestLoader } from './request-loader';

describe('RequestLoader', () => {
  it('batches the loads of one request and keeps requests apart', async () => {
    const batches: string[][] = [];
    const loader = new RequestLoader<string, string>((keys) => {
      batches.push([...keys]);
      return Promise.resolve(keys.map((key) => key.toUpperCase()));
    });
    const first = {};
    const second = {};
    expect(
      await Promise.all([
        loader.for(first).load('a'),
        loader.for(first).load('b'),
        loader.for(first).load('a'),
      ]),
    ).toEqual(['A', 'B', 'A']);
    await loader.for(second).load('a');
    expect(batches).toEqual([['a', 'b'], ['a']]);
  });

  it('orders results by key and fills gaps with null', () => {
    expect(orderByKeys(['x', 'y', 'z'], [{ id: 'z' }, { id: 'x' }], (value) => value.id)).toEqual([
      { id: 'x' },
      null,
      { id: 'z' },
    ]);
  });
});
