/** Export readers: CSV with a column mapping, and replylint's canonical JSONL. */
export { fieldSpans, normaliseId, readCsv, type CsvOptions, type CsvStats } from './csv.js';
export { readJsonl, type JsonlOptions } from './jsonl.js';
export {
  MAPPED_FIELDS,
  MappingError,
  PRESETS,
  bindMapping,
  parseMapping,
  type BoundMapping,
  type ColumnMapping,
  type ColumnRef,
  type MappedField,
} from './mapping.js';
export { damageAsMacRoman, macRomanChar, repairMacRoman } from './mojibake.js';
