import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Page } from '#contracts/common.js';
import { type AppealDto, GRADE_LABELS, type Grade } from '#contracts/evaluation.js';
import type { Conn } from '../../db/client.js';
import { accounts, evaluationAppeals, memberEvaluations, members } from '../../db/schema/index.js';
import { audit } from '../../platform/audit.js';
import type { Caller } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { Conflict, DomainError, Invalid, NotFound } from '../../platform/errors.js';
import { communityAdmins, notify } from '../../platform/notify.js';
import { placesInScope } from '../../platform/scope.js';
import { setGrade, visibleEvaluation } from './grades.js';
import { appealUntil, assertOpen, yearRow } from './years.js';

// 申诉: a member questions their result within the window; the community answers before the year is locked.

type Row = typeof evaluationAppeals.$inferSelect;

async function present(conn: Conn, rows: Row[]): Promise<AppealDto[]> {
  if (!rows.length) return [];
  const owners = new Map(
    (
      await conn
        .select({ id: memberEvaluations.id, memberId: members.id, name: members.name })
        .from(memberEvaluations)
        .innerJoin(members, eq(members.id, memberEvaluations.memberId))
        .where(
          inArray(
            memberEvaluations.id,
            rows.map((r) => r.evaluationId),
          ),
        )
    ).map((o) => [o.id, { id: o.memberId, name: o.name }]),
  );
  return rows.map((r) => ({
    id: r.id,
    evaluationId: r.evaluationId,
    member: owners.get(r.evaluationId) ?? { id: 0, name: '' },
    reason: r.reason,
    status: r.status,
    answer: r.answer,
    createdAt: r.createdAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
  }));
}

/** The latest appeal of each evaluation. */
export async function latestAppeals(conn: Conn, evaluationIds: number[]): Promise<Map<number, AppealDto>> {
  if (!evaluationIds.length) return new Map();
  const rows = await conn.select().from(evaluationAppeals).where(inArray(evaluationAppeals.evaluationId, evaluationIds)).orderBy(desc(evaluationAppeals.id));
  const latest = new Map<number, Row>();
  for (const r of rows) if (!latest.has(r.evaluationId)) latest.set(r.evaluationId, r);
  return new Map((await present(conn, [...latest.values()])).map((a) => [a.evaluationId, a]));
}

/** A member appeals their own result, once at a time, while the window is open. */
export async function appeal(deps: AppDeps, caller: Caller, year: number, reason: string): Promise<AppealDto> {
  if (!caller.memberId) throw new DomainError(403, 'registration.notMemberAccount');
  const memberId = caller.memberId;
  const row = await deps.db.transaction(async (tx) => {
    const [own] = await tx
      .select()
      .from(memberEvaluations)
      .where(and(eq(memberEvaluations.memberId, memberId), eq(memberEvaluations.year, year)));
    if (!own) throw NotFound('evaluation');
    const until = appealUntil(await yearRow(tx, own.countyCode, year));
    if (!until || deps.clock() > until) throw Conflict('evaluation.appealClosed');
    const [made] = await tx.insert(evaluationAppeals).values({ countyCode: own.countyCode, evaluationId: own.id, reason }).onConflictDoNothing().returning();
    if (!made) throw Conflict('evaluation.appealOpen');
    await notify(tx, await communityAdmins(tx, own.communityId), {
      kind: 'evaluation.appeal',
      title: { 'zh-CN': `有党员对 ${year} 年度评价提出申诉`, en: `A member appealed their ${year} result` },
      body: { 'zh-CN': reason, en: reason },
      link: '/evaluation/appeals',
    });
    await audit(tx, caller, { action: 'create', entity: 'evaluation', entityId: own.id, summary: `年度评价申诉：${reason}` });
    return made;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('appeal');
  return dto;
}

export async function listAppeals(
  deps: AppDeps,
  caller: Caller,
  year: number,
  q: { status?: Row['status'] | undefined; page: number; pageSize: number },
): Promise<Page<AppealDto>> {
  const conn = deps.db;
  const where: (SQL | undefined)[] = [
    inArray(
      evaluationAppeals.evaluationId,
      conn
        .select({ id: memberEvaluations.id })
        .from(memberEvaluations)
        .where(and(eq(memberEvaluations.year, year), inArray(memberEvaluations.communityId, placesInScope(conn, caller)))),
    ),
  ];
  if (q.status) where.push(eq(evaluationAppeals.status, q.status));
  const filter = and(...where);
  const [total] = await conn.select({ n: count() }).from(evaluationAppeals).where(filter);
  const rows = await conn
    .select()
    .from(evaluationAppeals)
    .where(filter)
    .orderBy(sql`${evaluationAppeals.status} = 'open' desc`, desc(evaluationAppeals.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: await present(conn, rows), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

/**
 * The community answers: upheld with the new grade (within the cap; it becomes the adjustment, the
 * appeal its reason), or rejected with why. The member is told either way.
 */
export async function answerAppeal(
  deps: AppDeps,
  caller: Caller,
  year: number,
  id: number,
  input: { upheld: boolean; answer: string; grade?: Grade | undefined },
) {
  if (input.upheld && !input.grade) throw Invalid('evaluation.gradeRequired', 'grade');
  const row = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`evaluation:${caller.countyCode}:${year}`}))`);
    await assertOpen(tx, caller.countyCode, year);
    const [found] = await tx.select().from(evaluationAppeals).where(eq(evaluationAppeals.id, id));
    if (!found) throw NotFound('appeal');
    const evaluation = await visibleEvaluation(tx, caller, year, found.evaluationId);
    if (found.status !== 'open') throw Conflict('evaluation.appealAnswered');
    if (input.upheld && input.grade) await setGrade(tx, caller, evaluation, { grade: input.grade, reason: `申诉成立：${input.answer}` });
    const [answered] = await tx
      .update(evaluationAppeals)
      .set({ status: input.upheld ? 'upheld' : 'rejected', answer: input.answer, answeredBy: caller.accountId, answeredAt: deps.clock() })
      .where(and(eq(evaluationAppeals.id, found.id), eq(evaluationAppeals.status, 'open')))
      .returning();
    if (!answered) throw Conflict('evaluation.appealAnswered');
    const recipients = await tx
      .select({ accountId: accounts.id, countyCode: accounts.countyCode })
      .from(accounts)
      .where(eq(accounts.memberId, evaluation.memberId));
    const grade = input.grade ? GRADE_LABELS[input.grade] : null;
    await notify(tx, recipients, {
      kind: 'evaluation.appealAnswered',
      title: input.upheld
        ? { 'zh-CN': `您的申诉成立，等次调整为${grade?.['zh-CN'] ?? ''}`, en: `Your appeal was upheld: ${grade?.en ?? ''}` }
        : { 'zh-CN': '您的申诉未获支持', en: 'Your appeal was not upheld' },
      body: { 'zh-CN': input.answer, en: input.answer },
      link: '/m/evaluation',
    });
    await audit(tx, caller, {
      action: 'update',
      entity: 'evaluation',
      entityId: evaluation.id,
      summary: `答复申诉（${input.upheld ? '成立' : '不成立'}）：${input.answer}`,
    });
    return answered;
  });
  const [dto] = await present(deps.db, [row]);
  if (!dto) throw NotFound('appeal');
  return dto;
}
