import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.ts';
import { LIMITS } from './limits.ts';
import { decimal, identifier, offsetCursor, requiredText, text, uniqueList } from './text.ts';

/**
 * One zod schema per GraphQL input or argument set: lengths, NUL bytes, dates, cursors, list
 * sizes and numbers the database can hold. Domain rules (a ward exists, a percentage is 0–100,
 * who may write what) stay in the services; these only say what is well-formed.
 */

const year = z.number().int();
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish();

export const SignInArgs = z.object({ email: text(LIMITS.email), password: text(LIMITS.password) });

export const IssueApiTokenArgs = z.object({
  name: requiredText(100),
  expiresInDays: nullable(z.number().int().min(1).max(3650)),
});

export const IdArg = z.object({ id: identifier });

/** Evidence of a result: its kind is a GraphQL enum; the texts' rules are validateObservation's. */
const evidence = {
  evidenceType: nullable(z.enum(['report', 'statistics', 'survey', 'administrative', 'other'])),
  evidenceNumber: nullable(text(LIMITS.text)),
  evidenceUrl: nullable(text(LIMITS.text)),
};

export const RecordObservationInput = z.object({
  ward: identifier,
  indicator: identifier,
  year,
  quarter: nullable(z.number().int()),
  month: nullable(z.number().int()),
  value: nullable(decimal),
  met: nullable(z.boolean()),
  numerator: nullable(decimal),
  denominator: nullable(decimal),
  note: nullable(text(LIMITS.note)),
  ...evidence,
});

const say = (vi: string, en: string) => ({ params: { vi, en } });

export const CorrectObservationInput = z
  .object({
    value: nullable(decimal),
    met: nullable(z.boolean()),
    numerator: nullable(decimal),
    denominator: nullable(decimal),
    note: nullable(text(LIMITS.note)),
    ...evidence,
  })
  .refine(
    (c) => Object.values(c).some((v) => v !== undefined),
    say(
      'Không có gì để điều chỉnh: hãy nhập giá trị mới (value, met, numerator, denominator hoặc note).',
      'Nothing to correct: give a new value, met, numerator, denominator or note.',
    ),
  );

export const ImportObservationsArgs = z.object({
  fileName: requiredText(LIMITS.fileName),
  // The content's size is bounded by the request body limit and checked by the importer.
  contentBase64: z.string(),
});

export const UpdateTaskStatusArgs = z.object({
  taskId: identifier,
  note: nullable(text(LIMITS.note)),
  evidence: nullable(text(LIMITS.evidence)),
});

const email = text(LIMITS.email)
  .transform((s) => s.trim().toLowerCase())
  .pipe(z.email());
const password = text(LIMITS.password).pipe(z.string().min(MIN_PASSWORD_LENGTH));
const wards = uniqueList(identifier);

export const ChangePasswordArgs = z.object({
  currentPassword: text(LIMITS.password),
  newPassword: password,
});

export const UserInput = z.object({
  email,
  name: requiredText(LIMITS.name),
  role: z.enum(['city_admin', 'ward_editor', 'viewer']),
  wards: nullable(wards),
  password: nullable(password),
});

export const UserUpdateInput = z.object({
  name: nullable(requiredText(LIMITS.name)),
  role: nullable(z.enum(['city_admin', 'ward_editor', 'viewer'])),
  wards: nullable(wards),
  password: nullable(password),
  disabled: nullable(z.boolean()),
});

export const AuditFilter = z.object({
  entityType: nullable(identifier),
  entityId: nullable(identifier),
  actorId: nullable(identifier),
  ward: nullable(identifier),
  // A DateTime: the scalar has checked the form already.
  since: nullable(z.date()),
  until: nullable(z.date()),
  // An event id as the API issued it: a positive integer.
  beforeId: nullable(
    z
      .string()
      .regex(/^[1-9][0-9]{0,18}$/)
      .transform((v) => BigInt(v)),
  ),
  limit: nullable(z.number().int().min(1).max(500)),
});

export const MAX_PAGE_SIZE = 100;

export const ObservationsArgs = z.object({
  after: nullable(offsetCursor),
  before: nullable(offsetCursor),
  first: nullable(z.number().int().min(0).max(MAX_PAGE_SIZE)),
  last: nullable(z.number().int().min(0).max(MAX_PAGE_SIZE)),
  filter: nullable(
    z.object({
      ward: nullable(identifier),
      indicator: nullable(identifier),
      year: nullable(year),
      includeHistory: nullable(z.boolean()),
    }),
  ),
});

export const CompareWardsArgs = z.object({
  wards: nullable(uniqueList(identifier)),
  indicators: nullable(uniqueList(identifier)),
  year,
});
