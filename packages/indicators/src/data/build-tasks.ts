import { normaliseDue } from '../due.ts';
import type { SeedFile, Task, WardSlug } from '../types.ts';

export interface TaskSpec {
  ward: WardSlug;
  code: string;
  group: string;
  description: string;
  leadUnit: string;
  partnerUnits?: string;
  output?: string;
  timingAsPrinted?: string;
  /** The NQ 71/NQ-CP task a Hải An row corresponds to, as printed. */
  reference?: string;
  source: { file: SeedFile; section: string; line: number; text: string };
}

export function buildTask(spec: TaskSpec): Task {
  const { source, ...rest } = spec;
  return {
    ...rest,
    due: normaliseDue(spec.timingAsPrinted),
    provenance: {
      file: source.file,
      section: source.section,
      row: spec.code,
      line: source.line,
      text: source.text,
    },
  };
}
