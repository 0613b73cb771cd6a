import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Hải An's plan (a seed document), uploaded in the review story as if it were a new ward's.
 * The seeds live beside the checkout (`../shared/seeds`); LOTRINH_SEEDS_DIR overrides that.
 */
const SEEDS_DIR =
  process.env.LOTRINH_SEEDS_DIR ??
  fileURLToPath(new URL('../../../../../shared/seeds', import.meta.url));

export const SEED_PLAN = join(SEEDS_DIR, '000_09cdf2dd6a89ba5e.txt');
