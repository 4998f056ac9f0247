import type { TestingModule } from '@nestjs/testing';
import { Types } from 'mongoose';
import { startMediumModule } from '../../../../test/support/medium';
import { AccountsModule } from '../accounts.module';
import { RefreshTokensRepository } from './refresh-tokens.repository';

describe('RefreshTokensRepository', () => {
  let moduleRef: TestingModule;
  let repository: RefreshTokensRepository;
  const userId = new Types.ObjectId();
  const expiresAt = new Date(Date.now() + 60_000);

  beforeAll(async () => {
    moduleRef = await startMediumModule('medium-refresh-tokens-repository', [AccountsModule]);
    repository = moduleRef.get(RefreshTokensRepository);
  });

  afterAll(() => moduleRef.close());

  it('stores at most one successor per token', async () => {
    expect(
      await repository.insert({ _id: 'a', familyId: 'f1', userId, rotatedFrom: 'family:f1', expiresAt }),
    ).toBe(true);
    expect(await repository.findSuccessor('a')).toBeNull();
    expect(
      await repository.insert({ _id: 'b', familyId: 'f1', userId, rotatedFrom: 'token:a', expiresAt }),
    ).toBe(true);
    expect(
      await repository.insert({ _id: 'c', familyId: 'f1', userId, rotatedFrom: 'token:a', expiresAt }),
    ).toBe(false);
    expect(await repository.findSuccessor('a')).toMatchObject({ _id: 'b', familyId: 'f1' });
    expect(await repository.findByHash('b')).toMatchObject({ familyId: 'f1', rotatedFrom: 'token:a' });
    expect(await repository.findByHash('c')).toBeNull();
  });

  it('revokes a family idempotently and lists the families of a user', async () => {
    await repository.insert({ _id: 'd', familyId: 'f2', userId, rotatedFrom: 'family:f2', expiresAt });
    expect((await repository.familiesOf(userId)).sort()).toEqual(['f1', 'f2']);
    expect(await repository.familiesOf(new Types.ObjectId())).toEqual([]);
    expect(await repository.isFamilyRevoked('f2')).toBe(false);
    await repository.revokeFamily({ _id: 'f2', userId, reason: 'logout' });
    await repository.revokeFamily({ _id: 'f2', userId, reason: 'reuse' });
    expect(await repository.isFamilyRevoked('f2')).toBe(true);
    expect(await repository.isFamilyRevoked('f1')).toBe(false);
  });
});
