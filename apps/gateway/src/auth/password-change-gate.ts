import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { type Context, pick } from '../context.ts';
import { PasswordChangeRequiredGraphQLError } from '../graphql-errors.ts';

/** What someone with a temporary password may still do: change it, or sign out. */
const ALLOWED = new Set(['changePassword', 'endSession', '__typename']);

/** The root fields a mutation selects; null when it selects through fragments (judged unknown). */
function rootFields(operation: OperationDefinitionNode): string[] | null {
  const names: string[] = [];
  for (const s of operation.selectionSet.selections) {
    if (s.kind !== Kind.FIELD) return null;
    names.push(s.name.value);
  }
  return names;
}

/**
 * A password an administrator chose (createUser, updateUser, resetPassword) is known to two
 * people, so until its owner replaces it, their mutations are refused with
 * PASSWORD_CHANGE_REQUIRED, except changePassword and endSession. Reads stay allowed (they
 * change nothing, and the dashboard needs them to show the change-password page). One check for
 * every mutation, here, rather than in each service.
 */
export function passwordChangeGate(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation !== 'mutation') return;
          if (!contextValue.viewer?.mustChangePassword) return;
          const fields = rootFields(operation);
          if (fields?.every((f) => ALLOWED.has(f))) return;
          throw new PasswordChangeRequiredGraphQLError(
            pick(
              contextValue,
              'Bạn đang dùng mật khẩu tạm do quản trị viên đặt: hãy đổi mật khẩu (changePassword) trước khi thay đổi dữ liệu.',
              'You signed in with a temporary password an administrator set: change it (changePassword) before changing any data.',
            ),
          );
        },
      };
    },
  };
}
