/**
 * Types of level-schema-validator.generated.js, which `npm run levels:validator` writes from
 * levels/schema.json (scripts/build-level-validator.mjs). This declaration is written by hand and
 * kept in git, so that the code importing the generated module type-checks before it exists.
 */
import type { SchemaValidateFunction } from './validate-level';

/** levels/schema.json, compiled ahead of time by Ajv (draft 2020-12). */
export declare const validate: SchemaValidateFunction;
export default validate;
