// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Proposal } from './proposals.ts';
import { itemsFromProposals, planSave, targetKey } from './review-items.ts';

const lines = ['PHỤ LỤC 2', '20. Chỉ số chuyển đổi số phường ≥ 0,77 ≥ 0,8'];
const proposal = (over: Partial<Proposal>): Proposal => ({
  indicatorCode: 'DTI_WARD_INDEX',
  year: 2025,
  kind: 'target',
  comparator: '≥',
  value: 0.77,
  valueHigh: null,
  unit: 'index',
  section: 'PHỤ LỤC 2',
  row: '20.',
  sourceLine: 2,
  sourceLineEnd: null,
  sourceText: '≥ 0,77',
  confidence: 0.9,
  ...over,
});
const context = { ward: 'w', document: 'd', lines };

describe('planSave', () => {
  const items = itemsFromProposals(
    [
      proposal({}),
      proposal({ year: 2030, value: 0.8, sourceText: '≥ 0,8' }),
      proposal({ kind: 'actual', year: 2024 }),
      proposal({ year: 2035, value: 0.85, sourceText: '≥ 0,85' }),
    ],
    lines,
  );

  it('sends only accepted, unsaved targets, never a reported result', () => {
    const decided = items.map((i, n) => ({
      ...i,
      decision: n === 3 ? ('rejected' as const) : ('accepted' as const),
      saved: n === 1,
    }));
    const plan = planSave(decided, context);
    expect(plan.ok && plan.keys).toEqual(['p0']);
    expect(plan.ok && plan.inputs.map((x) => [x.year, x.value])).toEqual([[2025, 0.77]]);
  });

  it('names an accepted proposal whose text is not in its line, and sends nothing', () => {
    const decided = items.map((i) => ({ ...i, decision: 'accepted' as const }));
    // 2035's "≥ 0,85" is not printed on line 2 here.
    expect(planSave(decided, context)).toEqual({ ok: false, invalid: ['p3'] });
  });
});

describe('itemsFromProposals', () => {
  it('marks as saved the proposals already stored as the document’s targets, and never resends them', () => {
    const items = itemsFromProposals(
      [proposal({}), proposal({ year: 2030, value: 0.8, sourceText: '≥ 0,8' })],
      lines,
      new Set([targetKey('DTI_WARD_INDEX', 2025, 2)]),
    );
    expect(items.map((i) => [i.saved, i.decision])).toEqual([
      [true, 'accepted'],
      [false, 'pending'],
    ]);
    const all = items.map((i) => ({ ...i, decision: 'accepted' as const }));
    const plan = planSave(all, context);
    expect(plan.ok && plan.keys).toEqual(['p1']);
  });
});
