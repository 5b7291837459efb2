/** The password rule, checked here for quick feedback; the server checks it again. */
export const PASSWORD_MIN_LENGTH = 8;

const CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

export function isStrongPassword(password: string): boolean {
  if (password.length < PASSWORD_MIN_LENGTH) return false;
  return CLASSES.filter((pattern) => pattern.test(password)).length >= 3;
}

type Translate = (key: 'auth.password.weak' | 'auth.password.same' | 'auth.password.mismatch') => string;
type FormLike = { getFieldValue: (name: string) => unknown };

const rejectUnless = (ok: boolean, text: string) => (ok ? Promise.resolve() : Promise.reject(new Error(text)));

/** The change-password form's rules, the same on the console (antd) and the phone (antd-mobile). */
export function changePasswordRules(t: Translate) {
  return {
    newPassword: [
      { required: true },
      {
        validator: (_: unknown, value: unknown) => rejectUnless(typeof value !== 'string' || value === '' || isStrongPassword(value), t('auth.password.weak')),
      },
      ({ getFieldValue }: FormLike) => ({
        validator: (_: unknown, value: unknown) => rejectUnless(!value || value !== getFieldValue('currentPassword'), t('auth.password.same')),
      }),
    ],
    confirm: [
      { required: true },
      ({ getFieldValue }: FormLike) => ({
        validator: (_: unknown, value: unknown) => rejectUnless(!value || value === getFieldValue('newPassword'), t('auth.password.mismatch')),
      }),
    ],
  };
}
