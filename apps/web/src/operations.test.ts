// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_QUERY } from './api/documents.ts';
import {
  CORRECT_RESULT,
  ENTRY_QUERY,
  ENTRY_RESULTS_QUERY,
  RECORD_RESULT,
  RESULT_HISTORY_QUERY,
  VALIDATE_RESULT,
} from './pages/entry/queries.ts';
import { IMPORT_JOB_QUERY, IMPORT_RESULTS, IMPORT_WARD_QUERY } from './pages/import/queries.ts';
import { INDICATOR_QUERY } from './pages/indicator/queries.ts';
import { CELL_QUERY, DTI_QUERY, OVERVIEW_QUERY, PLANS_QUERY } from './pages/overview/queries.ts';
import { REPORT_QUERY } from './pages/report/queries.ts';
import {
  CITY_PILLARS_QUERY,
  SCORECARD_QUERY,
  TASKS_QUERY,
  TRAJECTORY_QUERY,
  WARD_QUERY,
} from './pages/ward/queries.ts';

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
    ['Documents', DOCUMENTS_QUERY],
    ['Overview', OVERVIEW_QUERY],
    ['OverviewDti', DTI_QUERY],
    ['OverviewCell', CELL_QUERY],
    ['OverviewPlans', PLANS_QUERY],
    ['WardHeader', WARD_QUERY],
    ['WardScorecard', SCORECARD_QUERY],
    ['WardTrajectory', TRAJECTORY_QUERY],
    ['WardTasks', TASKS_QUERY],
    ['CityPillars', CITY_PILLARS_QUERY],
    ['IndicatorPage', INDICATOR_QUERY],
    ['WardReport', REPORT_QUERY],
    ['EntryForm', ENTRY_QUERY],
    ['EntryResults', ENTRY_RESULTS_QUERY],
    ['ResultHistory', RESULT_HISTORY_QUERY],
    ['ValidateResult', VALIDATE_RESULT],
    ['RecordResult', RECORD_RESULT],
    ['CorrectResult', CORRECT_RESULT],
    ['ImportWard', IMPORT_WARD_QUERY],
    ['ImportResults', IMPORT_RESULTS],
    ['ImportJobProgress', IMPORT_JOB_QUERY],
  ])('%s is valid against the gateway schema', (_name, document) => {
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });
});
