import type { Task as TaskRow } from '@lotrinh/schema';
import { builder } from '../builder.ts';
import { WardRef, wardArg } from './catalog.ts';

const STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export const TaskStatusEnum = builder.enumType('TaskStatus', {
  description: 'Progress of an assigned task. / Tiến độ nhiệm vụ.',
  values: Object.fromEntries(STATUSES.map((s) => [s.toUpperCase(), { value: s }])) as Record<
    string,
    { value: (typeof STATUSES)[number] }
  >,
});

const TaskProvenanceRef = builder.objectRef<TaskRow>('TaskSource');
TaskProvenanceRef.implement({
  description: 'Where the task is printed.',
  fields: (t) => ({
    section: t.exposeString('sourceSection'),
    line: t.exposeInt('sourceLine'),
    text: t.exposeString('sourceText'),
  }),
});

const TaskChangeRef = builder
  .objectRef<{
    fromStatus: string;
    toStatus: string;
    note: string | null;
    changedAt: Date;
    changedById: string | null;
  }>('TaskStatusChange')
  .implement({
    description: 'One status change of a task.',
    fields: (t) => ({
      from: t.exposeString('fromStatus'),
      to: t.exposeString('toStatus'),
      note: t.exposeString('note', { nullable: true }),
      at: t.string({ resolve: (c) => c.changedAt.toISOString() }),
    }),
  });

export const TaskRef = builder.objectRef<TaskRow>('Task');
TaskRef.implement({
  description:
    'A task assigned in a ward’s plan, with its lead unit and deadline. / Nhiệm vụ được phân công.',
  fields: (t) => ({
    id: t.exposeID('id'),
    ward: t.field({
      type: WardRef,
      resolve: (task, _a, ctx) =>
        ctx.store.snapshot.wards.find((w) => w.slug === task.wardSlug) as never,
    }),
    code: t.exposeString('code', { description: 'Row label as printed (e.g. "4.3", "PL3-I.1").' }),
    group: t.exposeString('group'),
    description: t.exposeString('description'),
    leadUnit: t.exposeString('leadUnit'),
    partnerUnits: t.exposeString('partnerUnits', { nullable: true }),
    output: t.exposeString('output', { nullable: true }),
    timingAsPrinted: t.exposeString('timingAsPrinted', { nullable: true }),
    dueDate: t.string({
      nullable: true,
      description: 'ISO date (last day of the printed month or year).',
      resolve: (task) => task.dueDate?.toISOString().slice(0, 10) ?? null,
    }),
    recurring: t.exposeBoolean('recurring', {
      description: 'True for "hằng năm", "thường xuyên"…',
    }),
    reference: t.exposeString('reference', { nullable: true }),
    status: t.field({ type: TaskStatusEnum, resolve: (task) => task.status }),
    source: t.field({ type: TaskProvenanceRef, resolve: (task) => task }),
    history: t.field({
      type: [TaskChangeRef],
      complexity: 20,
      resolve: (task, _a, ctx) =>
        ctx.prisma.taskStatusChange.findMany({
          where: { taskId: task.id },
          orderBy: { changedAt: 'asc' },
        }),
    }),
  }),
});

const TaskFilter = builder.inputType('TaskFilter', {
  fields: (t) => ({
    ward: t.string({ required: false }),
    leadUnit: t.string({ required: false, description: 'Case-insensitive part of the lead unit.' }),
    dueBefore: t.string({
      required: false,
      description: 'ISO date; recurring tasks are excluded when set.',
    }),
    status: t.field({ type: TaskStatusEnum, required: false }),
  }),
});

builder.queryField('tasks', (t) =>
  t.field({
    type: [TaskRef],
    description: 'Assigned tasks, filtered by ward, lead unit, deadline and status.',
    args: { filter: t.arg({ type: TaskFilter, required: false }) },
    resolve: (_r, { filter }, ctx) => {
      if (filter?.ward) wardArg(ctx, filter.ward);
      const due = filter?.dueBefore ? new Date(`${filter.dueBefore}T00:00:00Z`) : null;
      const lead = filter?.leadUnit?.toLowerCase();
      return ctx.store.snapshot.tasks.filter(
        (task) =>
          (!filter?.ward || task.wardSlug === filter.ward) &&
          (!lead || task.leadUnit.toLowerCase().includes(lead)) &&
          (!filter?.status || task.status === filter.status) &&
          (!due || (task.dueDate !== null && task.dueDate < due)),
      );
    },
  }),
);
