import { describe, expect, it } from 'vitest';
import { DuplicateIndex, pairs, type DuplicateCluster } from '../../src/dedupe/index.js';
import type { CandidateStrategy } from '../../src/dedupe/options.js';

const DM = 'Please send us a direct message with your order number so we can look into this for you.';
const DM_NEAR = 'Please send us a direct message with your order number so that we can look into this for you today.';
const REFUND = 'Your refund has been issued and should appear on your statement within five to seven business days.';
const OUTAGE = 'We are aware of an outage affecting streaming in your area and our engineers are working on a fix.';
const PASSWORD = 'To reset your password, open Settings, choose Account, then tap Reset Password and follow the steps.';

/** Clusters as sorted member lists, for order-independent comparison. */
const memberSets = (clusters: DuplicateCluster[]): string[][] => clusters.map((c) => [...c.members].sort()).sort();

function indexOf(entries: [string, string][], options: ConstructorParameters<typeof DuplicateIndex>[0] = {}): DuplicateIndex {
  const index = new DuplicateIndex(options);
  for (const [key, text] of entries) index.add(key, text);
  return index;
}

describe.each<CandidateStrategy>(['exhaustive', 'lsh'])('DuplicateIndex (%s)', (strategy) => {
  it('clusters exact duplicates that differ only in handle, name, numbers and sign-off', () => {
    const index = indexOf(
      [
        ['t1', `@115712 ${DM} -KC`],
        ['t2', REFUND],
        ['t3', `@998877 Hi Sarah, ${DM} ^RR`],
        ['t4', `Hello there!\n\n${DM}\n\nBest regards,\nMaria`],
      ],
      { strategy },
    );
    const clusters = index.clusters();
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ members: ['t1', 't3', 't4'], size: 3, exact: true, similarity: 1 });
    expect(clusters[0]?.representative).toBe(`@115712 ${DM} -KC`);
    expect(clusters[0]?.normalized).toBe(
      'please send us a direct message with your order number so we can look into this for you',
    );
  });

  it('clusters near duplicates and reports their Dice', () => {
    const index = indexOf(
      [
        ['a', DM],
        ['b', REFUND],
        ['c', DM_NEAR],
        ['d', OUTAGE],
      ],
      { strategy },
    );
    const clusters = index.clusters();
    expect(memberSets(clusters)).toEqual([['a', 'c']]);
    expect(clusters[0]?.exact).toBe(false);
    expect(clusters[0]?.similarity).toBeGreaterThanOrEqual(0.8);
    expect(clusters[0]?.similarity).toBeLessThan(1);
  });

  it('does not cluster distinct replies', () => {
    const index = indexOf(
      [
        ['a', DM],
        ['b', REFUND],
        ['c', OUTAGE],
        ['d', PASSWORD],
      ],
      { strategy },
    );
    expect(index.clusters()).toEqual([]);
  });

  it('never clusters short acknowledgements, however often they are sent', () => {
    const acks = ['Thanks!', "You're welcome!", 'Happy to help :)', 'Thank you! -KC', 'You are welcome ^AB', 'Happy to help!'];
    const index = indexOf(acks.map((t, i): [string, string] => [`k${i}`, t]), { strategy });
    expect(index.clusters()).toEqual([]);
    expect(index.nearest("You're welcome!")).toEqual([]);
    expect(index.getStats().short).toBeGreaterThan(0);
  });

  it('honours minWords', () => {
    const entries: [string, string][] = [
      ['a', 'Thanks for stopping by! -Becky'],
      ['b', 'Thanks for stopping by! -Tara'],
    ];
    expect(indexOf(entries, { strategy }).clusters()).toEqual([]);
    expect(indexOf(entries, { strategy, minWords: 3 }).clusters()).toHaveLength(1);
  });

  it('does not treat replies as equal because they share a greeting and sign-off', () => {
    const index = indexOf(
      [
        ['a', `Hi Sarah,\n\n${REFUND}\n\nBest regards,\nMaria Lopez\nCustomer Care`],
        ['b', `Hi Sarah,\n\n${OUTAGE}\n\nBest regards,\nMaria Lopez\nCustomer Care`],
        ['c', `Hi Sarah,\n\n${PASSWORD}\n\nBest regards,\nMaria Lopez\nCustomer Care`],
        ['d', 'Hi Sarah,\n\nThanks!\n\nBest regards,\nMaria Lopez\nCustomer Care'],
        ['e', 'Hi John,\n\nThank you.\n\nBest regards,\nMaria Lopez\nCustomer Care'],
      ],
      { strategy },
    );
    expect(index.clusters()).toEqual([]);
  });

  it('never reports approved macros, exact or lightly edited', () => {
    const index = indexOf(
      [
        ['a', `@1 ${PASSWORD} ^RR`],
        ['b', `@2 ${PASSWORD} -KC`],
        ['c', PASSWORD.replace('follow the steps', 'follow the steps shown')],
        ['d', DM],
        ['e', `Hi Tom, ${DM}`],
      ],
      { strategy, allowList: [PASSWORD] },
    );
    expect(memberSets(index.clusters())).toEqual([['d', 'e']]);
    expect(index.nearest(PASSWORD)).toEqual([]);
    expect(index.getStats().approved).toBe(2);
  });

  it('answers nearest and match, best first, exact before near', () => {
    const index = indexOf(
      [
        ['a', DM_NEAR],
        ['b', REFUND],
        ['c', `@5 ${DM} -KC`],
        ['d', `@6 ${DM} ^AB`],
      ],
      { strategy },
    );
    const matches = index.nearest(`Hi Jen, ${DM}`);
    expect(matches.map((m) => [m.key, m.exact])).toEqual([
      ['c', true],
      ['a', false],
    ]);
    expect(matches[0]?.keys).toEqual(['c', 'd']);
    expect(matches[0]?.similarity).toBe(1);
    expect(matches[0]?.text).toBe(`@5 ${DM} -KC`);
    expect(index.match(OUTAGE)).toBeUndefined();
    expect(index.match(REFUND)?.key).toBe('b');
    expect(index.nearest(`${DM}`, { limit: 1 })).toHaveLength(1);
    expect(index.nearest(DM_NEAR, { threshold: 0.99 }).map((m) => m.key)).toEqual(['a']);
  });

  it('chains near duplicates into one cluster and reports the weakest link to the first member', () => {
    const base = 'We have located your parcel at the local depot and it will be delivered to you tomorrow morning';
    const step1 = 'We have located your parcel at the local depot and it will be delivered to your address tomorrow morning';
    const step2 = 'We have now located your parcel at the local depot and it will be delivered to your home address tomorrow';
    const index = indexOf(
      [
        ['x', base],
        ['y', step1],
        ['z', step2],
      ],
      { strategy },
    );
    const [cluster] = index.clusters();
    expect(cluster?.members).toEqual(['x', 'y', 'z']);
    expect(cluster?.similarity).toBeGreaterThan(0.7);
  });
});

