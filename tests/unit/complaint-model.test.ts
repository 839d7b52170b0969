// The complaint model behind missing-apology: its features, its verdicts, and that the committed
// weights are exactly what the training script fits on the labelled corpora (nobody edits them).
import { describe, expect, it } from 'vitest';
import { fit, trainingExamples } from '../../scripts/train-complaint-model.js';
import { analyse } from '../../src/pipeline/analyse.js';
import { callsForApology, complaintFeatures, complaintModel, parseModel, probability } from '../../src/rule-kit/complaint-model.js';
import type { Reply } from '../../src/types.js';

const reply = (text: string, context?: string): Reply => ({ filePath: '<test>', text, channel: 'social', ...(context === undefined ? {} : { context }) });
const verdict = (text: string, context?: string) => {
  const draft = reply(text, context);
  return callsForApology(draft, analyse(draft));
};

describe('complaint model', () => {
  it('reads words and word pairs of both messages, with handles, links and numbers made generic', () => {
    const features = complaintFeatures('@AcmeHelp order 12345 never arrived https://t.co/x', 'DM us ^KC', { situation: 'complaint', signals: { failure: true, money: false, negative: false, praise: false, strongPraise: false, question: false, helpRequest: false, renewed: false }, fromContext: true });
    expect(features).toEqual(expect.arrayContaining(['c:handle', 'c:order_num', 'c:never_arrived', 'c:url', 'r:dm_us', 'situation:complaint', 'signal:failure']));
    expect(features).not.toContain('signal:money');
    expect(features.some((feature) => feature.includes('12345') || feature.includes('acmehelp'))).toBe(false);
  });

  it('needs a customer message: without one the draft is judged by the rules', () => {
    expect(verdict('Thanks for reaching out! ^KC')).toBeUndefined();
  });

  it('calls for an apology when a failure is reported and the reply does not own it', () => {
    expect(verdict('Please DM us your order number. ^KC', '@AcmeHelp my order never arrived and nobody answers my emails. Terrible service.')).toBe(true);
    expect(verdict('What iOS version is your phone running? ^KC', '@AcmeHelp the app keeps crashing every time I open it, this is so frustrating')).toBe(true);
  });

  it('does not for thanks, praise or a plain question', () => {
    expect(verdict("You're welcome! Enjoy the new phone. ^KC", '@AcmeHelp thanks so much, the replacement arrived today and it works great!')).toBe(false);
    expect(verdict('We open at 9am on Saturdays. ^KC', '@AcmeHelp what time does your store open on Saturday?')).toBe(false);
  });

  it('reads its weights from `feature weight` lines, any character in a feature name', () => {
    expect(parseModel('bias -0.5\nthreshold 0.6\nc:not_working 1.25\nr:` -0.1\nc:${ 0.2')).toEqual({ bias: -0.5, threshold: 0.6, weights: { 'c:not_working': 1.25, 'r:`': -0.1, 'c:${': 0.2 } });
  });

  it('scores with the logistic function of the summed weights', () => {
    const model = { bias: -1, threshold: 0.5, weights: { a: 2, b: 0.5 } };
    expect(probability(model, ['a', 'b', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 10);
    expect(probability(model, [])).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
  });

  it('the committed weights are what the training script fits on the labels', async () => {
    const examples = await trainingExamples();
    expect(examples.length).toBeGreaterThan(900);
    expect(complaintModel()).toEqual(fit(examples));
  }, 60_000);
});
