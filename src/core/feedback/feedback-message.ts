/**
 * A teaching message, as data: the core finds what the player probably confused and says it with
 * an i18n key and its parameters, never with text, so the scenes, the classroom page, the print and
 * the CSV all word it the same way in the player's language.
 */
export interface FeedbackMessage {
  /** The i18n key of the sentence, e.g. "feedback:place.onOtherPlace". */
  readonly key: string;
  /** Numbers interpolated as they are (rounded distances, counts). */
  readonly params: Readonly<Record<string, number>>;
  /**
   * Parameters that are themselves texts: param name → i18n key with its namespace
   * ("content:places.astana.name", "feedback:direction.n"). Translate each, then interpolate it
   * under the same name.
   */
  readonly texts: Readonly<Record<string, string>>;
  /** Parameters that are countries: param name → ISO 3166-1 alpha-3, to be named in the player's language. */
  readonly countries: Readonly<Record<string, string>>;
}

/** A content key (as levels hold them) as a full i18n key. */
export function contentKey(key: string): string {
  return `content:${key}`;
}
