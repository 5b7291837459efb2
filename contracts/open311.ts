import { z } from 'zod';
import { Text } from './common.js';

// Open311 GeoReport v2 (JSON): how a 12345 hotline or another system hands requests in and reads their status.

export const Open311Service = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.literal('realtime'),
  keywords: z.string(),
  group: z.string(),
});

export const Open311PostInput = z.object({
  api_key: z.string().min(10).max(200),
  service_code: z.string().max(40),
  description: Text(500),
  /** Sishuang's household id: where the service is needed. */
  address_id: z.coerce.number().int().positive(),
  first_name: z.string().max(40).optional(),
  last_name: z.string().max(40).optional(),
  phone: z.string().max(40).optional(),
  lat: z.coerce.number().optional(),
  long: z.coerce.number().optional(),
});
export type Open311PostInput = z.infer<typeof Open311PostInput>;

export const Open311Request = z.object({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string(),
  service_notice: z.string().nullable(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string(),
  address_id: z.string(),
});
export type Open311Request = z.infer<typeof Open311Request>;

export const Open311Query = z.object({
  api_key: z.string().min(10).max(200),
  service_request_id: z.string().max(2000).optional(),
  service_code: z.string().max(40).optional(),
  status: z.enum(['open', 'closed']).optional(),
  start_date: z.iso.datetime({ offset: true }).optional(),
  end_date: z.iso.datetime({ offset: true }).optional(),
});

export const Open311Error = z.array(z.object({ code: z.number().int(), description: z.string() }));

// Keys, issued by the org department.
export const ApiKeyInput = z.strictObject({ label: Text(60) });
export const ApiKeyDto = z.object({ id: z.number().int(), label: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), revoked: z.boolean() });
export type ApiKeyDto = z.infer<typeof ApiKeyDto>;
export const IssuedKeyDto = ApiKeyDto.extend({ key: z.string() });
