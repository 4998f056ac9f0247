import { unlessDuplicate } from './duplicate-key';

describe('unlessDuplicate', () => {
  it('passes the inserted value through', async () => {
    await expect(unlessDuplicate(Promise.resolve('doc'))).resolves.toBe('doc');
  });

  it('answers null for a duplicate key', async () => {
    await expect(
      unlessDuplicate(Promise.reject(Object.assign(new Error('E11000'), { code: 11000 }))),
    ).resolves.toBeNull();
  });

  it('rethrows any other error', async () => {
    await expect(unlessDuplicate(Promise.reject(new Error('network')))).rejects.toThrow('network');
  });
});
