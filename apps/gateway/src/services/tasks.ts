import { canEditWard, requireViewer } from '../auth/viewer.ts';
import { type Context, pick } from '../context.ts';
import { writeAudit } from './audit.ts';
import { ForbiddenError, NotFoundError, ValidationError } from './errors.ts';

export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'blocked';

export interface TaskStatusUpdate {
  status: TaskStatus;
  note: string | null;
  /** Where the proof is (document number, link, note); required to mark a task done. */
  evidence: string | null;
}

/**
 * Changes a task's status, keeping the change (who, when, old → new, note, evidence) in its
 * history and the audit log, atomically. Ward editors change their own wards' tasks only.
 */
export async function updateTaskStatus(ctx: Context, taskId: string, update: TaskStatusUpdate) {
  const viewer = requireViewer(ctx.viewer);
  const { status } = update;
  const note = update.note?.trim() || null;
  const evidence = update.evidence?.trim() || null;
  const task = await ctx.prisma.task.findUnique({ where: { id: taskId } });
  if (!task) throw new NotFoundError('Task', taskId);
  if (!canEditWard(viewer, task.wardSlug))
    throw new ForbiddenError(
      pick(
        ctx,
        `Bạn không có quyền cập nhật nhiệm vụ của ${task.wardSlug}.`,
        `You cannot change tasks of ${task.wardSlug}.`,
      ),
    );
  if (task.status === status)
    throw new ValidationError(
      pick(ctx, 'Nhiệm vụ đã ở trạng thái này.', `The task is already ${status}.`),
      [{ path: ['status'], message: pick(ctx, 'Không thay đổi.', 'Unchanged.') }],
    );
  // "Done" is a claim someone else must be able to check: it names where the proof is.
  if (status === 'done' && !evidence)
    throw new ValidationError(
      pick(
        ctx,
        'Cần minh chứng để đánh dấu hoàn thành (số văn bản, đường dẫn hoặc ghi chú nơi lưu).',
        'Evidence is needed to mark a task done (a document number, a link or where it is kept).',
      ),
      [
        {
          path: ['evidence'],
          message: pick(ctx, 'Bắt buộc khi hoàn thành.', 'Required for done.'),
        },
      ],
    );
  const updated = await ctx.prisma.$transaction(async (tx) => {
    const next = await tx.task.update({ where: { id: taskId }, data: { status } });
    await tx.taskStatusChange.create({
      data: {
        taskId,
        fromStatus: task.status,
        toStatus: status,
        note,
        evidence,
        changedById: viewer.id,
      },
    });
    await writeAudit(tx, ctx, {
      action: 'updateTaskStatus',
      entityType: 'Task',
      entityId: taskId,
      ward: task.wardSlug,
      before: { status: task.status },
      after: { status, note, evidence },
    });
    return next;
  });
  ctx.store.replaceTask(updated);
  return updated;
}
