import {
  correctObservation as correct,
  type Observation,
  recordObservations,
} from '@lotrinh/schema';
import { actorLabel, canEditWard, requireViewer } from '../auth/viewer.ts';
import { type Context, pick } from '../context.ts';
import { ForbiddenError, NotFoundError, ValidationError } from './errors.ts';
import { type ObservationFields, validateObservation } from './validate-observation.ts';

export interface RecordInput extends ObservationFields {
  ward: string;
  indicator: string;
  note?: string | null;
}

function checkWard(ctx: Context, ward: string) {
  const viewer = requireViewer(ctx.viewer);
  if (!ctx.store.hasWard(ward)) throw new NotFoundError('Ward', ward);
  if (!canEditWard(viewer, ward))
    throw new ForbiddenError(
      `You cannot change results of ${ward}: your role is ${viewer.role}${viewer.wards.length ? ` for ${viewer.wards.join(', ')}` : ''}.`,
    );
  return viewer;
}

export async function recordObservation(ctx: Context, input: RecordInput): Promise<Observation> {
  const viewer = checkWard(ctx, input.ward);
  const indicator = ctx.store.snapshot.indicators.find((i) => i.code === input.indicator);
  if (!indicator) throw new NotFoundError('Indicator', input.indicator);
  const problems = validateObservation(input, indicator, { path: ['input'], lang: ctx.lang });
  if (problems.length) throw new ValidationError('The result is not valid.', problems);
  const [row] = await recordObservations(
    ctx.prisma,
    [{ ...input, quarter: input.quarter ?? 0, month: input.month ?? 0 }],
    {
      source: 'user',
      createdById: viewer.id,
      audit: { actorId: viewer.id, actorLabel: actorLabel(viewer), action: 'recordObservation' },
    },
  );
  await ctx.store.refreshWard(input.ward as never);
  return row as Observation;
}

export async function correctObservation(
  ctx: Context,
  id: string,
  changes: Pick<
    ObservationFields,
    | 'value'
    | 'met'
    | 'numerator'
    | 'denominator'
    | 'evidenceType'
    | 'evidenceNumber'
    | 'evidenceUrl'
  > & {
    note?: string | null;
  },
): Promise<Observation> {
  requireViewer(ctx.viewer);
  const previous = await ctx.prisma.observation.findUnique({ where: { id } });
  if (!previous) throw new NotFoundError('Observation', id);
  const viewer = checkWard(ctx, previous.wardSlug);
  const indicator = ctx.store.snapshot.indicators.find((i) => i.code === previous.indicatorCode);
  if (!indicator) throw new NotFoundError('Indicator', previous.indicatorCode);
  const merged = {
    year: previous.year,
    quarter: previous.quarter || null,
    month: previous.month || null,
    value:
      changes.value === undefined
        ? previous.value === null
          ? null
          : Number(previous.value)
        : changes.value,
    met: changes.met === undefined ? previous.met : changes.met,
    numerator:
      changes.numerator === undefined
        ? previous.numerator === null
          ? null
          : Number(previous.numerator)
        : changes.numerator,
    denominator:
      changes.denominator === undefined
        ? previous.denominator === null
          ? null
          : Number(previous.denominator)
        : changes.denominator,
    evidenceType: changes.evidenceType,
    evidenceNumber: changes.evidenceNumber,
    evidenceUrl: changes.evidenceUrl,
  };
  const previousNumbers = {
    value: previous.value === null ? null : Number(previous.value),
    met: previous.met,
    numerator: previous.numerator === null ? null : Number(previous.numerator),
    denominator: previous.denominator === null ? null : Number(previous.denominator),
  };
  const sameText = (next: string | null | undefined, stored: string | null) =>
    next === undefined || next === stored;
  const unchanged =
    (Object.keys(previousNumbers) as (keyof typeof previousNumbers)[]).every(
      (k) => merged[k] === previousNumbers[k],
    ) &&
    sameText(changes.note, previous.note) &&
    sameText(changes.evidenceType, previous.evidenceType) &&
    sameText(changes.evidenceNumber, previous.evidenceNumber) &&
    sameText(changes.evidenceUrl, previous.evidenceUrl);
  // A correction that changes nothing would only add an identical version to the history.
  if (unchanged)
    throw new ValidationError(
      pick(
        ctx,
        'Điều chỉnh không thay đổi gì so với kết quả hiện tại.',
        'The correction changes nothing in the current result.',
      ),
      [
        {
          path: ['input'],
          message: pick(ctx, 'Giống kết quả hiện tại.', 'Same as the current result.'),
        },
      ],
    );
  const problems = validateObservation(merged, indicator, { path: ['input'], lang: ctx.lang });
  if (problems.length) throw new ValidationError('The correction is not valid.', problems);
  const next = await correct(ctx.prisma, id, changes, {
    source: 'user',
    createdById: viewer.id,
    audit: { actorId: viewer.id, actorLabel: actorLabel(viewer), action: 'correctObservation' },
  });
  await ctx.store.refreshWard(previous.wardSlug as never);
  return next;
}

/**
 * The checks of `recordObservation` without the write, for a form that validates as the person
 * types: the same rules (ranges by unit, numerator ≤ denominator, the period), and the result
 * already recorded for that period, if any — saving then corrects it rather than duplicating it.
 */
export function checkObservation(
  ctx: Context,
  input: RecordInput,
): { problems: ReturnType<typeof validateObservation>; current: Observation | null } {
  checkWard(ctx, input.ward);
  const indicator = ctx.store.snapshot.indicators.find((i) => i.code === input.indicator);
  if (!indicator) throw new NotFoundError('Indicator', input.indicator);
  const problems = validateObservation(input, indicator, { path: ['input'], lang: ctx.lang });
  const current =
    ctx.store
      .currentObservations(input.ward as never)
      .find(
        (o) =>
          o.indicatorCode === input.indicator &&
          o.year === input.year &&
          o.quarter === (input.quarter ?? 0) &&
          o.month === (input.month ?? 0),
      ) ?? null;
  return { problems, current };
}
