/** The password rule, checked here for quick feedback; the server checks it again. */
export const PASSWORD_MIN_LENGTH = 8;

const CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

export function isStrongPassword(password: string): boolean {
  if (password.length < PASSWORD_MIN_LENGTH) return false;
  return CLASSES.filter((pattern) => pattern.test(password)).length >= 3;
}
