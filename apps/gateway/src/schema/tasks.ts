import {
  type DuePeriod,
  dueMonthKey,
  duePeriod,
  formatDue,
  indicatorsOfTask,
  isOverdue,
  taskIndicatorReview,
} from '@lotrinh/indicators';
import type { Task as TaskRow } from '@lotrinh/schema';
import { builder } from '../builder.ts';
import { updateTaskStatus } from '../services/tasks.ts';
import * as In from '../validation/inputs.ts';
import { parseInput } from '../validation/issues.ts';
import { fold, monthArg } from './args.ts';
import { IndicatorRef, WardRef, wardArg } from './catalog.ts';
import { WRITE_ERRORS } from './errors.ts';

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
    fromStatus: TaskRow['status'];
    toStatus: TaskRow['status'];
    note: string | null;
    evidence: string | null;
    changedAt: Date;
    changedById: string | null;
    changedBy: { name: string } | null;
  }>('TaskStatusChange')
  .implement({
    description: 'One status change of a task: who, when, old → new, note, evidence.',
    fields: (t) => ({
      from: t.field({ type: TaskStatusEnum, resolve: (c) => c.fromStatus }),
      to: t.field({ type: TaskStatusEnum, resolve: (c) => c.toStatus }),
      note: t.exposeString('note', { nullable: true }),
      evidence: t.exposeString('evidence', {
        nullable: true,
        description:
          'Where the proof is (document number, link, note). / Minh chứng (số văn bản, đường dẫn, ghi chú).',
      }),
      at: t.field({ type: 'DateTime', resolve: (c) => c.changedAt }),
      by: t.string({
        nullable: true,
        description:
          'The name of who made the change; null if that user was removed. / Người thay đổi.',
        resolve: (c) => c.changedBy?.name ?? null,
      }),
    }),
  });

const DuePrecisionEnum = builder.enumType('DuePrecision', {
  description: 'How precisely a deadline is printed. / Độ chính xác của thời hạn.',
  values: {
    MONTH: { value: 'month', description: 'A month, e.g. "Tháng 12/2026".' },
    YEAR: { value: 'year', description: 'A year or a span of years, e.g. "2025-2026".' },
    RECURRING: { value: 'recurring', description: 'Ongoing: "Hằng năm", "Thường xuyên".' },
  } satisfies Record<string, { value: DuePeriod['precision']; description: string }>,
});

const DueRef = builder.objectRef<DuePeriod>('Due').implement({
  description:
    'A deadline with the precision it was printed with (never an invented day). / Thời hạn như văn bản ghi.',
  fields: (t) => ({
    precision: t.field({ type: DuePrecisionEnum, resolve: (d) => d.precision }),
    year: t.int({ nullable: true, resolve: (d) => (d.precision === 'recurring' ? null : d.year) }),
    month: t.int({ nullable: true, resolve: (d) => (d.precision === 'month' ? d.month : null) }),
    fromYear: t.int({
      nullable: true,
      resolve: (d) => (d.precision === 'year' ? (d.fromYear ?? null) : null),
    }),
    monthKey: t.string({
      nullable: true,
      description: 'The month it falls due, "YYYY-MM" (a year’s deadline is its December).',
      resolve: (d) => dueMonthKey(d),
    }),
    label: t.string({
      description: '"12/2026", "2025–2026", "thường xuyên" — in the request language.',
      resolve: (d, _a, ctx) => formatDue(d, ctx.lang) ?? '',
    }),
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
    due: t.field({
      type: DueRef,
      nullable: true,
      description: 'The deadline as printed; null when none is printed.',
      resolve: (task) => duePeriod(task.timingAsPrinted),
    }),
    overdue: t.boolean({
      description: 'Its due month has ended and it is not done.',
      resolve: (task) =>
        task.status !== 'done' && isOverdue(duePeriod(task.timingAsPrinted), new Date()),
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
          include: { changedBy: { select: { name: true } } },
        }),
    }),
    indicators: t.field({
      type: [IndicatorRef],
      description:
        'The indicators this task moves, as reviewed from the plan text (empty when it moves no measured figure). / Các chỉ tiêu nhiệm vụ tác động.',
      resolve: (task, _a, ctx) => {
        const codes = indicatorsOfTask(task.wardSlug, task.code);
        return ctx.store.snapshot.indicators.filter((i) => codes.includes(i.code));
      },
    }),
    indicatorReason: t.string({
      nullable: true,
      description:
        'Why the task is linked to those indicators, or why to none; null when not reviewed. / Lý do liên kết.',
      resolve: (task) => taskIndicatorReview(task.wardSlug, task.code)?.reason ?? null,
    }),
  }),
});

const TaskFilter = builder.inputType('TaskFilter', {
  fields: (t) => ({
    ward: t.string({ required: false }),
    leadUnit: t.string({
      required: false,
      description:
        'Part of the lead unit, ignoring case and diacritics ("van hoa" finds "Văn hóa").',
    }),
    dueFrom: t.string({
      required: false,
      description: 'First due month, "YYYY-MM", inclusive; ongoing tasks are left out when set.',
    }),
    dueTo: t.string({
      required: false,
      description: 'Last due month, "YYYY-MM", inclusive; ongoing tasks are left out when set.',
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
      const from = filter?.dueFrom ? monthArg(ctx, 'dueFrom', filter.dueFrom) : null;
      const to = filter?.dueTo ? monthArg(ctx, 'dueTo', filter.dueTo) : null;
      const lead = filter?.leadUnit ? fold(filter.leadUnit) : null;
      return ctx.store.snapshot.tasks.filter((task) => {
        if (filter?.ward && task.wardSlug !== filter.ward) return false;
        if (lead && !fold(task.leadUnit).includes(lead)) return false;
        if (filter?.status && task.status !== filter.status) return false;
        if (!from && !to) return true;
        // "YYYY-MM" strings compare in calendar order.
        const month = dueMonthKey(duePeriod(task.timingAsPrinted));
        return month !== null && (!from || month >= from) && (!to || month <= to);
      });
    },
  }),
);

builder.mutationFields((t) => ({
  updateTaskStatus: t.field({
    type: TaskRef,
    description:
      'Ward editors (their wards) and city administrators: a new status with a note and evidence, kept in the task’s history and the audit log. / Cập nhật tiến độ nhiệm vụ kèm ghi chú và minh chứng.',
    errors: { types: WRITE_ERRORS },
    args: {
      taskId: t.arg.id({ required: true }),
      status: t.arg({ type: TaskStatusEnum, required: true }),
      note: t.arg.string({ required: false }),
      evidence: t.arg.string({
        required: false,
        description:
          'Where the proof is: a document number, a link or where it is kept (≤ 500 characters); required to mark a task DONE. / Minh chứng: số văn bản, đường dẫn hoặc nơi lưu; bắt buộc khi hoàn thành.',
      }),
    },
    resolve: (_r, args, ctx) => {
      const { taskId, note, evidence } = parseInput(ctx, In.UpdateTaskStatusArgs, {
        taskId: String(args.taskId),
        note: args.note,
        evidence: args.evidence,
      });
      return updateTaskStatus(ctx, taskId, {
        status: args.status,
        note: note ?? null,
        evidence: evidence ?? null,
      });
    },
  }),
}));
