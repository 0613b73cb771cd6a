import type { PrismaClient } from './generated/prisma/client.ts';

/**
 * The database's data versions: per table answers are computed from, a counter that a trigger
 * bumps in every write transaction on it (migration 20261125050000_data_version). One read of
 * a dozen rows, so a gateway can poll it to notice writes made by others and see which tables
 * they touched.
 */
export async function readDataVersions(prisma: PrismaClient): Promise<Map<string, bigint>> {
  const rows = await prisma.$queryRawUnsafe<{ table: string; version: bigint | number | string }[]>(
    'SELECT "table", "version" FROM "DataVersion"',
  );
  return new Map(rows.map((r) => [r.table, BigInt(r.version)]));
}

/** The sum of all tables' versions: grows with every committed write to any of them. */
export async function readDataVersion(prisma: PrismaClient): Promise<bigint> {
  let sum = 0n;
  for (const v of (await readDataVersions(prisma)).values()) sum += v;
  return sum;
}
