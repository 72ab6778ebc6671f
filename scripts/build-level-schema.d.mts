/** One kind's part of the level format (src/core/challenges/<kind>/<kind>.schema.json). */
export interface SchemaPiece {
  readonly kind: string;
  readonly position: number;
  readonly does: string;
  readonly $defs: Readonly<Record<string, unknown>>;
}

export const SCHEMA_FILE: string;
export function readPieces(kindsDir?: string): SchemaPiece[];
export function composeLevelSchema(base: object, pieces: readonly SchemaPiece[]): Record<string, unknown>;
export function levelSchemaText(): string;
export function writeLevelSchema(options?: { check?: boolean }): string;