describe('DuplicateIndex', () => {
  it('keeps members in input order and clusters by size', () => {
    const index = new DuplicateIndex();
    index.add('1', REFUND);
    index.add('2', DM);
    index.add('3', `Hi Sam, ${REFUND}`);
    index.add('4', `${DM} -KC`);
    index.add('5', `@9 ${DM}`);
    const clusters = index.clusters();
    expect(clusters.map((c) => c.members)).toEqual([
      ['2', '4', '5'],
      ['1', '3'],
    ]);
    expect(index.size).toBe(5);
    expect(index.distinct).toBe(2);
  });

  it('gives the same clusters with LSH and exhaustive search on a small set', () => {
    const texts = [DM, DM_NEAR, REFUND, `${REFUND} Thanks!`, OUTAGE, PASSWORD, `Hi, ${PASSWORD} ^JK`];
    const run = (strategy: CandidateStrategy): string[][] =>
      memberSets(indexOf(texts.map((t, i): [string, string] => [String(i), t]), { strategy }).clusters());
    expect(run('lsh')).toEqual(run('exhaustive'));
  });

  it('answers queries after more replies are added', () => {
    const index = new DuplicateIndex({ strategy: 'lsh' });
    index.add('a', REFUND);
    expect(index.match(DM)).toBeUndefined();
    index.add('b', DM);
    expect(index.match(`${DM} ^RR`)?.key).toBe('b');
    expect(index.clusters()).toEqual([]);
    index.add('c', DM_NEAR);
    expect(memberSets(index.clusters())).toEqual([['b', 'c']]);
  });

  it('accepts a stricter threshold per call', () => {
    const index = indexOf([
      ['a', DM],
      ['b', DM_NEAR],
    ]);
    expect(index.clusters()).toHaveLength(1);
    expect(index.clusters({ threshold: 0.99 })).toEqual([]);
    expect(index.clusters({ minSize: 3 })).toEqual([]);
  });

  it('rejects impossible options', () => {
    expect(() => new DuplicateIndex({ threshold: 1.5 })).toThrow(RangeError);
    expect(() => new DuplicateIndex({ minWords: -1 })).toThrow(RangeError);
    expect(() => new DuplicateIndex({ bands: 64, rows: 3 })).toThrow(/bands × rows/);
    expect(() => new DuplicateIndex({ shingleSize: 0 })).toThrow(RangeError);
    expect(() => new DuplicateIndex().clusters({ threshold: Number.NaN })).toThrow(RangeError);
  });

  it('counts the work it did', () => {
    const index = indexOf([
      ['a', DM],
      ['b', DM_NEAR],
      ['c', REFUND],
      ['d', REFUND],
    ]);
    index.clusters();
    const stats = index.getStats();
    expect(stats).toMatchObject({ records: 4, distinct: 3, strategy: 'exhaustive', confirmed: 1 });
    expect(stats.diceChecks).toBeGreaterThanOrEqual(1);
  });
});

