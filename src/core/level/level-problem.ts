/** Larger files are refused before parsing: no real level comes near, and parsing them would stall the game. */
export const MAX_LEVEL_FILE_CHARS = 1_000_000;

/**
 * What is wrong with a level file. `code` names a message of the `ui` namespace
 * (`levelProblem.<code>`), so the core reports problems without holding any text.
 */
export type LevelProblemCode =
  | 'tooLarge'
  | 'notUtf8'
  | 'emptyFile'
  | 'tooDeep'
  | 'jsonUnexpected'
  | 'jsonUnfinished'
  | 'jsonTrailingComma'
  | 'jsonNotANumber'
  | 'jsonComment'
  | 'duplicateKey'
  | 'notAnObject'
  | 'unsupportedVersion'
  | 'versionNotNumber'
  | 'required'
  | 'unknownProperty'
  | 'type'
  | 'allowedValues'
  | 'pattern'
  | 'invalidKey'
  | 'range'
  | 'tooFew'
  | 'tooMany'
  | 'notUnique'
  | 'duplicateId'
  | 'duplicateLevelId'
  | 'unknownArticle'
  | 'paragraphOutOfRange'
  | 'unknownTarget'
  | 'targetUsedTwice'
  | 'unknownConfusionItem'
  | 'confusionWithItself'
  | 'emptyBox'
  | 'invalidDate'
  | 'outsideMap'
  | 'missingText'
  | 'levelTextMissing'
  | 'levelTextShape'
  | 'textTooLong'
  | 'ownTextTooLong'
  | 'starsNotIncreasing'
  | 'toleranceLargerThanMap'
  | 'toleranceNotBelowMax'
  | 'timelineOneDate'
  | 'moreProblems'
  | 'schema';

export interface LevelProblem {
  /** File name the level came from, e.g. "places-of-the-crisis.json". */
  readonly file: string;
  /** JSON Pointer to the faulty value ("" for the whole document), e.g. "/challenges/0/items/2/lonLat/1". */
  readonly path: string;
  readonly code: LevelProblemCode;
  readonly params: Readonly<Record<string, string | number>>;
}
