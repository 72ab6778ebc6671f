/** Asks the browser for one JSON file and reads it as text; resolves null when the player cancels. */
export function pickLevelFile(): Promise<{ file: string; text: string } | null> {
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
      chosen.text().then(
        (text) => resolve({ file: chosen.name, text }),
        (error: unknown) => {
          console.warn(`Qantar: the file ${chosen.name} could not be read`, error);
          resolve({ file: chosen.name, text: '' });
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
