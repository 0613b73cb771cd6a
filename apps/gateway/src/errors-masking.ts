import { randomUUID } from 'node:crypto';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes whose messages are meant for clients; anything else is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
]);

/** Extensions besides the code that clients may see. */
const CLIENT_EXTENSIONS = ['retryAfterSeconds'] as const;

export type ErrorLogger = (entry: { errorId: string; message: string; error: unknown }) => void;

export const consoleErrorLogger: ErrorLogger = ({ errorId, message, error }) => {
  console.error(`[error ${errorId}] ${message}`, error);
};

/**
 * Unknown errors reach clients as "Internal server error" with an id; the log has the same id
 * and the full error (stack, SQL). Expected errors keep their message and code.
 */
export function maskErrors(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let code = formatted.extensions?.code;
    const original = error instanceof GraphQLError ? error.originalError : error;
    // Pothos reports misuse of its arguments (complexity and depth limits, cursors, page sizes)
    // as PothosValidationError: the client's input, not our failure.
    if (original instanceof PothosValidationError) code = 'BAD_USER_INPUT';
    // A GraphQLError made on purpose by the request pipeline (not wrapping a thrown error), such
    // as Apollo's "Unsupported persisted query version", is a refusal of the request.
    else if (code === undefined && error instanceof GraphQLError && !error.originalError)
      code = 'BAD_REQUEST';
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const extra = Object.fromEntries(
        CLIENT_EXTENSIONS.flatMap((k) =>
          formatted.extensions?.[k] === undefined ? [] : [[k, formatted.extensions[k]]],
        ),
      );
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code, ...extra },
      };
    }
    const errorId = randomUUID();
    log({ errorId, message: formatted.message, error });
    return {
      message: `Internal server error (id ${errorId}). The error is logged with this id.`,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
