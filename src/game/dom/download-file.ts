import { h } from './element';

/** Hands a file made in the page to the browser as a download. */
export function downloadFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; a later revoke never cuts a download short.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 2026-01-05, in local time, for file names that sort by date. */
export function dateStamp(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
