/**
 * Types of leaderboard-file.validator.generated.js, which `npm run levels:validator` writes from
 * leaderboard-file.schema.json (scripts/build-record-validators.mjs). This declaration is written by
 * hand and kept in git, so that the code importing the generated module type-checks before it exists.
 */
import type { RecordValidator } from './record-validator';

/** A file that says it is a leaderboard export: its version and its records are still to be read. */
export interface LeaderboardFileEnvelope {
  readonly kind: 'qantar-leaderboard';
  readonly version: number;
  readonly records: unknown;
}

/** leaderboard-file.schema.json: the file as a whole (each record is checked on its own). */
export declare const validate: RecordValidator<LeaderboardFileEnvelope>;
export default validate;
