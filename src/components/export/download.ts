/**
 * Saving a generated file (CSV, PNG) from the browser through a temporary `<a download>`: no server
 * round trip, works offline on a kiosk and in every evergreen browser.
 */

/**
 * How long an object URL stays valid after the click. Revoking at once can cancel the download in
 * some browsers (FileSaver.js waits 40 s for the same reason); the blob is small, the wait is harmless.
 */
const REVOKE_AFTER_MS = 40_000;

/** Saves `blob` as `fileName`, then revokes the object URL once the download has started. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    downloadDataUrl(url, fileName);
  } finally {
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, REVOKE_AFTER_MS);
  }
}

/** Saves a `data:` (or object) URL, e.g. a chart PNG from `renderOptionToPng`, as `fileName`. */
export function downloadDataUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

/** Saves CSV text (from `toCsv`, BOM included) as a UTF-8 `text/csv` file. */
export function downloadCsv(csv: string, fileName: string): void {
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
}
