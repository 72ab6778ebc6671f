import type { StorageProblem } from '../../core/leaderboard/storage-result';

/** What a browser's storage error means for the player (the console keeps the details). */
export function storageProblemOf(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'QuotaExceededError':
      return 'full';
    // The database on the device is newer than this page knows: another tab upgraded it.
    case 'VersionError':
      return 'outdated';
    case 'SecurityError':
    case 'InvalidStateError':
    case 'NotAllowedError':
      return 'unavailable';
    default:
      return 'failed';
  }
}
