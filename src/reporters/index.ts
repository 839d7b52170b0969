import { codequality } from './codequality.js';
import { github } from './github.js';
import { json } from './json.js';
import { ndjson } from './ndjson.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export type { ReportInput, Reporter, RuleInfo } from './types.js';

export const reporters: Record<string, Reporter> = { stylish, json, ndjson, sarif, github, junit, codequality };
