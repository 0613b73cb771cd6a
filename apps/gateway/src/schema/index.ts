import { builder } from '../builder.ts';
import './ward.ts';

export const schema = builder.toSchema({ sortSchema: true });
