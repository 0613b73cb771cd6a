export * from './config.ts';
export * from './data-change-watch.ts';
export * from './data-version.ts';
export * from './database.ts';
export * from './errors.ts';
export type {
  AuditEvent,
  ImportJob,
  Observation,
  Prisma,
  Task,
  User,
} from './generated/prisma/client.ts';
export * from './imports.ts';
export * from './migrate.ts';
export * from './observations.ts';
export * from './seed.ts';
export type { SqlSession } from './sql-session.ts';
