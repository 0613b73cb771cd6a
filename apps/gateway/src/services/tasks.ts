import { canEditWard, requireViewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';
import { writeAudit } from './audit.ts';
import { ForbiddenError, NotFoundError, ValidationError } from './errors.ts';

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'blocked';

/** Changes a task's status, keeping the change in its history and the audit log, atomically. */
export async function updateTaskStatus(
  ctx: Context,
  taskId: string,
  status: TaskStatus,
  note: string | null,
) {
  const viewer = requireViewer(ctx.viewer);
  const task = await ctx.prisma.task.findUnique({ where: { id: taskId } });
  if (!task) throw new NotFoundError('Task', taskId);
  if (!canEditWard(viewer, task.wardSlug))
    throw new ForbiddenError(`You cannot change tasks of ${task.wardSlug}.`);
  if (task.status === status)
    throw new ValidationError(`The task is already ${status}.`, [
      { path: ['status'], message: 'Unchanged.' },
    ]);
  if (note && note.length > 2000)
    throw new ValidationError('The note is too long.', [
      { path: ['note'], message: 'At most 2 000 characters.' },
    ]);
  const updated = await ctx.prisma.$transaction(async (tx) => {
    const next = await tx.task.update({ where: { id: taskId }, data: { status } });
    await tx.taskStatusChange.create({
      data: { taskId, fromStatus: task.status, toStatus: status, note, changedById: viewer.id },
    });
    await writeAudit(tx, ctx, {
      action: 'updateTaskStatus',
      entityType: 'Task',
      entityId: taskId,
      ward: task.wardSlug,
      before: { status: task.status },
      after: { status, note },
    });
    return next;
  });
  ctx.store.replaceTask(updated);
  return updated;
}
