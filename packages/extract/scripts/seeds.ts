import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed documents live beside the checkout; LOTRINH_SEEDS_DIR overrides that. */
const here = dirname(fileURLToPath(import.meta.url));
export const SEEDS_DIR = process.env.LOTRINH_SEEDS_DIR ?? resolve(here, '../../../../shared/seeds');