describe('pairs', () => {
  it('lists exact and near pairs of a small set by position', () => {
    const found = pairs([`@1 ${DM} -KC`, REFUND, `Hi Ann, ${DM}`, DM_NEAR, OUTAGE]);
    expect(found.map(({ a, b, exact }) => [a, b, exact])).toEqual([
      [0, 2, true],
      [0, 3, false],
      [2, 3, false],
    ]);
    expect(found[0]?.similarity).toBe(1);
    expect(found[1]?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('applies the threshold, the short-reply rule and the allow-list', () => {
    expect(pairs([DM, DM_NEAR], 0.99)).toEqual([]);
    expect(pairs(['Thanks!', 'Thanks! -KC', "You're welcome!", "You're welcome! ^RR"])).toEqual([]);
    expect(pairs([PASSWORD, `Hi, ${PASSWORD}`], 0.8, { allowList: [PASSWORD] })).toEqual([]);
    expect(pairs(['Thanks for stopping by! -Becky', 'Thanks for stopping by! -Tara'], 0.8, { minWords: 3 })).toHaveLength(1);
  });

  it('agrees with DuplicateIndex on which replies are duplicates', () => {
    const texts = [DM, DM_NEAR, REFUND, `Hi Sam, ${REFUND}`, OUTAGE, PASSWORD];
    const fromPairs = pairs(texts).map(({ a, b }) => `${a}-${b}`);
    const index = indexOf(texts.map((t, i): [string, string] => [String(i), t]));
    const fromIndex = index.clusters().flatMap((c) =>
      c.members.flatMap((m, i) => c.members.slice(i + 1).map((n) => `${m}-${n}`)),
    );
    expect(fromIndex.sort()).toEqual(fromPairs.sort());
  });
});
