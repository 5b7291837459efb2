import { z } from 'zod';
import { Id, PageQuery, Phone, Text } from './common.js';

import { PLACE_KINDS, ROLES } from './labels.js';

export const Role = z.enum(ROLES);
export const Username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/);

export const AccountStatus = z.enum(['active', 'locked', 'disabled']);

export const AccountDto = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  place: z.object({ id: z.number().int(), name: z.string(), kind: z.enum(PLACE_KINDS) }),
  /** Masked: 138****5678. */
  phone: z.string().nullable(),
  status: AccountStatus,
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type AccountDto = z.infer<typeof AccountDto>;

export const ListAccountsQuery = PageQuery.extend({
  q: z.string().trim().max(50).default(''),
  role: Role.optional(),
  status: AccountStatus.optional(),
  placeId: Id.optional(),
  sort: z.enum(['createdAt', '-createdAt', 'username', '-username', 'lastLoginAt', '-lastLoginAt']).default('-createdAt'),
});
export type ListAccountsQuery = z.infer<typeof ListAccountsQuery>;

export const CreateAccountInput = z.strictObject({
  username: Username,
  displayName: Text(32),
  role: Role,
  placeId: Id,
  phone: Phone.optional(),
  /** A unit party secretary's work unit (required for that role): they see its members. */
  organizationId: Id.optional(),
});
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const UpdateAccountInput = z.strictObject({
  displayName: Text(32).optional(),
  role: Role.optional(),
  placeId: Id.optional(),
  phone: Phone.nullable().optional(),
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

/** The one-time password shown to the admin, who hands it over; it must be changed at first login. */
export const IssuedPasswordDto = z.object({ account: AccountDto, temporaryPassword: z.string() });
export type IssuedPasswordDto = z.infer<typeof IssuedPasswordDto>;

export const RevealedDto = z.object({ value: z.string().nullable() });

/** Opens a resident's phone account from their record: they log in with their phone number. */
export const OpenResidentAccountInput = z.strictObject({ residentId: Id });
export type OpenResidentAccountInput = z.infer<typeof OpenResidentAccountInput>;
export const OpenMemberAccountInput = z.strictObject({ memberId: Id });
