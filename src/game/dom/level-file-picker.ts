/**
 * Asks the browser for one JSON file and reads its bytes, so that the level library can tell a file
 * saved in another encoding than UTF-8 instead of reading its accents as U+FFFD. Resolves null when
 * the player cancels; an unreadable file comes back empty, and is then refused as an empty file.
 */
export function pickLevelFile(): Promise<{ file: string; bytes: Uint8Array } | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.setAttribute('data-testid', 'level-file-input');
    input.addEventListener('change', () => {
      const chosen = input.files?.[0];
      input.remove();
      if (!chosen) {
        resolve(null);
        return;
      }
      chosen.arrayBuffer().then(
        (buffer) => resolve({ file: chosen.name, bytes: new Uint8Array(buffer) }),
        (error: unknown) => {
          console.warn(`Qantar: the file ${chosen.name} could not be read`, error);
          resolve({ file: chosen.name, bytes: new Uint8Array() });
        },
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
