import { announce } from '@primer/live-region-element';

export type Politeness = 'polite' | 'assertive';

export interface AnnounceOptions {
  /** 'assertive' interrupts what the screen reader is saying: only for what cannot wait (time is up). */
  readonly politeness?: Politeness;
}

/** Says a sentence to a screen reader without moving the focus. */
export type Announce = (text: string, options?: AnnounceOptions) => void;

/**
 * Announcements through the page's one live region (`<live-region>` in index.html, with its
 * shadow style written there so the page's Content-Security-Policy hashes it). Each sentence is
 * queued and spoken once; an empty one is dropped rather than read as a blank.
 */
export function createAnnouncer(): Announce {
  return (text, options = {}) => {
    const sentence = text.trim();
    if (sentence === '') return;
    announce(sentence, { politeness: options.politeness ?? 'polite' });
  };
}
