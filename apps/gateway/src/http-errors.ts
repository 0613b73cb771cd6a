import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { languageFromHeader } from './context.ts';
import type { ErrorLogger } from './errors-masking.ts';

const body = (message: string, code: string, extra: Record<string, unknown> = {}) => ({
  errors: [{ message, extensions: { code, ...extra } }],
});

/**
 * Errors outside GraphQL execution (a body that is not JSON, or too large, or any other failure
 * in a route) as a JSON body like GraphQL's, never Express's HTML page with a stack trace and
 * paths — whatever NODE_ENV says. Unexpected ones are logged with an id, as in GraphQL.
 */
export function jsonErrorHandler(log: ErrorLogger, bodyLimit: string): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const en = languageFromHeader(req.headers['accept-language']) === 'en';
    const say = (vi: string, e: string) => (en ? e : vi);
    const type = (error as { type?: string }).type;
    const status = Number((error as { status?: unknown }).status);
    if (type === 'entity.too.large') {
      res
        .status(413)
        .json(
          body(
            say(
              `Nội dung yêu cầu lớn hơn giới hạn ${bodyLimit}.`,
              `The request body is larger than the ${bodyLimit} limit.`,
            ),
            'PAYLOAD_TOO_LARGE',
          ),
        );
      return;
    }
    if (type === 'entity.parse.failed') {
      res
        .status(400)
        .json(
          body(
            say('Nội dung yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.'),
            'BAD_REQUEST',
          ),
        );
      return;
    }
    if (Number.isInteger(status) && status >= 400 && status < 500) {
      // body-parser's other refusals (charset, encoding, content length): its message names the
      // problem and nothing internal.
      const message = error instanceof Error ? error.message : 'Bad request';
      res
        .status(status)
        .json(body(say(`Yêu cầu không hợp lệ: ${message}`, message), 'BAD_REQUEST'));
      return;
    }
    const errorId = randomUUID();
    log({ errorId, message: error instanceof Error ? error.message : String(error), error });
    res
      .status(500)
      .json(
        body(
          say(
            `Lỗi máy chủ (mã ${errorId}). Lỗi đã được ghi lại với mã này.`,
            `Internal server error (id ${errorId}). The error is logged with this id.`,
          ),
          'INTERNAL_SERVER_ERROR',
          { errorId },
        ),
      );
  };
}

/** Unknown routes get a JSON 404 too. */
export const jsonNotFound: RequestHandler = (req, res) => {
  const en = languageFromHeader(req.headers['accept-language']) === 'en';
  res
    .status(404)
    .json(
      body(
        en
          ? 'Nothing here: see /graphql and /export.'
          : 'Không có gì ở đây: xem /graphql và /export.',
        'NOT_FOUND',
      ),
    );
};
