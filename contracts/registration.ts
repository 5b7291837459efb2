import { z } from 'zod';
import { Id, IsoDateString, PageQuery, Text } from './common.js';
import { REGISTRATION_STATUSES, RESOURCE_KINDS } from './labels.js';

// 双报到 — 组织报到: a unit's party organisation registers at a community.

export const OfferedResource = z.strictObject({ kind: z.enum(RESOURCE_KINDS), description: Text(200) });

export const UnitRegistrationInput = z.strictObject({
  /** The community registered at: where the unit sits, or one the county assigned. */
  placeId: Id,
  contacts: Text(200),
  resources: z.array(OfferedResource).max(20).default([]),
  /** 共建协议 */
  agreement: z.strictObject({ startDate: IsoDateString, endDate: IsoDateString, commitments: Text(2000) }),
});
export type UnitRegistrationInput = z.infer<typeof UnitRegistrationInput>;

export const ReturnRegistrationInput = z.strictObject({ reason: Text(200) });
export type ReturnRegistrationInput = z.infer<typeof ReturnRegistrationInput>;

export const UnitRegistrationDto = z.object({
  id: z.number().int(),
  organization: z.object({ id: z.number().int(), name: z.string() }),
  place: z.object({ id: z.number().int(), name: z.string() }),
  contacts: z.string(),
  resources: z.array(z.object({ kind: z.enum(RESOURCE_KINDS), description: z.string() })),
  agreement: z.object({ startDate: z.string(), endDate: z.string(), commitments: z.string() }),
  status: z.enum(REGISTRATION_STATUSES),
  reason: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type UnitRegistrationDto = z.infer<typeof UnitRegistrationDto>;

export const ListUnitRegistrationsQuery = PageQuery.extend({
  status: z.enum(REGISTRATION_STATUSES).optional(),
  placeId: Id.optional(),
});
export type ListUnitRegistrationsQuery = z.infer<typeof ListUnitRegistrationsQuery>;
