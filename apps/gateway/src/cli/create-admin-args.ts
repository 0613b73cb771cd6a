import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';

export const USAGE = `Usage: npm run admin:create -- --email <email> [--name "<full name>"] [--reset]

Creates a city administrator of Lộ Trình in the configured database (DATABASE_URL, or the
embedded one in LOTRINH_DATA_DIR, default data/pglite). The password is asked for twice, or read
from LOTRINH_ADMIN_PASSWORD when there is no terminal (at least ${MIN_PASSWORD_LENGTH} characters).
--reset  the email exists already: make it an active city administrator with the new password
         and end all its sessions (the way back in when every administrator is locked out).`;

export interface CreateAdminArgs {
  email: string;
  name?: string;
  reset: boolean;
  help: boolean;
}

const Email = z.email().max(254);

/** The command line → what to do, or an Error whose message says what is wrong and how to call it. */
export function parseCreateAdminArgs(argv: string[]): CreateAdminArgs {
  let values: { email?: string; name?: string; reset?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${USAGE}`);
  }
  if (values.help) return { email: '', reset: false, help: true };
  const email = values.email?.trim().toLowerCase();
  if (!email) throw new Error(`--email is required.\n\n${USAGE}`);
  if (!Email.safeParse(email).success)
    throw new Error(`"${values.email}" is not an email address.`);
  const name = values.name?.trim();
  if (name !== undefined && (name.length === 0 || name.length > 200))
    throw new Error('--name must be 1 to 200 characters.');
  return { email, ...(name ? { name } : {}), reset: values.reset ?? false, help: false };
}

/** The same rule as the API's (validation/inputs.ts): 10 to 200 characters. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 200) return 'The password must be at most 200 characters.';
  return null;
}
