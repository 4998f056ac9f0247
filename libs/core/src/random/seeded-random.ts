/**
 * A small seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same
 * sequence, so demo data and benchmark corpora are the same on every run and a failing
 * randomised test can be replayed from its seed. Not for secrets.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
