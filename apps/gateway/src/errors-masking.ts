import { randomUUID } from 'node:crypto';
import type { GraphQLFormattedError } from 'graphql';

/** Codes whose messages are meant for clients; anything else is masked. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

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
    const code = formatted.extensions?.code;
    // The complexity plugin reports limits as plain errors: treat them as bad input.
    if (
      typeof formatted.message === 'string' &&
      /complexity|depth|breadth/i.test(formatted.message) &&
      /exceed|limit|max/i.test(formatted.message)
    ) {
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code },
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
