import { TASK_INDICATOR_REVIEW } from './data/task-indicators.ts';
import type { WardSlug } from './types.ts';

/**
 * A person's decision about one task: the indicators it moves, or none (an empty list), with
 * the reason read from the plan. Every seed task has exactly one such decision.
 */
export interface TaskIndicatorReview {
  ward: WardSlug;
  /** The task's row label as printed (Task.code). */
  task: string;
  indicators: readonly string[];
  /** Why: the words of the task that decide the link, or why it moves no measured figure. */
  reason: string;
}

const key = (ward: string, task: string) => `${ward}\u0000${task}`;
const BY_TASK = new Map(TASK_INDICATOR_REVIEW.map((r) => [key(r.ward, r.task), r]));

/** The reviewed decision for a task, or undefined for a task nobody has reviewed yet. */
export function taskIndicatorReview(ward: string, task: string): TaskIndicatorReview | undefined {
  return BY_TASK.get(key(ward, task));
}

/** The indicator codes a task moves (none when unreviewed or reviewed as "no indicator"). */
export function indicatorsOfTask(ward: string, task: string): readonly string[] {
  return BY_TASK.get(key(ward, task))?.indicators ?? [];
}

/** The codes of a ward's tasks that move an indicator, in review order. */
export function tasksMovingIndicator(ward: string, indicator: string): string[] {
  return TASK_INDICATOR_REVIEW.filter(
    (r) => r.ward === ward && r.indicators.includes(indicator),
  ).map((r) => r.task);
}
