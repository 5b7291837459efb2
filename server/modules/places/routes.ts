import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorDto, IdParams, Page } from '#contracts/common.js';
import {
  CreatePlaceInput,
  ListPlacesQuery,
  MovePlaceInput,
  PlaceDetailDto,
  PlaceDto,
  PlaceEventDto,
  PlaceSearchHitDto,
  RenamePlaceInput,
  RetirePlaceInput,
  SearchPlacesQuery,
} from '#contracts/places.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import { placePolicy } from './policy.js';
import * as places from './service.js';

const tags = ['places'];
const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 网格层级 routes: reads are scoped; every write is one transaction with its history and audit rows.
export const placeRoutes =
  ({ db }: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const reader = requireRole(placePolicy.read);
    const manager = requireRole(placePolicy.manage);

    app.get(
      '/',
      { schema: { tags, summary: '下级节点 Children of a place', querystring: ListPlacesQuery, response: { 200: z.array(PlaceDto), ...errors } } },
      async (req) => places.listPlaces(db, reader(req), req.query.parentId, req.query.includeRetired === 'true'),
    );

    app.get(
      '/search',
      { schema: { tags, summary: '搜索节点 Search places', querystring: SearchPlacesQuery, response: { 200: Page(PlaceSearchHitDto), ...errors } } },
      async (req) => places.searchPlaces(db, reader(req), req.query),
    );

    app.get('/:id', { schema: { tags, summary: '节点详情 Place detail', params: IdParams, response: { 200: PlaceDetailDto, ...errors } } }, async (req) =>
      places.getPlace(db, reader(req), req.params.id),
    );

    app.get(
      '/:id/history',
      { schema: { tags, summary: '变更历史 Place history', params: IdParams, response: { 200: z.array(PlaceEventDto), ...errors } } },
      async (req) => places.placeHistory(db, reader(req), req.params.id),
    );

    app.post('/', { schema: { tags, summary: '新增节点 Add a place', body: CreatePlaceInput, response: { 201: PlaceDto, ...errors } } }, async (req, reply) => {
      const caller = manager(req);
      return reply.code(201).send(await db.transaction((tx) => places.createPlace(tx, caller, req.body)));
    });

    app.patch(
      '/:id',
      { schema: { tags, summary: '重命名 Rename a place', params: IdParams, body: RenamePlaceInput, response: { 200: PlaceDto, ...errors } } },
      async (req) => {
        const caller = manager(req);
        return db.transaction((tx) => places.renamePlace(tx, caller, req.params.id, req.body));
      },
    );

    app.post(
      '/:id/move',
      { schema: { tags, summary: '移动节点 Move a place', params: IdParams, body: MovePlaceInput, response: { 200: PlaceDto, ...errors } } },
      async (req) => {
        const caller = manager(req);
        return db.transaction((tx) => places.movePlace(tx, caller, req.params.id, req.body));
      },
    );

    app.post(
      '/:id/retire',
      { schema: { tags, summary: '撤销节点 Retire a place', params: IdParams, body: RetirePlaceInput, response: { 200: PlaceDto, ...errors } } },
      async (req) => {
        const caller = manager(req);
        return db.transaction((tx) => places.retirePlace(tx, caller, req.params.id, req.body));
      },
    );

    app.post(
      '/:id/restore',
      { schema: { tags, summary: '恢复节点 Restore a place', params: IdParams, response: { 200: PlaceDto, ...errors } } },
      async (req) => {
        const caller = manager(req);
        return db.transaction((tx) => places.restorePlace(tx, caller, req.params.id));
      },
    );
  };
