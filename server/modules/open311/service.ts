import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { ORDER_CATEGORIES, ORDER_CATEGORY_LABELS, type OrderCategory, type OrderStatus } from '#contracts/labels.js';
import type { ApiKeyDto, Open311PostInput, Open311Request } from '#contracts/open311.js';
import type { OrderDetailDto } from '#contracts/orders.js';
import { accounts, apiKeys, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { DomainError, NotFound } from '../../platform/errors.js';
import { callerOf } from '../../platform/session.js';
import { getOrder, listOrderIds, submitOrder } from '../service/index.js';

const hash = (key: string) => createHash('sha256').update(key).digest('hex');

/** Issues a key acting as the issuing admin; the key is shown once. */
export async function issueKey(deps: AppDeps, caller: Caller, label: string) {
  const key = `s311_${randomBytes(24).toString('base64url')}`;
  const [row] = await deps.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(apiKeys)
      .values({ countyCode: caller.countyCode, accountId: caller.accountId, label, keyHash: hash(key) })
      .returning();
    await audit(tx, caller, { action: 'create', entity: 'apiKey', entityId: inserted[0]?.id, summary: `签发接口密钥 ${label}` });
    return inserted;
  });
  if (!row) throw new Error('insert returned nothing');
  return { ...presentKey(row), key };
}

const presentKey = (k: typeof apiKeys.$inferSelect): ApiKeyDto => ({
  id: k.id,
  label: k.label,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
  revoked: k.revokedAt !== null,
});

export async function listKeys(deps: AppDeps, caller: Caller): Promise<ApiKeyDto[]> {
  const rows = await deps.db.select().from(apiKeys).where(eq(apiKeys.countyCode, caller.countyCode)).orderBy(desc(apiKeys.createdAt));
  return rows.map(presentKey);
}

export async function revokeKey(deps: AppDeps, caller: Caller, id: number): Promise<ApiKeyDto> {
  const [row] = await deps.db.transaction(async (tx) => {
    const done = await tx
      .update(apiKeys)
      .set({ revokedAt: deps.clock() })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.countyCode, caller.countyCode), isNull(apiKeys.revokedAt)))
      .returning();
    if (done[0]) await audit(tx, caller, { action: 'update', entity: 'apiKey', entityId: id, summary: `吊销接口密钥 ${done[0].label}` });
    return done;
  });
  if (!row) throw NotFound('apiKey');
  return presentKey(row);
}

/** The account a key acts as, or a 401 that says nothing about why. */
export async function callerOfKey(deps: AppDeps, key: string, ip: string): Promise<Caller> {
  const [row] = await deps.db
    .select({ key: apiKeys, account: accounts, place: places })
    .from(apiKeys)
    .innerJoin(accounts, eq(accounts.id, apiKeys.accountId))
    .innerJoin(places, eq(places.id, accounts.placeId))
    .where(and(eq(apiKeys.keyHash, hash(key)), isNull(apiKeys.revokedAt), isNull(accounts.disabledAt)))
    .limit(1);
  if (!row) throw new DomainError(401, 'open311.badKey');
  await deps.db.update(apiKeys).set({ lastUsedAt: deps.clock() }).where(eq(apiKeys.id, row.key.id));
  return { ...callerOf(row.account, row.place, { sessionId: `key:${row.key.id}`, csrfToken: '', ip }), mustChangePassword: false };
}

export const services = () =>
  ORDER_CATEGORIES.map((code) => ({
    service_code: code,
    service_name: ORDER_CATEGORY_LABELS[code]['zh-CN'],
    description: ORDER_CATEGORY_LABELS[code].en,
    metadata: false,
    type: 'realtime' as const,
    keywords: '',
    group: '双服务',
  }));

const CLOSED: OrderStatus[] = ['finished', 'rated', 'cancelled'];

function present(o: OrderDetailDto): Open311Request {
  const last = o.timeline.at(-1);
  return {
    service_request_id: String(o.id),
    status: CLOSED.includes(o.status) ? 'closed' : 'open',
    status_notes: last?.text || null,
    service_name: ORDER_CATEGORY_LABELS[o.category]['zh-CN'],
    service_code: o.category,
    description: o.description,
    agency_responsible: o.community.name,
    service_notice: null,
    requested_datetime: o.createdAt,
    updated_datetime: last?.at ?? o.createdAt,
    expected_datetime: o.dueAt,
    address: o.household.address,
    address_id: String(o.household.id),
  };
}

export async function postRequest(deps: AppDeps, caller: Caller, input: Open311PostInput): Promise<{ service_request_id: string; service_notice: string }> {
  if (!(ORDER_CATEGORIES as readonly string[]).includes(input.service_code)) throw new DomainError(400, 'open311.service', {}, 'service_code');
  const who = [input.last_name, input.first_name].filter(Boolean).join('');
  const contact = [who, input.phone].filter(Boolean).join(' ');
  const order = await submitOrder(deps, caller, {
    category: input.service_code as OrderCategory,
    description: contact ? `${input.description}（来电：${contact}）` : input.description,
    householdId: input.address_id,
    photos: [],
  });
  return { service_request_id: String(order.id), service_notice: `已转${order.community.name}派单` };
}

export async function getRequests(
  deps: AppDeps,
  caller: Caller,
  q: {
    service_request_id?: string | undefined;
    service_code?: string | undefined;
    status?: 'open' | 'closed' | undefined;
    start_date?: string | undefined;
    end_date?: string | undefined;
  },
): Promise<Open311Request[]> {
  const ids = q.service_request_id
    ? q.service_request_id
        .split(',')
        .map((s) => Number(s.trim()))
        .filter((n) => Number.isInteger(n) && n > 0)
        .slice(0, 200)
    : await listOrderIds(deps, caller, {
        category: q.service_code as OrderCategory | undefined,
        from: q.start_date ? new Date(q.start_date) : undefined,
        to: q.end_date ? new Date(q.end_date) : undefined,
      });
  const found: Open311Request[] = [];
  for (const id of ids) {
    try {
      found.push(present(await getOrder(deps, caller, id)));
    } catch (e) {
      if (!(e instanceof DomainError && e.status === 404)) throw e;
    }
  }
  return q.status ? found.filter((r) => r.status === q.status) : found;
}
