import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { AccountTokenPurpose } from './account-token.schema';
import { AccountTokensRepository } from './account-tokens.repository';

describe('AccountTokensRepository', () => {
  let moduleRef: TestingModule;
  let tokens: AccountTokensRepository;

  const token = (hash: string, expiresAt: Date) => ({
    _id: hash,
    purpose: AccountTokenPurpose.RESET_PASSWORD,
    userId: new Types.ObjectId(),
    email: 'lid@example.nl',
    expiresAt,
  });

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-account-tokens', [AccountsModule]);
    tokens = moduleRef.get(AccountTokensRepository);
  });

  afterAll(() => moduleRef.close());

  it('lets exactly one of many concurrent consumers have a token', async () => {
    await tokens.insert(token('a'.repeat(64), new Date(Date.now() + 60_000)));
    expect(await tokens.findByHash('a'.repeat(64))).toMatchObject({ email: 'lid@example.nl' });
    const claims = await Promise.all(Array.from({ length: 5 }, () => tokens.consume('a'.repeat(64))));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await tokens.findByHash('a'.repeat(64))).toBeNull();
    expect(await tokens.consume('a'.repeat(64))).toBe(false);
  });

  it('removes the expired tokens and keeps the others', async () => {
    await tokens.insert(token('b'.repeat(64), new Date(Date.now() - 1000)));
    await tokens.insert(token('c'.repeat(64), new Date(Date.now() + 60_000)));
    expect(await tokens.deleteExpired(new Date())).toBe(1);
    expect(await tokens.findByHash('b'.repeat(64))).toBeNull();
    expect(await tokens.findByHash('c'.repeat(64))).not.toBeNull();
  });
});
