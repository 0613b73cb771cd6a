import type { Prisma } from '@lotrinh/schema';
import { actorLabel, type Viewer } from '../auth/viewer.ts';

/** What changed: the entity, the ward it belongs to (null for city-wide changes), old → new. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  ward: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who made the change: the signed-in viewer, or a named system actor (first start, seed). */
export type Actor = { viewer: Pick<Viewer, 'id' | 'email' | 'role'> | null } | { system: string };

const json = (value: unknown) =>
  value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/**
 * The one way the gateway writes an audit event. Call it inside the transaction that makes the
 * change, so the change and its record are committed together or not at all.
 */
export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: Actor,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(actor, entry) });
}

/** Several audit events in one statement (a batch of targets: one event per target). */
export async function writeAudits(
  tx: Prisma.TransactionClient,
  actor: Actor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length)
    await tx.auditEvent.createMany({ data: entries.map((e) => auditRow(actor, e)) });
}

function auditRow(actor: Actor, entry: AuditEntry): Prisma.AuditEventCreateManyInput {
  const viewer = 'viewer' in actor ? actor.viewer : null;
  return {
    actorId: viewer?.id ?? null,
    actorLabel: viewer ? actorLabel(viewer) : 'system' in actor ? actor.system : 'anonymous',
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    wardSlug: entry.ward,
    before: json(entry.before),
    after: json(entry.after),
  };
}
