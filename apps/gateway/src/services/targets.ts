import { randomUUID } from 'node:crypto';
import {
  type CitationProblem,
  citationProblem,
  cleanPrintedText,
  type Unit,
  type WardSlug,
} from '@lotrinh/indicators';
import type { Prisma } from '@lotrinh/schema';
import type { Context } from '../context.ts';
import { fold } from '../schema/args.ts';
import type { TargetRecord } from '../store/snapshot.ts';
import type { ProposedIndicatorInput, TargetInput } from '../validation/catalog-inputs.ts';
import { writeAudit, writeAudits } from './audit.ts';
import { type Bilingual, enNumber, say, viNumber } from './bilingual.ts';
import { requireCityAdmin } from './city-admin.ts';
import { storedLines } from './documents.ts';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from './errors.ts';

/** One problem of one target of a batch: the target's index, the field, the message. */
export interface TargetProblem {
  index: number;
  field: string | null;
  text: Bilingual;
}

/** A checked target, ready to write (its indicator may be one to propose). */
export interface PreparedTarget {
  input: TargetInput;
  /** A catalog code, or the key of a proposed indicator of this batch. */
  indicator: { code: string } | { proposed: string; spec: ProposedIndicatorInput };
  /** The indicator's unit: a quantitative target is stored in it. */
  unit: Unit;
}

const UNIT_WORD: Record<Unit, Bilingual> = {
  percent: { vi: 'phần trăm', en: 'percent' },
  index: { vi: 'chỉ số 0–1', en: 'index 0–1' },
  vnd: { vi: 'đồng', en: 'đồng' },
  count: { vi: 'số lượng', en: 'count' },
  countPerYear: { vi: 'số lượng mỗi năm', en: 'count per year' },
  boolean: { vi: 'có/không', en: 'yes/no' },
};

function citationText(problem: CitationProblem): Bilingual {
  switch (problem.kind) {
    case 'emptyText':
      return { vi: 'Thiếu nội dung như bản in.', en: 'The printed text is missing.' };
    case 'badRange':
      return {
        vi: `Dòng ${problem.line}–${problem.lineEnd} nằm ngoài văn bản (văn bản có ${problem.lineCount} dòng).`,
        en: `Lines ${problem.line}–${problem.lineEnd} are outside the document (it has ${problem.lineCount} lines).`,
      };
    case 'tooManyLines':
      return {
        vi: `Dòng ${problem.line}–${problem.lineEnd}: một chỉ tiêu chỉ dẫn tối đa ${problem.max} dòng liền nhau; hãy dẫn đúng các dòng in chỉ tiêu.`,
        en: `Lines ${problem.line}–${problem.lineEnd}: a target cites at most ${problem.max} consecutive lines; cite the lines its text is printed on.`,
      };
    case 'notFound': {
      const shown =
        problem.printed.length > 160 ? `${problem.printed.slice(0, 160)}…` : problem.printed;
      return {
        vi: `Nội dung như bản in không có ở các dòng đã dẫn. Các dòng đó ghi: "${shown}".`,
        en: `The printed text is not on the cited lines. Those lines read: "${shown}".`,
      };
    }
  }
}

/** The key a proposed indicator is known by: its Vietnamese name, case and accents folded. */
const proposedKey = (spec: ProposedIndicatorInput) => fold(spec.nameVi);

/**
 * Checks targets against the catalog and the documents' texts, without writing: the ward and
 * document exist and belong together, the indicator is in the catalog (or a complete proposal),
 * the figure fits its kind, comparator and unit, the year is in the document's period, the
 * cited lines of the stored text contain the printed text, and no target is entered twice.
 */
