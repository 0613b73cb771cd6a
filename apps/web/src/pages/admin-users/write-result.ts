/** What a user-management write came back with, for the page to show. */
export type WriteOutcome<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fields: Record<string, string> };

type Result<T> =
  | {
      __typename: string;
      data?: T;
      message?: string;
      problems?: readonly { path: readonly string[]; message: string }[];
    }
  | null
  | undefined;

/**
 * A mutation's union result → the data, or the message with one message per input field
 * (`["input", "email"]` → `email`), so each can be shown beside its field.
 */
export function outcomeOf<T>(result: Result<T>, fallback: string): WriteOutcome<T> {
  if (result && 'data' in result && result.data !== undefined)
    return { ok: true, data: result.data };
  const fields: Record<string, string> = {};
  for (const p of result?.problems ?? []) {
    const key = p.path.filter((s) => s !== 'input').join('.') || 'form';
    fields[key] ??= p.message;
  }
  return { ok: false, message: result?.message ?? fallback, fields };
}
