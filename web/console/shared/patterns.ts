/** A mainland mobile number, as the contracts check it. */
export const PHONE = /^1[3-9]\d{9}$/;
