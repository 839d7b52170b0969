// The exchange models behind missing-apology and missing-remedy: their features, their verdicts,
// and that the committed weights are exactly what the training script fits on the labels.
import { describe, expect, it } from 'vitest';
import { callsForApology } from '../../rules/missing-apology.js';
import { callsForRemedy } from '../../rules/missing-remedy.js';
import { fit, MODELS, trainingCorpus, trainingExamples } from '../../scripts/train-models.js';
import { analyse } from '../../src/pipeline/analyse.js';
import { exchangeFeatures, parseModel, probability, type ExchangeJudge } from '../../src/rule-kit/exchange-model.js';
import type { Reply } from '../../src/types.js';

const reply = (text: string, context?: string): Reply => ({ filePath: '<test>', text, segments: [], channel: 'social', ...(context === undefined ? {} : { context }) });
const verdict = (judge: ExchangeJudge, text: string, context?: string) => {
  const draft = reply(text, context);
  return judge(draft, analyse(draft));
};
const noSignals = { failure: false, money: false, negative: false, praise: false, strongPraise: false, question: false, helpRequest: false, renewed: false };

describe('exchange models', () => {
  it('read words and word pairs of both messages, with handles, links and numbers made generic', () => {
    const rules = { situation: 'complaint' as const, signals: { ...noSignals, failure: true }, fromContext: true };
    const features = exchangeFeatures('@AcmeHelp order 12345 never arrived https://t.co/x 😡', 'DM us ^KC', rules);
    expect(features).toEqual(expect.arrayContaining(['c:handle', 'c:order_num', 'c:never_arrived', 'c:url', 'c:😡', 'r:dm_us', 'situation:complaint', 'signal:failure']));
    expect(features).not.toContain('signal:money');
    expect(features.some((feature) => feature.includes('12345') || feature.includes('acmehelp'))).toBe(false);
  });

  it("read a message's first 60 words only", () => {
    const rules = { situation: 'other' as const, fromContext: true };
    const features = exchangeFeatures(`${'word '.repeat(59)}sixtieth sixty-first`, '', rules);
    expect(features).toContain('c:sixtieth');
    expect(features).not.toContain('c:first');
  });

  it('need a customer message on social: without one, or elsewhere, the rules judge', () => {
    expect(verdict(callsForApology, 'Thanks for reaching out! ^KC')).toBeUndefined();
    expect(verdict(callsForRemedy, 'Thanks for reaching out! ^KC')).toBeUndefined();
    const email: Reply = { ...reply('Please DM us your order number.', 'My order never arrived. Terrible service.'), channel: 'email' };
    expect(callsForApology(email, analyse(email))).toBeUndefined();
  });

  it('an apology is owed when a failure is reported and the reply does not own it', () => {
    expect(verdict(callsForApology, 'Please DM us your order number. ^KC', '@AcmeHelp my order never arrived and nobody answers my emails. Terrible service.')).toBe(true);
    expect(verdict(callsForApology, 'What iOS version is your phone running? ^KC', '@AcmeHelp the app keeps crashing every time I open it, this is so frustrating')).toBe(true);
  });

  it('no apology is owed for thanks, praise or a plain question', () => {
    expect(verdict(callsForApology, "You're welcome! Enjoy the new phone. ^KC", '@AcmeHelp thanks so much, the replacement arrived today and it works great!')).toBe(false);
    expect(verdict(callsForApology, 'We open at 9am on Saturdays. ^KC', '@AcmeHelp what time does your store open on Saturday?')).toBe(false);
  });

  it('a remedy is owed for a broken order, not for banter about a promotion', () => {
    expect(verdict(callsForRemedy, 'Sorry to hear that. ^KC', '@AcmeHelp I was charged twice for my order and still have no refund')).toBe(true);
    expect(verdict(callsForRemedy, 'Ha! Well played. -Becky', 'Going to @AcmeBurrito in my costume for the $3 burrito deal tonight 🎃')).toBe(false);
  });

  it('read their weights from `feature weight` lines, any character in a feature name', () => {
    expect(parseModel('bias -0.5\nthreshold 0.6\nc:not_working 1.25\nr:` -0.1\nc:${ 0.2')).toEqual({ bias: -0.5, threshold: 0.6, weights: new Map([['c:not_working', 1.25], ['r:`', -0.1], ['c:${', 0.2]]) });
  });

  it('score with the logistic function of the summed weights', () => {
    const model = { bias: -1, threshold: 0.5, weights: new Map([['a', 2], ['b', 0.5]]) };
    expect(probability(model, ['a', 'b', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 10);
    expect(probability(model, [])).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
  });

  it('the committed weights are what the training script fits on the labels', async () => {
    const judges: Record<string, ExchangeJudge> = { 'missing-apology': callsForApology, 'missing-remedy': callsForRemedy };
    const corpus = await trainingCorpus();
    for (const spec of MODELS) {
      const examples = await trainingExamples(spec, corpus);
      expect(examples.length).toBeGreaterThan(300);
      expect(judges[spec.rule]?.model()).toEqual(fit(examples, spec.threshold));
    }
  }, 120_000);
});
