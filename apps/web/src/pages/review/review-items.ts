import { checkTarget, type TargetDraft, type TargetInputValue } from '../admin/target-form.ts';
import { type Decision, isResult, type Proposal, proposalToDraft } from './proposals.ts';

/** A proposal under review (or a target the reviewer added), with what was decided. */
export interface ReviewItem {
  key: string;
  proposal: Proposal | null;
  draft: TargetDraft;
  decision: Decision;
  edited: boolean;
  saved: boolean;
}

/** How a proposal and a stored target are matched: same indicator, year and cited line. */
export const targetKey = (indicator: string | null, year: number | null, line: number | null) =>
  `${indicator ?? ''}|${year ?? ''}|${line ?? ''}`;

/**
 * The proposals to review. Those already stored as targets of the document (a second visit, or
 * entered by hand) come marked as saved, so they are not sent twice.
 */
export function itemsFromProposals(
  proposals: readonly Proposal[],
  lines: readonly string[],
  stored: ReadonlySet<string> = new Set(),
): ReviewItem[] {
  return proposals.map((p, i) => {
    const saved = stored.has(targetKey(p.indicatorCode, p.year, p.sourceLine));
    return {
      key: `p${i}`,
      proposal: p,
      draft: proposalToDraft(p, lines),
      decision: saved ? 'accepted' : 'pending',
      edited: false,
      saved,
    };
  });
}

/** A reported result is not a target: it cannot be accepted here. */
export const acceptable = (item: ReviewItem): boolean => !item.proposal || !isResult(item.proposal);

export type SavePlan =
  | { ok: true; keys: string[]; inputs: TargetInputValue[] }
  | { ok: false; invalid: string[] };

/**
 * What "save" sends: every accepted, not yet saved item, checked with the form's rules. One
 * invalid item stops the whole save (addTargets is all or nothing anyway) and is named.
 */
export function planSave(
  items: readonly ReviewItem[],
  context: { ward: string; document: string; lines: readonly string[] },
): SavePlan {
  const chosen = items.filter((i) => i.decision === 'accepted' && !i.saved && acceptable(i));
  const keys: string[] = [];
  const inputs: TargetInputValue[] = [];
  const invalid: string[] = [];
  for (const item of chosen) {
    const check = checkTarget(item.draft, context);
    if (check.ok) {
      keys.push(item.key);
      inputs.push(check.input);
    } else invalid.push(item.key);
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, keys, inputs };
}
