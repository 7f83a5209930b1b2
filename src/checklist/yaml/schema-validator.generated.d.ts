/**
 * Types of the checklist schema's validators, compiled ahead of time by scripts/write-validator.mjs
 * into schema-validator.generated.js (not committed: `npm run build` and jest write it).
 */
import type { ValidateFunction } from 'ajv'

/** The whole checklist file. */
export declare const whole: ValidateFunction
/** One item (`#/definitions/item`), checked on its own so checking can stop early. */
export declare const item: ValidateFunction
