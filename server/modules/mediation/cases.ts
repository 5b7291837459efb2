import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import type { CaseDto, MediationStatus } from '#contracts/mediation.js';
import type { Conn } from '../../db/client.js';
import { accounts, mediationCases, places } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, Invalid, NotFound } from '../../platform/errors.js';
import { notify } from '../../platform/notify.js';
import { sealPhone } from '../../platform/personal.js';
import { placeNames, placesInScope, visiblePlace } from '../../platform/scope.js';
import { communityOf } from '../places/index.js';

// 矛盾纠纷调解: a case's parties and story belong to its community and its mediators; the levels above
// see that a case exists, its kind and where it stands.

type Row = typeof mediationCases.$inferSelect;

/** May the caller read the case's details: a mediator on it, or staff of its community (not the levels above). */
async function seesDetail(conn: Conn, caller: Caller, row: Row): Promise<boolean> {
  if (row.mediatorIds.includes(caller.accountId)) return true;
  if (caller.role !== 'communityAdmin' && caller.role !== 'gridWorker') return false;
  const [place] = await conn.select({ path: places.path }).from(places).where(eq(places.id, row.placeId));
  return Boolean(place?.path.startsWith(caller.placePath));
}

async function present(conn: Conn, caller: Caller, rows: Row[]): Promise<CaseDto[]> {
  if (!rows.length) return [];
  const names = await placeNames(
    conn,
    rows.map((r) => r.placeId),
  );
  const mediatorIds = [...new Set(rows.flatMap((r) => r.mediatorIds))];
  const mediators = new Map(
    mediatorIds.length
      ? (await conn.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(inArray(accounts.id, mediatorIds))).map((a) => [a.id, a.name])
      : [],
  );
  const out: CaseDto[] = [];
  for (const r of rows) {
    const detail = (await seesDetail(conn, caller, r))
      ? {
          parties: r.parties.map((p) => ({ name: p.name, phone: p.phoneMask, role: p.role })),
          description: r.description,
          sessions: r.sessions,
          outcome: r.outcome ?? null,
          outcomeDetail: r.outcomeDetail,
          followUp: r.followUp ?? null,
        }
      : null;
    out.push({
      id: r.id,
      place: { id: r.placeId, name: names.get(r.placeId) ?? '' },
      category: r.category as CaseDto['category'],
      status: r.status,
      detail,
      mediators: r.mediatorIds.map((id) => ({ id, name: mediators.get(id) ?? '' })),
      openedAt: r.openedAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
    });
  }
  return out;
}

/** 受理: by the community (or its grid workers) for a place in it; outside one's places the place is not found. */
export async function openCase(
  deps: AppDeps,
  caller: Caller,
  input: { placeId: number; category: string; parties: { name: string; phone?: string | undefined; role: string }[]; description: string },
): Promise<CaseDto> {
  const row = await deps.db.transaction(async (tx) => {
    const place = await visiblePlace(tx, caller, input.placeId);
    if (!(await communityOf(tx, place.id))) throw Invalid('mediation.place', 'placeId');
    const [made] = await tx
      .insert(mediationCases)
      .values({
        countyCode: caller.countyCode,
        placeId: place.id,
        category: input.category,
        parties: input.parties.map((p) => {
          const sealed = sealPhone(deps.vault, p.phone);
          return { name: p.name, phoneCipher: sealed.phoneCipher, phoneMask: sealed.phoneMask ?? '', role: p.role };
        }),
        description: input.description,
        openedBy: caller.accountId,
      })
      .returning();
    if (!made) throw new Error('insert returned nothing');
    await audit(tx, caller, { action: 'create', entity: 'mediation', entityId: made.id, summary: `受理调解案件（${input.parties.length} 方当事人）` });
    return made;
  });
  const [dto] = await present(deps.db, caller, [row]);
  if (!dto) throw NotFound('mediation');
  return dto;
}

/** Staff see their places' cases; anyone sees the cases they mediate (a member only those). */
function visibility(conn: Conn, caller: Caller): SQL {
  const mediating = sql`${mediationCases.mediatorIds} @> ${JSON.stringify([caller.accountId])}::jsonb`;
  if (caller.role === 'member') return mediating;
  return sql`(${inArray(mediationCases.placeId, placesInScope(conn, caller))} or ${mediating})`;
}

async function visibleCase(conn: Conn, caller: Caller, id: number): Promise<Row> {
  const [row] = await conn
    .select()
    .from(mediationCases)
    .where(and(eq(mediationCases.id, id), visibility(conn, caller)));
  if (!row) throw NotFound('mediation');
  return row;
}

export async function getCase(deps: AppDeps, caller: Caller, id: number): Promise<CaseDto> {
  const row = await visibleCase(deps.db, caller, id);
  const [dto] = await present(deps.db, caller, [row]);
  if (!dto) throw NotFound('mediation');
  if (dto.detail) await audit(deps.db, caller, { action: 'view', entity: 'mediation', entityId: id, summary: '查看调解案件详情' });
  return dto;
}

