import { builder } from '../builder.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../services/errors.ts';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure of a write, returned as data. / Lỗi nghiệp vụ.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
  }),
});

export const FieldProblemRef = builder
  .objectRef<{ path: string[]; message: string }>('FieldProblem')
  .implement({
    description: 'One invalid input field.',
    fields: (t) => ({
      path: t.exposeStringList('path', {
        description: 'Path of the field in the input, e.g. ["input", "value"].',
      }),
      message: t.exposeString('message'),
    }),
  });

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input is invalid; `problems` lists each field. / Dữ liệu không hợp lệ.',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ValidationError,
  fields: (t) => ({ problems: t.field({ type: [FieldProblemRef], resolve: (e) => e.problems }) }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The thing referred to does not exist. / Không tìm thấy.',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof NotFoundError,
  fields: (t) => ({ entity: t.exposeString('entity'), key: t.exposeString('key') }),
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'Your role or wards do not allow this change. / Không có quyền.',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ForbiddenError,
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description:
    'The change conflicts with the current data (e.g. a newer version exists). / Xung đột dữ liệu.',
  interfaces: [ErrorInterface],
  isTypeOf: (e) => e instanceof ConflictError,
});

/** The error types every write can return. */
export const WRITE_ERRORS = [ValidationError, NotFoundError, ForbiddenError, ConflictError];
