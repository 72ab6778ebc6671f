/**
 * Types of score-record.validator.generated.js, which `npm run levels:validator` writes from
 * score-record.schema.json (scripts/build-record-validators.mjs). This declaration is written by hand and
 * kept in git, so that the code importing the generated module type-checks before it exists.
 */
import type { ScoreRecord } from '../leaderboard/score-record';
import type { RecordValidator } from './record-validator';

/** score-record.schema.json: a score's shape (its name rule and points ≤ maxPoints are the decoder's). */
export declare const validate: RecordValidator<ScoreRecord>;
export default validate;
