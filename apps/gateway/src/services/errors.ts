/**
 * Expected failures of writes, returned as typed GraphQL results (see schema/errors.ts) rather
 * than thrown as errors: the client can branch on them and show the message.
 */
export interface FieldProblem {
  path: string[];
  message: string;
}

export class ValidationError extends Error {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} does not exist.`);
  }
}

export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

export { ConflictError } from '@lotrinh/schema';
