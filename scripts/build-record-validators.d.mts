/** Types of build-record-validators.mjs, for the tests that read the record schemas as the build does. */
export declare function withLevelEnums(schema: unknown, levelSchema: unknown): unknown;
export declare function recordValidatorSource(
  name: string,
  schemaText: string,
  levelSchemaText: string,
  options?: Record<string, unknown>,
): string;
export declare const RECORDS: readonly {
  readonly name: string;
  readonly options?: Record<string, unknown>;
}[];
