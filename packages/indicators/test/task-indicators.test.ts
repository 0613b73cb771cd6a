import { describe, expect, it } from 'vitest';
import { TASK_INDICATOR_REVIEW } from '../src/data/task-indicators.ts';
import {
  INDICATORS,
  indicatorsOfTask,
  TASKS,
  targetsOf,
  taskIndicatorReview,
  tasksMovingIndicator,
} from '../src/index.ts';

const codes = new Set(INDICATORS.map((i) => i.code));

describe('tasks linked to the indicators they move (reviewed data)', () => {
  it('has one decision for every seed task and none for a task that does not exist', () => {
    const tasks = TASKS.map((t) => `${t.ward} ${t.code}`).sort();
    const reviewed = TASK_INDICATOR_REVIEW.map((r) => `${r.ward} ${r.task}`).sort();
    expect(reviewed).toEqual(tasks);
    expect(new Set(reviewed).size).toBe(reviewed.length);
  });

  it('links only to indicators of the catalog, each at most once per task', () => {
    for (const r of TASK_INDICATOR_REVIEW) {
      for (const code of r.indicators) expect(codes, `${r.ward} ${r.task}`).toContain(code);
      expect(new Set(r.indicators).size, `${r.ward} ${r.task}`).toBe(r.indicators.length);
    }
  });

  it('gives every decision a reason, including "no indicator"', () => {
    for (const r of TASK_INDICATOR_REVIEW)
      expect(r.reason.trim().length, `${r.ward} ${r.task}`).toBeGreaterThan(15);
    // Both kinds of decision occur: the review did not link everything to something.
    expect(TASK_INDICATOR_REVIEW.some((r) => r.indicators.length === 0)).toBe(true);
    expect(TASK_INDICATOR_REVIEW.some((r) => r.indicators.length > 0)).toBe(true);
  });

  it('links each Hồng Bàng task (worded as a target) to an indicator Hồng Bàng set a target for', () => {
    const targeted = new Set(targetsOf('hong-bang').map((t) => t.indicator));
    for (const task of TASKS.filter((t) => t.ward === 'hong-bang')) {
      const linked = indicatorsOfTask('hong-bang', task.code);
      expect(linked.length, task.code).toBeGreaterThan(0);
      expect(
        linked.some((c) => targeted.has(c)),
        task.code,
      ).toBe(true);
    }
  });

  it('answers both ways: a task’s indicators and an indicator’s tasks', () => {
    expect(indicatorsOfTask('hong-bang', '5')).toEqual(['DG_DOSSIER_DIGITISATION']);
    expect(tasksMovingIndicator('hong-an', 'DG_CYBERSECURITY')).toEqual([
      'VII.2-2',
      'VII.5-1',
      'VII.5-5',
    ]);
    expect(indicatorsOfTask('hong-bang', 'no-such-task')).toEqual([]);
    expect(taskIndicatorReview('hai-an', 'PLK-1')?.indicators).toEqual([]);
  });
});
