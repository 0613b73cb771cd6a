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

export function itemsFromProposals(
  proposals: readonly Proposal[],
  lines: readonly string[],
): ReviewItem[] {
  return proposals.map((p, i) => ({
    key: `p${i}`,
    proposal: p,
    draft: proposalToDraft(p, lines),
    decision: 'pending',
    edited: false,
    saved: false,
  }));
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
