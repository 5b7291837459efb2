import { z } from 'zod';

/** Ids are positive integers; path params arrive as strings. */
export const Id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 53 - 1);
export const IdParams = z.strictObject({ id: Id });
export type IdParams = z.infer<typeof IdParams>;

export const PageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** The one error shape: `message` follows Accept-Language; `messages` carries both languages. */
export const ErrorDto = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messages: z.object({ 'zh-CN': z.string(), en: z.string() }),
    field: z.string().optional(),
  }),
});
export type ErrorDto = z.infer<typeof ErrorDto>;

export const Ok = z.object({ ok: z.literal(true) });

/** A calendar date, YYYY-MM-DD. */
export const IsoDateString = z.iso.date();

/** A mainland mobile number: 11 digits starting 13-19. */
export const Phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/);

/** Trimmed text; blank becomes undefined-free empty check via min(1). */
export const Text = (max: number) => z.string().trim().min(1).max(max);

/**
 * The PATCH form of a create schema: every field optional and no defaults, so a field the caller
 * leaves out keeps its stored value instead of being reset.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodType<Partial<z.output<z.ZodObject<T>>>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    shape[key] = z.optional(field instanceof z.ZodDefault ? field.unwrap() : field);
  }
  // The shape is built at run time; its output is exactly the partial of the schema's.
  return z.strictObject(shape) as unknown as z.ZodType<Partial<z.output<z.ZodObject<T>>>>;
}
