import { builder } from '../builder.ts';
import { guardArguments } from '../validation/argument-guard.ts';
import { applyDescriptions } from './descriptions.ts';
import './catalog.ts';
import './errors.ts';
import './observation.ts';
import './people.ts';
import './results.ts';
import './audit.ts';
import './heatmap.ts';
import './scores.ts';
import './tasks.ts';
import './wards-admin.ts';

export const schema = builder.toSchema({ sortSchema: true });
guardArguments(schema);

/** Coordinates left without a bilingual description (kept empty by a test). */
export const undocumented = applyDescriptions(schema);
