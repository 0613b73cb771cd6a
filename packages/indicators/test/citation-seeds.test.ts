import { describe, expect, it } from 'vitest';
import { citationProblem, documentLines, TARGETS } from '../src/index.ts';
import { seedText } from './seed-files.ts';

// The product's provenance rule (citation.ts), the one the gateway applies to uploaded
// documents, holds for every built-in target against its seed file's text.
describe('the built-in targets under the provenance rule for uploaded documents', () => {
  it.each(TARGETS.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const lines = documentLines(seedText(t.provenance.file));
    expect(citationProblem(lines, t.provenance)).toBeNull();
  });
});