export async function checkTargets(
  ctx: Context,
  inputs: readonly TargetInput[],
): Promise<{ prepared: PreparedTarget[]; problems: TargetProblem[] }> {
  const { snapshot } = ctx.store;
  const problems: TargetProblem[] = [];
  const prepared: PreparedTarget[] = [];
  // A proposed indicator's code may be cited again (another ward's target for it).
  const indicators = new Map(
    [...snapshot.indicators, ...snapshot.proposedIndicators].map((i) => [i.code, i]),
  );
  const proposedByName = new Map(snapshot.proposedIndicators.map((i) => [fold(i.nameVi), i]));
  const pillars = new Set<string>(snapshot.pillars.map((p) => p.code));
  // A duplicate has the same ward: only the batch's wards' targets are compared.
  const batchWards = new Set(inputs.map((i) => i.ward));
  const existing = new Set<string>();
  for (const list of [snapshot.targets, snapshot.proposedTargets])
    for (const t of list) if (batchWards.has(t.ward)) existing.add(duplicateKey(t));
  const seen = new Map<string, number>();

  for (const [index, input] of inputs.entries()) {
    const before = problems.length;
    const problem = (field: string | null, text: Bilingual) =>
      problems.push({ index, field, text });
    if (!ctx.store.hasWard(input.ward)) {
      problem('ward', {
        vi: `Không có phường, xã "${input.ward}".`,
        en: `Unknown ward "${input.ward}".`,
      });
      continue;
    }
    const document = snapshot.documents.find((d) => d.id === input.document);
    if (!document) {
      problem('document', {
        vi: `Không có văn bản "${input.document}".`,
        en: `Unknown document "${input.document}".`,
      });
      continue;
    }
    if (document.ward !== input.ward)
      problem('document', {
        vi: `Văn bản "${document.id}" là của ${document.ward}, không phải của ${input.ward}.`,
        en: `Document "${document.id}" belongs to ${document.ward}, not ${input.ward}.`,
      });
    if (input.year < document.periodStart || input.year > document.periodEnd)
      problem('year', {
        vi: `Năm ${input.year} nằm ngoài thời kỳ của văn bản (${document.periodStart}–${document.periodEnd}).`,
        en: `${input.year} is outside the document's period (${document.periodStart}–${document.periodEnd}).`,
      });

    // The indicator: from the catalog, or a new one proposed for review.
    let unit: Unit | null = null;
    let indicator: PreparedTarget['indicator'] | null = null;
    if (input.indicator) {
      const found = indicators.get(input.indicator);
      if (!found)
        problem('indicator', {
          vi: `Không có chỉ tiêu mã "${input.indicator}" trong danh mục.`,
          en: `No indicator "${input.indicator}" in the catalog.`,
        });
      else {
        unit = found.unit;
        indicator = { code: found.code };
      }
    } else if (input.proposedIndicator) {
      const spec = input.proposedIndicator;
      const already = proposedByName.get(proposedKey(spec));
      if (!pillars.has(spec.pillar))
        problem('proposedIndicator.pillar', {
          vi: `Không có trụ cột "${spec.pillar}".`,
          en: `Unknown pillar "${spec.pillar}".`,
        });
      else if (already && already.unit !== spec.unit)
        problem('proposedIndicator.unit', {
          vi: `Chỉ tiêu đề xuất "${already.nameVi}" đã có với đơn vị ${UNIT_WORD[already.unit].vi}.`,
          en: `The proposed indicator "${already.nameVi}" already exists with the unit ${UNIT_WORD[already.unit].en}.`,
        });
      else {
        unit = spec.unit;
        indicator = already ? { code: already.code } : { proposed: proposedKey(spec), spec };
      }
    }

    // The figure.
    if (input.kind === 'quantitative') {
      if (!input.comparator)
        problem('comparator', {
          vi: 'Chỉ tiêu định lượng cần phép so sánh.',
          en: 'A quantitative target needs a comparator.',
        });
      if (input.value == null)
        problem('value', {
          vi: 'Chỉ tiêu định lượng cần giá trị.',
          en: 'A quantitative target needs a value.',
        });
      if (input.unit && unit && input.unit !== unit)
        problem('unit', {
          vi: `Đơn vị phải là ${UNIT_WORD[unit].vi}, đơn vị của chỉ tiêu.`,
          en: `The unit must be ${UNIT_WORD[unit].en}, the indicator's unit.`,
        });
      if (input.comparator === 'range' && input.valueHigh == null)
        problem('valueHigh', {
          vi: 'Khoảng cần giá trị trên (valueHigh).',
          en: 'A range needs its upper value (valueHigh).',
        });
      if (input.comparator && input.comparator !== 'range' && input.valueHigh != null)
        problem('valueHigh', {
          vi: 'Chỉ khoảng (RANGE) mới có giá trị trên.',
          en: 'Only a range (RANGE) has an upper value.',
        });
      if (input.value != null && input.valueHigh != null && input.valueHigh < input.value)
        problem('valueHigh', {
          vi: 'Giá trị trên phải lớn hơn hoặc bằng giá trị dưới.',
          en: 'The upper value must not be below the lower one.',
        });
      for (const field of ['value', 'valueHigh'] as const) {
        const v = input[field];
        if (v == null) continue;
        const max = unit === 'percent' ? 100 : unit === 'index' ? 1 : Number.POSITIVE_INFINITY;
        if (v < 0 || v > max)
          problem(field, {
            vi: `${viNumber(v)} nằm ngoài khoảng 0–${viNumber(max)} của đơn vị ${unit ? UNIT_WORD[unit].vi : ''}.`,
            en: `${enNumber(v)} is outside 0–${enNumber(max)} for the unit ${unit ? UNIT_WORD[unit].en : ''}.`,
          });
      }
    } else if (input.comparator || input.value != null || input.valueHigh != null)
      problem('kind', {
        vi: 'Chỉ tiêu định tính không có phép so sánh hay giá trị; chọn QUANTITATIVE nếu có số liệu.',
        en: 'A qualitative target has no comparator or value; choose QUANTITATIVE for a figure.',
      });

    // Provenance: the cited lines of the stored text contain the printed text.
    const lines = await storedLines(ctx, document.id);
    if (lines === null)
      problem('document', {
        vi: 'Văn bản chưa có nội dung lưu trữ nên không kiểm tra được dòng trích dẫn.',
        en: 'The document has no stored text, so the cited line cannot be checked.',
      });
    else {
      const cited = citationProblem(lines, {
        line: input.line,
        lineEnd: input.lineEnd,
        text: input.sourceText,
      });
      if (cited)
        problem(
          cited.kind === 'badRange' || cited.kind === 'tooManyLines' ? 'line' : 'sourceText',
          citationText(cited),
        );
    }

    if (problems.length > before || !indicator) continue;
    const key = duplicateKey({
      ward: input.ward,
      indicator: 'code' in indicator ? indicator.code : `proposed:${indicator.proposed}`,
      year: input.year,
      documentId: document.id,
      provenance: { line: input.line, text: input.sourceText },
    });
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problem(null, {
        vi: `Trùng với chỉ tiêu thứ ${earlier + 1} (cùng chỉ tiêu, năm và dòng trích dẫn).`,
        en: `Same as target ${earlier + 1} (same indicator, year and cited line).`,
      });
    else if (existing.has(key))
      problem(null, {
        vi: 'Chỉ tiêu này (cùng chỉ tiêu, năm và dòng trích dẫn) đã có.',
        en: 'This target (same indicator, year and cited line) already exists.',
      });
    else {
      seen.set(key, index);
      prepared.push({ input, indicator, unit: unit as Unit });
    }
  }
  return { prepared, problems };
}

