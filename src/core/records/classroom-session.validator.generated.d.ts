/**
 * Types of classroom-session.validator.generated.js, which `npm run levels:validator` writes from
 * classroom-session.schema.json (scripts/build-record-validators.mjs). This declaration is written by hand and
 * kept in git, so that the code importing the generated module type-checks before it exists.
 */
import type { ClassroomSession } from '../classroom/classroom-session';
import type { RecordValidator } from './record-validator';

/** classroom-session.schema.json: a session's shape (the rules between its fields are the decoder's). */
export declare const validate: RecordValidator<ClassroomSession>;
export default validate;
