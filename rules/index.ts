/** The built-in rules. Adding a rule: one file in this folder, one line here. */
import type { AnyRule } from '../src/rule-kit/rule.js';
import blameShifting from './blame-shifting.js';
import cannedDuplicate from './canned-duplicate.js';
import insensitive from './insensitive.js';
import missingApology from './missing-apology.js';
import missingNamedContact from './missing-named-contact.js';
import missingRemedy from './missing-remedy.js';
import readability from './readability.js';
import similarTemplate from './similar-template.js';
import unfilledPlaceholder from './unfilled-placeholder.js';

export const builtInRules: AnyRule[] = [
  blameShifting,
  missingApology,
  missingRemedy,
  missingNamedContact,
  readability,
  cannedDuplicate,
  insensitive,
  unfilledPlaceholder,
  similarTemplate,
];
