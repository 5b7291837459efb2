import { z } from 'zod';
import { PLACE_KINDS, ROLES } from './labels.js';

export const LoginInput = z.strictObject({
  username: z.string().trim().min(1).max(64), // username or phone number
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof LoginInput>;

export const ChangePasswordInput = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(8).max(128),
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const SessionDto = z.object({
  account: z.object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    place: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(PLACE_KINDS) }),
    /** The community the account's place lies in (itself, for a community account); null above community level. */
    community: z.object({ id: z.number().int(), name: z.string() }).nullable(),
    mustChangePassword: z.boolean(),
    /** A party member's own account: their member record; a unit secretary's unit. */
    memberId: z.number().int().nullable(),
    organizationId: z.number().int().nullable(),
  }),
  /** Send back as the `x-csrf-token` header on every POST/PUT/PATCH/DELETE. */
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
});
export type SessionDto = z.infer<typeof SessionDto>;
