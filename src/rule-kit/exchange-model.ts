/**
 * Yes/no judgements of an exchange (a customer's message and the reply to it) by logistic
 * regression over the words of both and the rule-based reading of `situation.ts`: does this
 * message call for an apology, for a remedy?
 *
 * Why a model: the phrase families of `customer-message.data.ts`, tuned on one labelled sample,
 * found about 60 % of the unapologised complaints in samples they were not written for
 * (complaints come in words no list foresees: "talk to text still messes up", "the sensor crapped").
 * The reply helps: how the agent answers ("Let's work together on this", "we're aware and working
 * on it") says how the team read the message. The rules' signals are features too, so a model
 * learns how far to trust each.
 *
 * `scripts/train-models.ts` (`npm run train`) fits each model on the labelled social exchanges
 * (twcs replies, social cases and the held-out sets of `TRAINING_HELD_OUT`) and writes
 * `rules/<rule>.model.ts`; `--cross-validate` prints how each does on held-out exchanges when trained
 * without them (folded by held-out set, and by conversation).
 */
import type { Analysis } from '../pipeline/analysis-types.js';
import type { Reply } from '../types.js';
import { situation, type SituationInfo } from './situation.js';

export interface LogisticModel {
  bias: number;
  /** Probability at or above which the answer is yes. */
  threshold: number;
  /** A Map, not an object: feature names are fresh strings, and object lookups by them were slow. */
  weights: Map<string, number>;
}

/**
 * How much of each message the models read: its first 60 words, a long tweet's worth and about the
 * longest they learnt from. Further words would only add weights learnt on nothing like them.
 */
const READ_WORDS = 60;

/** Lower-cased words and punctuation runs, with links, handles and numbers made generic. */
function words(text: string): string[] {
  const normal = text
    .toLowerCase()
    .replace(/https?:\/\/\S+|www\.\S+/g, ' url ')
    .replace(/@\w+/g, ' handle ')
    .replace(/\d+/g, ' num ')
    .replace(/[‘’]/g, "'");
  return normal.match(/[a-z']+|[!?]+|[^\w\s]/gu) ?? [];
}

function ngrams(text: string, prefix: string): string[] {
  const list = words(text).slice(0, READ_WORDS);
  const out = list.map((word) => prefix + word);
  for (let i = 1; i < list.length; i++) out.push(`${prefix}${list[i - 1]}_${list[i]}`);
  return out;
}

/** The features of one exchange: customer words (`c:`), reply words (`r:`), the rules' reading. */
export function exchangeFeatures(context: string, reply: string, rules: SituationInfo): string[] {
  const features = [...ngrams(context, 'c:'), ...ngrams(reply, 'r:'), `situation:${rules.situation}`];
  for (const [signal, on] of Object.entries(rules.signals ?? {})) if (on) features.push(`signal:${signal}`);
  return [...new Set(features)];
}

/**
 * The channel the models learnt: every labelled exchange with a customer message is a tweet (twcs)
 * or a social case. Elsewhere the rules judge alone. Read on plain email requests (Bitext, see
 * scripts/eval/email-transfer.ts), the apology model called three in four of them complaints: a
 * macro that opens "I understand your concern" reads like an answer to one. Without the reply's
 * words it was hardly better than the rules.
 */
export const MODEL_CHANNEL = 'social';

export function probability(model: LogisticModel, features: string[]): number {
  let z = model.bias;
  for (const feature of features) z += model.weights.get(feature) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Reads the generated `feature weight` lines (see scripts/train-models.ts). */
export function parseModel(text: string): LogisticModel {
  const model: LogisticModel = { bias: 0, threshold: 0.5, weights: new Map() };
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf(' ');
    const name = line.slice(0, at);
    const value = Number(line.slice(at + 1));
    if (name === 'bias') model.bias = value;
    else if (name === 'threshold') model.threshold = value;
    else model.weights.set(name, value);
  }
  return model;
}

export interface ExchangeJudge {
  /** The verdict on a reply, or undefined when there is no customer message to read or the channel is not the model's. */
  (reply: Reply, analysis: Analysis): boolean | undefined;
  /** The model, parsed on first use: a draft with no customer message never needs it. */
  model(): LogisticModel;
}

// Every judge reads the same features of a reply: extract them once.
const featuresOf = new WeakMap<Analysis, string[]>();

/** A judge from a model's `feature weight` text; verdicts are kept per reply analysis. */
export function exchangeJudge(text: string): ExchangeJudge {
  let parsed: LogisticModel | undefined;
  const model = () => (parsed ??= parseModel(text));
  const verdicts = new WeakMap<Analysis, boolean>();
  const judge = (reply: Reply, analysis: Analysis): boolean | undefined => {
    const context = reply.context ?? '';
    if (context.trim() === '' || reply.channel !== MODEL_CHANNEL) return undefined;
    let verdict = verdicts.get(analysis);
    if (verdict === undefined) {
      let features = featuresOf.get(analysis);
      if (!features) featuresOf.set(analysis, (features = exchangeFeatures(context, reply.text, situation(reply, analysis))));
      verdict = probability(model(), features) >= model().threshold;
      verdicts.set(analysis, verdict);
    }
    return verdict;
  };
  return Object.assign(judge, { model });
}
