// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COMPARE_QUERY } from './compare-page.tsx';
import { SCORECARD_QUERY, TASKS_QUERY, TRAJECTORY_QUERY } from './ward-page.tsx';
import { WARDS_QUERY } from './wards-page.tsx';

/**
 * The TypeScript compiler infers types from the SDL but does not reject unknown fields; this
 * test does: every operation the dashboard sends is valid against the gateway's committed SDL.
 */
const sdl = readFileSync(
  fileURLToPath(new URL('../../gateway/schema.graphql', import.meta.url)),
  'utf8',
);
const schema = buildSchema(sdl);

describe('dashboard operations', () => {
  it.each([
    ['Wards', WARDS_QUERY],
    ['WardScorecardPage', SCORECARD_QUERY],
    ['WardTrajectory', TRAJECTORY_QUERY],
    ['WardTasks', TASKS_QUERY],
    ['ComparePage', COMPARE_QUERY],
  ])('%s is valid against the gateway schema', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