export async function listCases(
  deps: AppDeps,
  caller: Caller,
  q: { placeId?: number | undefined; status?: MediationStatus | undefined; category?: string | undefined; page: number; pageSize: number },
): Promise<Page<CaseDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [eq(mediationCases.countyCode, caller.countyCode), visibility(conn, caller)];
  if (q.placeId)
    where.push(
      inArray(
        mediationCases.placeId,
        conn
          .select({ id: places.id })
          .from(places)
          .where(sql`${places.path} like ${`${(await visiblePlace(conn, caller, q.placeId)).path}%`}`),
      ),
    );
  if (q.status) where.push(eq(mediationCases.status, q.status));
  if (q.category) where.push(eq(mediationCases.category, q.category));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(mediationCases).where(filter);
  const rows = await conn
    .select()
    .from(mediationCases)
    .where(filter)
    .orderBy(desc(mediationCases.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, caller, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/** A step on a case, by someone who may see its details, while it is open. */
async function step(
  deps: AppDeps,
  caller: Caller,
  id: number,
  change: (row: Row) => Partial<typeof mediationCases.$inferInsert>,
  summary: string,
): Promise<CaseDto> {
  const row = await deps.db.transaction(async (tx) => {
    const found = await visibleCase(tx, caller, id);
    if (!(await seesDetail(tx, caller, found))) throw NotFound('mediation');
    if (found.status === 'closed') throw Conflict('mediation.closed');
    const [saved] = await tx.update(mediationCases).set(change(found)).where(eq(mediationCases.id, found.id)).returning();
    await audit(tx, caller, { action: 'update', entity: 'mediation', entityId: found.id, summary });
    return saved ?? found;
  });
  const [dto] = await present(deps.db, caller, [row]);
  if (!dto) throw NotFound('mediation');
  return dto;
}

/** 指派调解员: staff or members of the case's community (a member mediates from the phone). */
export async function assignMediators(deps: AppDeps, caller: Caller, id: number, mediatorIds: number[]) {
  const found = await visibleCase(deps.db, caller, id);
  const community = await communityOf(deps.db, found.placeId);
  const ok = await deps.db
    .select({ accountId: accounts.id, countyCode: accounts.countyCode, role: accounts.role })
    .from(accounts)
    .innerJoin(places, eq(places.id, accounts.placeId))
    .where(
      and(
        inArray(accounts.id, mediatorIds),
        inArray(accounts.role, ['communityAdmin', 'gridWorker', 'member']),
        sql`${places.path} like ${`${community?.path ?? '-'}%`}`,
      ),
    );
  if (ok.length !== new Set(mediatorIds).size) throw Invalid('mediation.mediator', 'mediatorIds');
  const dto = await step(
    deps,
    caller,
    id,
    (r) => ({ mediatorIds: [...new Set(mediatorIds)], status: r.status === 'intake' ? 'mediating' : r.status }),
    '指派调解员',
  );
  // Members open the case on the phone; staff in the console.
  for (const role of ['member', 'staff'] as const) {
    await notify(
      deps.db,
      ok.filter((a) => (a.role === 'member') === (role === 'member')).map(({ accountId, countyCode }) => ({ accountId, countyCode })),
      {
        kind: 'mediation.assigned',
        title: { 'zh-CN': '您被指派调解一起纠纷', en: 'You are asked to mediate a dispute' },
        body: { 'zh-CN': '请尽快联系当事人', en: 'Please reach the parties soon' },
        link: role === 'member' ? `/m/mediation/${id}` : `/mediation/${id}`,
      },
    );
  }
  return dto;
}

export const addSession = (deps: AppDeps, caller: Caller, id: number, input: { date: string; notes: string }) =>
  step(
    deps,
    caller,
    id,
    (r) => ({ sessions: [...r.sessions, { ...input, by: caller.displayName }], status: r.status === 'intake' ? 'mediating' : r.status }),
    '记录调解过程',
  );

export const recordOutcome = (deps: AppDeps, caller: Caller, id: number, input: { outcome: 'agreed' | 'referred' | 'failed'; detail: string }) =>
  step(deps, caller, id, () => ({ status: input.outcome, outcome: input.outcome, outcomeDetail: input.detail }), `调解结果：${input.outcome}`);

/** 回访: after the outcome, a follow-up visit with the parties' satisfaction closes the case. */
export async function followUp(deps: AppDeps, caller: Caller, id: number, input: { date: string; notes: string; satisfaction: number }) {
  const found = await visibleCase(deps.db, caller, id);
  if (!['agreed', 'referred', 'failed'].includes(found.status)) throw Conflict('mediation.noOutcome');
  return step(deps, caller, id, () => ({ followUp: input, status: 'closed', closedAt: deps.clock() }), `回访，满意度 ${input.satisfaction}`);
}