function duplicateKey(t: {
  ward: string;
  indicator: string;
  year: number;
  documentId: string;
  provenance: { line: number; text: string };
}): string {
  return [
    t.ward,
    t.indicator,
    t.year,
    t.documentId,
    t.provenance.line,
    cleanPrintedText(t.provenance.text),
  ].join('\u0000');
}

/** A code for a proposed indicator: "NEW_" and its folded name, unique in the catalog. */
function proposedCode(spec: ProposedIndicatorInput, taken: Set<string>): string {
  const stem =
    `NEW_${fold(spec.nameVi)
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '_')
      .replace(/^_|_$/g, '')}`.slice(0, 60) || 'NEW_INDICATOR';
  let code = stem;
  for (let n = 2; taken.has(code); n++) code = `${stem}_${n}`;
  taken.add(code);
  return code;
}

/**
 * Writes checked targets in one transaction with their audit events (and proposes the new
 * indicators they need), then reloads the catalog. All or nothing.
 */
export async function writeTargets(
  ctx: Context,
  prepared: readonly PreparedTarget[],
  origin: 'entered' | 'imported',
  action: string,
): Promise<string[]> {
  const viewer = requireCityAdmin(ctx);
  const { indicators, proposedIndicators } = ctx.store.snapshot;
  const taken = new Set([...indicators, ...proposedIndicators].map((i) => i.code));
  const proposedCodes = new Map<string, string>();
  const ids: string[] = [];
  // One statement per table for the whole batch (a plan of 200 targets was 600 round trips).
  const rows: (ReturnType<typeof targetData> & { id: string; createdAt: Date })[] = [];
  const started = Date.now();
  await ctx.prisma.$transaction(
    async (tx) => {
      for (const { input, indicator, unit } of prepared) {
        let code: string;
        if ('code' in indicator) code = indicator.code;
        else {
          code = proposedCodes.get(indicator.proposed) ?? '';
          if (!code) {
            code = proposedCode(indicator.spec, taken);
            proposedCodes.set(indicator.proposed, code);
            await proposeIndicator(tx, ctx, code, indicator.spec, input.ward);
          }
        }
        const id = randomUUID();
        // Targets are listed by creation time: one millisecond apart keeps the order they were
        // given in, as inserting them one by one did (Prisma stamps each row as it sends it).
        const createdAt = new Date(started + rows.length);
        rows.push({ id, createdAt, ...targetData(input, code, unit, origin, viewer.id) });
        ids.push(id);
      }
      await tx.target.createMany({ data: rows });
      await tx.indicatorAlias.createMany({
        data: rows.map((r) => ({
          indicatorCode: r.indicatorCode,
          wardSlug: r.wardSlug,
          wording: r.wording,
        })),
        skipDuplicates: true,
      });
      await writeAudits(
        tx,
        ctx,
        rows.map(({ id, createdAt: _, ...data }) => ({
          action,
          entityType: 'Target',
          entityId: id,
          ward: data.wardSlug,
          after: data,
        })),
      );
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  // Targets of catalog indicators change only their wards; a proposed indicator, the catalog.
  await ctx.store.reloadCatalog(
    proposedCodes.size ? undefined : [...new Set(rows.map((r) => r.wardSlug as WardSlug))],
  );
  return ids;
}

async function proposeIndicator(
  tx: Prisma.TransactionClient,
  ctx: Context,
  code: string,
  spec: ProposedIndicatorInput,
  ward: string,
) {
  const data = {
    code,
    nameVi: spec.nameVi,
    nameEn: spec.nameEn ?? spec.nameVi,
    unit: spec.unit,
    direction: spec.direction,
    pillarCode: spec.pillar,
    definitionVi: `Chỉ tiêu mới do ${ward} đề xuất, chờ thành phố xem xét.`,
    definitionEn: `A new indicator proposed with a target of ${ward}, awaiting the city's review.`,
    cityFramework: false,
    status: 'proposed' as const,
  };
  await tx.indicator.create({ data });
  await writeAudit(tx, ctx, {
    action: 'proposeIndicator',
    entityType: 'Indicator',
    entityId: code,
    ward,
    after: data,
  });
}

function targetData(
  input: TargetInput,
  indicatorCode: string,
  unit: Unit,
  origin: 'entered' | 'imported',
  userId: string,
) {
  const quantitative = input.kind === 'quantitative';
  return {
    wardSlug: input.ward,
    indicatorCode,
    documentId: input.document,
    year: input.year,
    kind: input.kind,
    comparator: quantitative ? (input.comparator ?? null) : null,
    value: quantitative ? (input.value ?? null) : null,
    valueHigh: quantitative ? (input.valueHigh ?? null) : null,
    unit: quantitative ? unit : null,
    wording: input.wording,
    leadAgency: input.leadAgency || null,
    recurring: input.recurring ?? false,
    sourceSection: input.section,
    sourceRow: input.row,
    sourceLine: input.line,
    sourceLineEnd: input.lineEnd && input.lineEnd !== input.line ? input.lineEnd : null,
    sourceText: input.sourceText,
    origin,
    createdById: userId,
  };
}

/** Problems of a batch as field problems of `inputs[i].field`, in the request's language. */
export function asFieldProblems(
  ctx: Pick<Context, 'lang'>,
  problems: readonly TargetProblem[],
): FieldProblem[] {
  return problems.map((p) => ({
    path: ['inputs', String(p.index), ...(p.field ? p.field.split('.') : [])],
    message: `${say(ctx.lang, { vi: `Chỉ tiêu thứ ${p.index + 1}`, en: `Target ${p.index + 1}` })}: ${say(ctx.lang, p.text)}`,
  }));
}

/**
 * Adds targets entered by hand or accepted from the extractor's proposals (city
 * administrators): every one is checked first, and either all are written or none.
 */
export async function addTargets(
  ctx: Context,
  inputs: readonly TargetInput[],
): Promise<TargetRecord[]> {
  requireCityAdmin(ctx);
  const { prepared, problems } = await checkTargets(ctx, inputs);
  if (problems.length)
    throw new ValidationError(
      say(ctx.lang, {
        vi: `${new Set(problems.map((p) => p.index)).size} chỉ tiêu chưa hợp lệ; chưa ghi chỉ tiêu nào.`,
        en: `${new Set(problems.map((p) => p.index)).size} target(s) are not valid; nothing was written.`,
      }),
      asFieldProblems(ctx, problems),
    );
  const ids = await writeTargets(ctx, prepared, 'entered', 'addTarget');
  const byId = new Map(
    [...ctx.store.snapshot.targets, ...ctx.store.snapshot.proposedTargets].map((t) => [t.id, t]),
  );
  return ids.map((id) => byId.get(id) as TargetRecord);
}

/**
 * Withdraws a target (city administrators): it is kept with who, when and why, and no longer
 * scored, compared or exported. Never deleted.
 */
export async function withdrawTarget(
  ctx: Context,
  id: string,
  reason: string,
): Promise<TargetRecord> {
  const viewer = requireCityAdmin(ctx);
  const target = await ctx.prisma.target.findUnique({ where: { id } });
  if (!target) throw new NotFoundError('Target', id);
  const already = () =>
    new ConflictError(
      say(ctx.lang, {
        vi: 'Chỉ tiêu này đã được rút trước đó.',
        en: 'This target was already withdrawn.',
      }),
    );
  if (target.withdrawnAt) throw already();
  await ctx.prisma.$transaction(async (tx) => {
    // Only a target still in force is withdrawn: two administrators at once cannot both succeed.
    const { count } = await tx.target.updateMany({
      where: { id, withdrawnAt: null },
      data: { withdrawnAt: new Date(), withdrawnById: viewer.id, withdrawReason: reason },
    });
    if (count === 0) throw already();
    await writeAudit(tx, ctx, {
      action: 'withdrawTarget',
      entityType: 'Target',
      entityId: id,
      ward: target.wardSlug,
      before: { withdrawnAt: null },
      after: { withdrawnAt: new Date().toISOString(), reason },
    });
  });
  await ctx.store.reloadCatalog([target.wardSlug as WardSlug]);
  return ctx.store.snapshot.withdrawnTargets.find((t) => t.id === id) as TargetRecord;
}
