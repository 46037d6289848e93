/**
 * Saves text as a file through the browser's download: a Blob URL clicked from a temporary link, then released.
 *
 * @example
 * ```ts
 * downloadText('k,x\n0,1\n', 'iterates.csv', 'text/csv'); // the browser saves iterates.csv
 * ```
 */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is enough.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
