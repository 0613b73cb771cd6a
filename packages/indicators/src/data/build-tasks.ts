import { duePeriod } from '../due.ts';
import type { SeedFile, Task } from '../types.ts';

/** A task as transcribed: the Task without what `buildTask` derives (due date, provenance). */
export type TaskSpec = Omit<Task, 'due' | 'provenance'> & {
  source: { file: SeedFile; section: string; line: number; text: string };
};

export function buildTask(spec: TaskSpec): Task {
  const { source, ...rest } = spec;
  return {
    ...rest,
    due: duePeriod(spec.timingAsPrinted),
    provenance: {
      file: source.file,
      section: source.section,
      row: spec.code,
      line: source.line,
      text: source.text,
    },
  };
}
