// The output stage: rows in, text out. Commands need only what this file exports.
export { FORMATS, createFormatter, formatAll, formatFromPath, parseFormat } from './formats.js';
export type { Format, FormatOptions, Formatter } from './formats.js';
export { cellText, formatNumber, guardFormula } from './guard.js';
