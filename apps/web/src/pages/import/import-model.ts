/** The largest file the gateway accepts (MAX_FILE_BYTES there): refused here before sending. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ImportFormat = 'CSV' | 'XLSX';

/** The format a file's name says, or null for anything else. */
export function formatOfFile(name: string): ImportFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'CSV';
  if (lower.endsWith('.xlsx')) return 'XLSX';
  return null;
}

/** The states in which a job is still running: keep polling. */
export const RUNNING = ['pending', 'validating', 'applying'] as const;
export const isRunning = (status: string) => (RUNNING as readonly string[]).includes(status);

/** 0–100 for the progress bar; a job that has not counted its rows yet is at 0. */
export function percentDone(processed: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((processed / total) * 100));
}

/**
 * A file's content as base64, read by the browser off the main thread (FileReader streams it);
 * the gateway parses it, so a large file never freezes the dashboard.
 */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
