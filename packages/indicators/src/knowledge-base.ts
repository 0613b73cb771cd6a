import { buildTask } from './data/build-tasks.ts';
import { CHU_VAN_AN_ACTUALS, CHU_VAN_AN_TARGETS } from './data/chu-van-an.ts';
import { EQUIVALENCE_REVIEW } from './data/equivalence.ts';
import { HAI_AN_TARGETS } from './data/hai-an.ts';
import { HONG_AN_TARGETS } from './data/hong-an.ts';
import { HONG_BANG_TARGETS } from './data/hong-bang.ts';
import { TASK_SPECS } from './data/tasks.ts';
import { THANH_MIEN_TARGETS } from './data/thanh-mien.ts';
import { withEquivalence } from './equivalence.ts';
import { type Observation, observationFromActual } from './observation.ts';
import type { PlanPeriodOf } from './scorecard.ts';
import type { Actual, SourceDocument, Target, Task, WardSlug } from './types.ts';
import { DOCUMENTS } from './wards.ts';

/**
 * Every target of the five documents, in document order, each with the reviewed equivalence of
 * its wording to its indicator (`data/equivalence.ts`).
 */
export const TARGETS: readonly Target[] = withEquivalence(
  [
    ...HAI_AN_TARGETS,
    ...HONG_AN_TARGETS,
    ...THANH_MIEN_TARGETS,
    ...CHU_VAN_AN_TARGETS,
    ...HONG_BANG_TARGETS,
  ],
  EQUIVALENCE_REVIEW,
);

/** Reported results: only Chu Văn An's 2025 report carries any. */
export const ACTUALS: readonly Actual[] = [...CHU_VAN_AN_ACTUALS];

export const TASKS: readonly Task[] = TASK_SPECS.map(buildTask);

export function targetsOf(ward: WardSlug, indicator?: string): Target[] {
  return TARGETS.filter(
    (t) => t.ward === ward && (indicator === undefined || t.indicator === indicator),
  );
}

export function actualsOf(ward: WardSlug, indicator?: string): Actual[] {
  return ACTUALS.filter(
    (a) => a.ward === ward && (indicator === undefined || a.indicator === indicator),
  );
}

/** Reported results of a ward as scoring observations, by indicator. */
export function observationsOf(ward: WardSlug): Map<string, Observation[]> {
  const byIndicator = new Map<string, Observation[]>();
  for (const actual of actualsOf(ward)) {
    const list = byIndicator.get(actual.indicator) ?? [];
    list.push(observationFromActual(actual));
    byIndicator.set(actual.indicator, list);
  }
  return byIndicator;
}

/**
 * The plan period of a target: the years of the document it is printed in. A plan dated 2026
 * does not judge 2025, and a 2025 report sets nothing for 2026. A file name identifies a document
 * within its ward (two communes may both upload "ke-hoach.txt").
 */
export function planPeriodOf(documents: readonly SourceDocument[] = DOCUMENTS): PlanPeriodOf {
  const key = (ward: string, file: string) => `${ward}\u0000${file}`;
  const byFile = new Map(documents.map((d) => [key(d.ward, d.file), d]));
  return (target) => {
    const doc = byFile.get(key(target.ward, target.provenance.file));
    return doc ? { start: doc.periodStart, end: doc.periodEnd } : undefined;
  };
}
