import { builder } from '../builder.ts';
import './catalog.ts';
import './errors.ts';
import './mutations.ts';
import './observation.ts';
import './scores.ts';
import './tasks.ts';

export const schema = builder.toSchema({ sortSchema: true });
