/** The gateway's rule (MIN_PASSWORD_LENGTH): checked here too, so the form says it before sending. */
export const MIN_PASSWORD_LENGTH = 10;

export type PasswordField = 'current' | 'next' | 'confirm';
export type PasswordProblem = 'required' | 'tooShort' | 'same' | 'mismatch';

/**
 * What is wrong with a change-password form before it is sent, field by field; empty when it
 * may be sent. Whether the current password is right only the gateway can say.
 */
export function passwordProblems(form: {
  current: string;
  next: string;
  confirm: string;
}): Partial<Record<PasswordField, PasswordProblem>> {
  const problems: Partial<Record<PasswordField, PasswordProblem>> = {};
  if (!form.current) problems.current = 'required';
  if (!form.next) problems.next = 'required';
  else if ([...form.next].length < MIN_PASSWORD_LENGTH) problems.next = 'tooShort';
  else if (form.next === form.current) problems.next = 'same';
  if (!form.confirm) problems.confirm = 'required';
  else if (form.next && form.confirm !== form.next) problems.confirm = 'mismatch';
  return problems;
}
