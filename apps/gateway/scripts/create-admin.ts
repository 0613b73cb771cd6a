// `npm run admin:create -- --email <email> [--name "<name>"] [--reset]`: the first city
// administrator (or a way back in), straight into the configured database.
import { createInterface } from 'node:readline';
import { openDatabase } from '@lotrinh/schema';
import {
  type CreateAdminArgs,
  parseCreateAdminArgs,
  passwordProblem,
  USAGE,
} from '../src/cli/create-admin-args.ts';
import { readEnv } from '../src/env.ts';
import { createCityAdmin } from '../src/services/users.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line without echoing it (the terminal shows nothing while the password is typed). */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    let muted = false;
    output._writeToOutput = (s) => {
      if (!muted || s.includes('\n')) process.stdout.write(muted ? '\n' : s);
    };
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.LOTRINH_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY)
    fail('No terminal to ask for the password: set LOTRINH_ADMIN_PASSWORD for this command.');
  for (;;) {
    const password = await askHidden('Password (at least 10 characters): ');
    const problem = passwordProblem(password);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await askHidden('The same password again: ')) === password) return password;
    console.error('The two passwords differ; try again.');
  }
}

let args: CreateAdminArgs;
try {
  args = parseCreateAdminArgs(process.argv.slice(2));
} catch (error) {
  fail((error as Error).message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const password = await readPassword();
const problem = passwordProblem(password);
if (problem) fail(problem);

const env = (() => {
  try {
    return readEnv();
  } catch (error) {
    fail((error as Error).message);
  }
})();
const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.LOTRINH_DATA_DIR }).catch(
  (error: Error) =>
    fail(
      `Could not open the database — ${error.message}\n(The embedded database belongs to one process at a time: stop Lộ Trình first, then run this again.)`,
    ),
);
try {
  const { user, created } = await createCityAdmin(
    db.prisma,
    { email: args.email, password, reset: args.reset, ...(args.name ? { name: args.name } : {}) },
    'admin:create',
  );
  const host = env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
  console.log(
    `${created ? 'Created' : 'Reset'} the city administrator ${user.email} in the ${db.kind} database at ${db.location}.`,
  );
  console.log(
    `Next: start Lộ Trình with "npm start", open http://${host}:${env.PORT}/sign-in and sign in with this email and password; then add ward editors on /admin/users.`,
  );
} catch (error) {
  await db.close();
  fail((error as Error).message);
}
await db.close();
