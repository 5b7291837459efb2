import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams, Ok, Page } from '#contracts/common.js';
import {
  AcceptedDto,
  CoverageQuery,
  KeyHouseholdDto,
  KeyHouseholdsQuery,
  PairingCoverageRowDto,
  VerifyHouseholdInput,
  AcceptSuggestionsInput,
  DueDto,
  DueQuery,
  EndPairingInput,
  HouseholdPairingDto,
  HouseholdPairingInput,
  ListPairingsQuery,
  ListVisitsQuery,
  PairingRulesDto,
  PairingRulesInput,
  SuggestionQuery,
  SuggestionsDto,
  UnitPairingDto,
  UnitPairingInput,
  VisitableDto,
  VisitableQuery,
  VisitDto,
  VisitInput,
} from '#contracts/pairing.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { acceptSuggestions, endPairing, listPairings, pairHousehold, suggestions } from './households.js';
import { sendXlsx } from '../../platform/http.js';
import { exportPairingCoverage, keyHouseholds, pairingCoverage, verifyHousehold } from './ledger.js';
import { pairingPolicy } from './policy.js';
import { rulesOf, setRules } from './rules.js';
import { endUnitPairing, listUnitPairings, pairUnit } from './units.js';
import { dueList, listVisits, logVisit, visitableHouseholds } from './visits.js';

const tags = ['pairing'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 双包联: member ↔ household pairings, suggestions, visits and what is owed.
export const pairingRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const as = requireRole;
    app.get(
      '/pairings',
      { schema: { tags, summary: '结对 Member–household pairings', querystring: ListPairingsQuery, response: { 200: Page(HouseholdPairingDto), ...errors } } },
      async (req) => listPairings(deps, as(pairingPolicy.read)(req), req.query),
    );
    app.post(
      '/pairings',
      { schema: { tags, summary: '结对 Pair a member with a household', body: HouseholdPairingInput, response: { 201: HouseholdPairingDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await pairHousehold(deps, as(pairingPolicy.manage)(req), req.body)),
    );
    app.post(
      '/pairings/:id/end',
      { schema: { tags, summary: '结束结对 End a pairing', params: IdParams, body: EndPairingInput, response: { 200: HouseholdPairingDto, ...errors } } },
      async (req) => endPairing(deps, as(pairingPolicy.manage)(req), req.params.id, req.body.reason, req.body.force),
    );
    app.get(
      '/pairings/suggestions',
      { schema: { tags, summary: '结对建议 Suggested pairings for a community', querystring: SuggestionQuery, response: { 200: SuggestionsDto, ...errors } } },
      async (req) => suggestions(deps, as(pairingPolicy.manage)(req), req.query.placeId),
    );
    app.post(
      '/pairings/suggestions/accept',
      { schema: { tags, summary: '采纳建议 Accept suggested pairings', body: AcceptSuggestionsInput, response: { 200: AcceptedDto, ...errors } } },
      async (req) => acceptSuggestions(deps, as(pairingPolicy.manage)(req), req.body.pairs),
    );
    app.get('/pairings/rules', { schema: { tags, summary: '结对规则 Pairing rules', response: { 200: PairingRulesDto, ...errors } } }, async (req) =>
      rulesOf(deps, as(pairingPolicy.read)(req)),
    );
    app.put(
      '/pairings/rules',
      { schema: { tags, summary: '设置结对规则 Set the pairing rules', body: PairingRulesInput, response: { 200: PairingRulesDto, ...errors } } },
      async (req) => setRules(deps, as(pairingPolicy.rules)(req), req.body),
    );

    app.get(
      '/pairings/units',
      {
        schema: {
          tags,
          summary: '单位包联小区 Unit–compound pairings',
          querystring: z.strictObject({ active: z.enum(['true', 'all']).default('true') }),
          response: { 200: z.array(UnitPairingDto), ...errors },
        },
      },
      async (req) => listUnitPairings(deps, as(pairingPolicy.readUnits)(req), req.query.active),
    );
    app.post(
      '/pairings/units',
      { schema: { tags, summary: '单位包联小区 Pair a unit with a compound', body: UnitPairingInput, response: { 201: UnitPairingDto, ...errors } } },
      async (req, reply) => reply.code(201).send(await pairUnit(deps, as(pairingPolicy.manage)(req), req.body)),
    );
    app.post(
      '/pairings/units/:id/end',
      { schema: { tags, summary: '结束单位包联 End a unit pairing', params: IdParams, response: { 200: UnitPairingDto, ...errors } } },
      async (req) => endUnitPairing(deps, as(pairingPolicy.manage)(req), req.params.id),
    );

    app.get(
      '/pairings/key-households',
      { schema: { tags, summary: '重点户台账 Key households', querystring: KeyHouseholdsQuery, response: { 200: Page(KeyHouseholdDto), ...errors } } },
      async (req) => keyHouseholds(deps, as(pairingPolicy.ledger)(req), req.query),
    );
    app.post(
      '/pairings/key-households/:id/verify',
      {
        schema: {
          tags,
          summary: '复核 Confirm a household’s label and care needs',
          params: IdParams,
          body: VerifyHouseholdInput,
          response: { 200: Ok, ...errors },
        },
      },
      async (req) => {
        await verifyHousehold(deps, as(pairingPolicy.ledger)(req), req.params.id, req.body);
        return { ok: true as const };
      },
    );
    app.get(
      '/pairings/coverage',
      { schema: { tags, summary: '包联覆盖 Coverage by community', querystring: CoverageQuery, response: { 200: z.array(PairingCoverageRowDto), ...errors } } },
      async (req) => pairingCoverage(deps, as(pairingPolicy.manage)(req), req.query),
    );

    app.get(
      '/pairings/coverage/export',
      {
        schema: {
          tags,
          summary: '导出包联覆盖 Export coverage',
          querystring: CoverageQuery,
          produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        },
      },
      async (req, reply) => {
        const { file, name } = await exportPairingCoverage(deps, as(pairingPolicy.manage)(req), req.query);
        return sendXlsx(reply, file, name);
      },
    );

    app.post('/visits', { schema: { tags, summary: '走访 Log a visit', body: VisitInput, response: { 201: VisitDto, ...errors } } }, async (req, reply) =>
      reply.code(201).send(await logVisit(deps, as(pairingPolicy.visit)(req), req.body)),
    );
    app.get(
      '/visits',
      { schema: { tags, summary: '走访记录 Visits', querystring: ListVisitsQuery, response: { 200: Page(VisitDto), ...errors } } },
      async (req) => listVisits(deps, as(pairingPolicy.read)(req), req.query),
    );
    app.get(
      '/visits/households',
      {
        schema: { tags, summary: '走访户查找 Households a member may visit', querystring: VisitableQuery, response: { 200: z.array(VisitableDto), ...errors } },
      },
      async (req) => visitableHouseholds(deps, as(pairingPolicy.visit)(req), req.query.q),
    );
    app.get(
      '/visits/due',
      { schema: { tags, summary: '待走访 Visits owed now', querystring: DueQuery, response: { 200: z.array(DueDto), ...errors } } },
      async (req) => dueList(deps, as(pairingPolicy.read)(req), req.query),
    );
  };
