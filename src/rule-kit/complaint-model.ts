/**
 * Whether a customer's message, read with the reply that answers it, calls for an apology: a
 * logistic regression over the words of both and the rule-based signals of `situation.ts`.
 *
 * Why a model: the phrase families of `customer-message.data.ts`, tuned on one labelled sample,
 * found about 60 % of the unapologised complaints in samples they were not written for
 * (complaints come in words no list foresees: "talk to text still messes up", "the sensor crapped").
 * The reply helps: how the agent answers ("Let's work together on this", "we're aware and working
 * on it") says how the team read the message. The regexes' signals are features too, so the
 * model learns how far to trust each.
 *
 * `scripts/train-complaint-model.ts` fits it on the labelled twcs replies (never the newest blind
 * held-out set) and writes `complaint-model.data.ts`; `--cross-validate` prints how it does on
 * each held-out set when trained without it.
 */
import type { Analysis } from '../pipeline/analysis-types.js';
import type { Reply } from '../types.js';
import { COMPLAINT_MODEL } from './complaint-model.data.js';
import { situation, type SituationInfo } from './situation.js';

export interface LogisticModel {
  bias: number;
  /** Probability at or above which the message calls for an apology. */
  threshold: number;
  weights: Record<string, number>;
}

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
  const list = words(text);
  const out = list.map((word) => prefix + word);
  for (let i = 1; i < list.length; i++) out.push(`${prefix}${list[i - 1]}_${list[i]}`);
  return out;
}

/** The features of one exchange: customer words (`c:`), reply words (`r:`), the rules' reading. */
export function complaintFeatures(context: string, replyText: string, rules: SituationInfo): string[] {
  const features = [...ngrams(context, 'c:'), ...ngrams(replyText, 'r:'), `situation:${rules.situation}`];
  for (const [signal, on] of Object.entries(rules.signals ?? {})) if (on) features.push(`signal:${signal}`);
  return [...new Set(features)];
}

export function probability(model: LogisticModel, features: string[]): number {
  let z = model.bias;
  for (const feature of features) z += model.weights[feature] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Reads the generated `feature weight` lines (see scripts/train-complaint-model.ts). */
export function parseModel(text: string): LogisticModel {
  const model: LogisticModel = { bias: 0, threshold: 0.5, weights: {} };
  for (const line of text.split('\n')) {
    const at = line.lastIndexOf(' ');
    const name = line.slice(0, at);
    const value = Number(line.slice(at + 1));
    if (name === 'bias') model.bias = value;
    else if (name === 'threshold') model.threshold = value;
    else model.weights[name] = value;
  }
  return model;
}

let loaded: LogisticModel | undefined;
/** The trained model, parsed on first use: a draft with no customer message never needs it. */
export function complaintModel(): LogisticModel {
  loaded ??= parseModel(COMPLAINT_MODEL);
  return loaded;
}

const cache = new WeakMap<Analysis, boolean | undefined>();

/**
 * Whether the reply answers a message that calls for an apology, judged by the model; undefined
 * when there is no customer message (the draft alone is judged by `situation.ts`).
 */
export function callsForApology(reply: Reply, analysis: Analysis): boolean | undefined {
  if (cache.has(analysis)) return cache.get(analysis);
  const context = reply.context ?? '';
  const model = context.trim() === '' ? undefined : complaintModel();
  const verdict = model && probability(model, complaintFeatures(context, reply.text, situation(reply, analysis))) >= model.threshold;
  cache.set(analysis, verdict);
  return verdict;
}
