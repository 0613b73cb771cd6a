/** GraphQL errors for authentication and input problems, with the standard `extensions.code`. */
import { GraphQLError } from 'graphql';

export class UnauthenticatedGraphQLError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class ForbiddenGraphQLError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class BadInputGraphQLError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** Too many attempts (sign-in throttling): retry after the given number of seconds. */
export class RateLimitedGraphQLError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } });
  }
}

/** The caller signed in with a password an administrator chose: only changing it is allowed. */
export class PasswordChangeRequiredGraphQLError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'PASSWORD_CHANGE_REQUIRED', http: { status: 403 } } });
  }
}
