import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import {
  ItemDto,
  ItemInput,
  LedgerCheckDto,
  LedgerQuery,
  ListMerchantsQuery,
  ListRedemptionsQuery,
  MerchantDto,
  MerchantInput,
  MyPointsDto,
  PointEntryDto,
  PointRuleInput,
  PointRulesDto,
  RedeemCodeDto,
  RedeemInput,
  RedemptionDto,
  ReverseEntryInput,
  StatementDto,
  StatementQuery,
} from '#contracts/points.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { sendXlsx } from '../../platform/http.js';
import { earnPoints } from './earn.js';
import { checkLedger, isYearLocked, listEntries, myPoints, reverseEntry } from './ledger.js';
import { listItems, listMerchants, saveItem, saveMerchant } from './merchants.js';
import { pointsPolicy as may } from './policy.js';
import { exportStatement, listRedemptions, openCode, redeem, reverseRedemption, statement } from './redeem.js';
import { listRules, setRule, withdrawRule } from './rules.js';

const tags = ['points'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };
const ItemParams = z.strictObject({ id: IdParams.shape.id, itemId: IdParams.shape.id });
const XLSX = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

// 积分: rules, the ledger, merchants, codes and redemptions.
export const pointsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.get('/points/rules', { schema: { tags, summary: '积分规则 Point rules', response: { 200: PointRulesDto, ...errors } } }, async (req) =>
      listRules(deps, as(may.readRules)(req)),
    );
    app.put(
      '/points/rules',
      { schema: { tags, summary: '设置积分规则 Set a rule from a date', body: PointRuleInput, response: { 200: PointRulesDto, ...errors } } },
      async (req) => setRule(deps, as(may.setRules)(req), req.body, isYearLocked),
    );
    app.delete(
      '/points/rules',
      {
        schema: {
          tags,
          summary: '撤回规则 Withdraw a scheduled rule',
          querystring: z.strictObject({ kind: PointRuleInput.shape.kind, effectiveFrom: PointRuleInput.shape.effectiveFrom }),
          response: { 200: PointRulesDto, ...errors },
        },
      },
      async (req) => withdrawRule(deps, as(may.setRules)(req), req.query.kind, req.query.effectiveFrom),
    );
    app.get(
      '/points/entries',
      { schema: { tags, summary: '积分台账 Ledger entries', querystring: LedgerQuery, response: { 200: Page(PointEntryDto), ...errors } } },
      async (req) => listEntries(deps, as(may.ledger)(req), req.query),
    );
    app.post(
      '/points/entries/:id/reverse',
      { schema: { tags, summary: '更正 Reverse an entry', params: IdParams, body: ReverseEntryInput, response: { 200: PointEntryDto, ...errors } } },
      async (req) => reverseEntry(deps, as(may.correct)(req), req.params.id, req.body.reason),
    );
    app.get('/points/me', { schema: { tags, summary: '我的积分 My points', response: { 200: MyPointsDto, ...errors } } }, async (req) =>
      myPoints(deps, as(may.me)(req)),
    );
    app.get('/points/check', { schema: { tags, summary: '对账 Balances against entries', response: { 200: LedgerCheckDto, ...errors } } }, async (req) =>
      checkLedger(deps, as(may.audit)(req)),
    );
    app.post(
      '/points/settle',
      { schema: { tags, summary: '立即结算 Earn points for new service now', response: { 200: z.object({ written: z.number().int() }), ...errors } } },
      async (req) => ({ written: await earnPoints(deps, as(may.setRules)(req).countyCode) }),
    );

    app.get(
      '/merchants',
      { schema: { tags, summary: '兑换商户 Merchants', querystring: ListMerchantsQuery, response: { 200: Page(MerchantDto), ...errors } } },
      async (req) => listMerchants(deps, as(may.readMerchants)(req), req.query),
    );
    app.post(
      '/merchants',
      { schema: { tags, summary: '新增商户 Add a merchant', body: MerchantInput, response: { 201: MerchantDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await saveMerchant(deps, as(may.manageMerchants)(req), req.body)),
    );
    app.put(
      '/merchants/:id',
      { schema: { tags, summary: '修改商户 Change a merchant', params: IdParams, body: MerchantInput, response: { 200: MerchantDto, ...errors } } },
      async (req) => saveMerchant(deps, as(may.manageMerchants)(req), req.body, req.params.id),
    );
    app.get(
      '/merchants/:id/items',
      { schema: { tags, summary: '兑换商品 A merchant’s catalogue', params: IdParams, response: { 200: z.array(ItemDto), ...errors } } },
      async (req) => listItems(deps, as(may.readMerchants)(req), req.params.id),
    );
    app.post(
      '/merchants/:id/items',
      { schema: { tags, summary: '上架商品 Add an item', params: IdParams, body: ItemInput, response: { 201: ItemDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await saveItem(deps, as(may.manageItems)(req), req.params.id, req.body)),
    );
    app.put(
      '/merchants/:id/items/:itemId',
      { schema: { tags, summary: '修改商品 Change an item', params: ItemParams, body: ItemInput, response: { 200: ItemDto, ...errors } } },
      async (req) => saveItem(deps, as(may.manageItems)(req), req.params.id, req.body, req.params.itemId),
    );
    app.get(
      '/merchants/:id/statement',
      { schema: { tags, summary: '月度结算单 Monthly statement', params: IdParams, querystring: StatementQuery, response: { 200: StatementDto, ...errors } } },
      async (req) => statement(deps, as(may.statement)(req), req.params.id, req.query.month),
    );
    app.get(
      '/merchants/:id/statement/export',
      { schema: { tags, summary: '导出结算单 Export the statement', params: IdParams, querystring: StatementQuery, produces: XLSX } },
      async (req, reply) => {
        const { file, name } = await exportStatement(deps, as(may.statement)(req), req.params.id, req.query.month);
        return sendXlsx(reply, file, name);
      },
    );

    app.post('/points/codes', { schema: { tags, summary: '兑换码 Open a redemption code', response: { 201: RedeemCodeDto, ...errors } } }, async (req, reply) =>
      reply.code(201).send(await openCode(deps, as(may.me)(req))),
    );
    app.post(
      '/redemptions',
      { schema: { tags, summary: '积分兑换 Redeem a code', body: RedeemInput, response: { 201: RedemptionDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await redeem(deps, as(may.redeem)(req), req.body)),
    );
    app.get(
      '/redemptions',
      { schema: { tags, summary: '兑换记录 Redemptions', querystring: ListRedemptionsQuery, response: { 200: Page(RedemptionDto), ...errors } } },
      async (req) => listRedemptions(deps, as(may.redemptions)(req), req.query),
    );
    app.post(
      '/redemptions/:id/reverse',
      { schema: { tags, summary: '撤销兑换 Reverse a redemption', params: IdParams, body: ReverseEntryInput, response: { 200: RedemptionDto, ...errors } } },
      async (req) => reverseRedemption(deps, as(may.redeem)(req), req.params.id, req.body.reason),
    );
  };
