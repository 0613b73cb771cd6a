#!/bin/sh
# Stand-in for Prisma's schema engine, which cannot be downloaded on our machines (only the npm
# registry and Debian's packages are reachable). `prisma generate`, `validate` and `format` do
# not run it; `prisma migrate` and `db push` do, and land here.
# Migrations are committed SQL applied by our runner: `npm run db:migrate` (see README).
echo "The Prisma schema engine is not installed here. Use 'npm run db:migrate' (packages/schema/src/migrate.ts) instead of prisma migrate / db push." >&2
exit 1
