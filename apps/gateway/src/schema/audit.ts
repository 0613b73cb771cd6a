/** The audit log: who changed what, when, old → new (city administrators only). */
import type { AuditEvent } from '@lotrinh/schema';
import { builder } from '../builder.ts';
import * as In from '../validation/inputs.ts';
import { parseArgs } from '../validation/issues.ts';

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent');
AuditEventRef.implement({
  description: 'Who changed what, when, from what to what. / Nhật ký thay đổi.',
  fields: (t) => ({
    id: t.id({ resolve: (e) => e.id.toString() }),
    actor: t.exposeString('actorLabel'),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    ward: t.exposeString('wardSlug', {
      nullable: true,
      description: 'The ward the change concerns; null for city-wide changes such as users.',
    }),
    before: t.field({ type: 'JSON', nullable: true, resolve: (e) => e.before }),
    after: t.field({ type: 'JSON', nullable: true, resolve: (e) => e.after }),
    at: t.field({ type: 'DateTime', resolve: (e) => e.at }),
  }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    entityType: t.string({ required: false }),
    entityId: t.string({ required: false }),
    actorId: t.string({ required: false }),
    ward: t.string({ required: false, description: 'Changes concerning this ward (slug).' }),
    since: t.field({ type: 'DateTime', required: false, description: 'RFC 3339 timestamp.' }),
    until: t.field({
      type: 'DateTime',
      required: false,
      description: 'Only events before this time (RFC 3339, exclusive).',
    }),
    beforeId: t.id({
      required: false,
      description: 'Next page: only events older than this event id (the last one of a page).',
    }),
    limit: t.int({ required: false, description: 'At most 500 (default 100).' }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.field({
    type: [AuditEventRef],
    description: 'The audit log, newest first. City administrators only.',
    authScopes: { cityAdmin: true },
    args: { filter: t.arg({ type: AuditFilter, required: false }) },
    resolve: (_r, args, ctx) => {
      const filter = parseArgs(ctx, In.AuditFilter, args.filter ?? {}, ['filter']);
      return ctx.prisma.auditEvent.findMany({
        where: {
          ...(filter.entityType ? { entityType: filter.entityType } : {}),
          ...(filter.entityId ? { entityId: filter.entityId } : {}),
          ...(filter.actorId ? { actorId: filter.actorId } : {}),
          ...(filter.ward ? { wardSlug: filter.ward } : {}),
          ...(filter.since || filter.until
            ? {
                at: {
                  ...(filter.since ? { gte: filter.since } : {}),
                  ...(filter.until ? { lt: filter.until } : {}),
                },
              }
            : {}),
          ...(filter.beforeId ? { id: { lt: filter.beforeId } } : {}),
        },
        orderBy: { id: 'desc' },
        take: filter.limit ?? 100,
      });
    },
  }),
}));
