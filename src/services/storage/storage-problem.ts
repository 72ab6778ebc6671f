import type { StorageProblem } from '../../core/leaderboard/storage-result';

/** What a browser's storage error means for the player (the console keeps the details). */
export function storageProblemOf(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return 'full';
    case 'SecurityError':
    case 'InvalidStateError':
    case 'NotAllowedError':
      return 'unavailable';
    default:
      return 'failed';
  }
}
