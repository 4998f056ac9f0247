import { indexOfStart, snapshotShutdownMessage } from './ranked-restart';

describe('the ranked restart read from the API log', () => {
  const spawned = 1_000_000;

  it('finds an index loaded from the snapshot and when it answered', () => {
    const lines = [
      { time: spawned + 900, msg: 'Nest application successfully started' },
      {
        time: spawned + 4_200,
        msg: 'Ranking index of 100000 proposals loaded from the snapshot in 3100 ms (file read in 1400 ms, collStats count in 3000 ms, orders in 200 ms); verifying it.',
      },
    ];
    expect(indexOfStart(lines, spawned)).toEqual({
      source: 'snapshot',
      readyMs: 4_200,
      message: lines[1]?.msg,
      unused: null,
    });
  });

  it('finds a full read and why the snapshot was not used', () => {
    const lines = [
      {
        time: spawned + 2_000,
        msg: 'Ranking index snapshot not used: the snapshot holds 10000 proposals, the database 100000.',
      },
      { time: spawned + 31_000, msg: 'Ranking index of 100000 proposals built in 29000 ms.' },
    ];
    expect(indexOfStart(lines, spawned)).toMatchObject({
      source: 'full read',
      readyMs: 31_000,
      unused: 'the snapshot holds 10000 proposals, the database 100000',
    });
  });

  it('says unknown when the log has no such line yet', () => {
    expect(indexOfStart([], spawned)).toEqual({
      source: 'unknown',
      readyMs: null,
      message: null,
      unused: null,
    });
  });

  it('finds what the stopped API said about its snapshot', () => {
    const written = 'Ranking index snapshot of 100000 proposals written in 1500 ms.';
    expect(
      snapshotShutdownMessage([
        { time: 1, msg: 'Shutting down' },
        { time: 2, msg: written },
      ]),
    ).toBe(written);
    expect(snapshotShutdownMessage([{ time: 1, msg: 'Shutting down' }])).toBeNull();
  });
});
