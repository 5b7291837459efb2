import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorDto, IdParams, Page, patchOf } from '#contracts/common.js';
import {
  HouseholdDto,
  HouseholdInput,
  ListHouseholdsQuery,
  ListMembersQuery,
  ListOrganizationsQuery,
  ListResidentsQuery,
  MemberDto,
  MemberInput,
  OrganizationDto,
  OrganizationInput,
  PartyOrgInput,
  ResidentDto,
  ResidentInput,
  RevealInput,
} from '#contracts/people.js';
import { RevealedDto } from '#contracts/accounts.js';
import { audit } from '../../platform/audit.js';
import { requireRole } from '../../platform/caller.js';
import type { AppDeps } from '../../platform/context.js';
import * as homes from './households.js';
import * as units from './organizations.js';
import * as people from './members.js';
import { peoplePolicy } from './policy.js';

const errors = { 400: ErrorDto, 403: ErrorDto, 404: ErrorDto, 409: ErrorDto };

// 单位、党员、户、居民: reads scoped by place (and by unit for a unit secretary); writes in one transaction.
export const peopleRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = deps;
    const as = requireRole;
    const memberReader = as(peoplePolicy.readMembers);
    const memberWriter = as(peoplePolicy.writeMembers);
    const orgWriter = as(peoplePolicy.writeOrganizations);
    const homeReader = as(peoplePolicy.readPlaces);
    const homeWriter = as(peoplePolicy.writeHouseholds);

    // 单位
    let tags = ['organizations'];
    app.get(
      '/organizations',
      { schema: { tags, summary: '单位列表 Work units', querystring: ListOrganizationsQuery, response: { 200: Page(OrganizationDto), ...errors } } },
      async (req) => units.listOrganizations(deps, memberReader(req), req.query),
    );
    app.get('/organizations/:id', { schema: { tags, params: IdParams, response: { 200: OrganizationDto, ...errors } } }, async (req) =>
      units.getOrganization(deps, memberReader(req), req.params.id),
    );
    app.post(
      '/organizations',
      { schema: { tags, summary: '新增单位 Add a work unit', body: OrganizationInput, response: { 201: OrganizationDto, ...errors } } },
      async (req, reply) => {
        const caller = orgWriter(req);
        const { id } = await db.transaction((tx) => units.saveOrganization(tx, caller, req.body));
        return reply.code(201).send(await units.getOrganization(deps, caller, id));
      },
    );
    app.patch(
      '/organizations/:id',
      { schema: { tags, params: IdParams, body: patchOf(OrganizationInput), response: { 200: OrganizationDto, ...errors } } },
      async (req) => {
        const caller = orgWriter(req);
        await db.transaction(async (tx) => {
          const row = await units.visibleOrganization(tx, caller, req.params.id);
          const current = {
            name: row.name,
            kind: row.kind,
            industry: row.industry,
            address: row.address,
            placeId: row.placeId,
            creditCode: row.creditCode ?? undefined,
          };
          await units.saveOrganization(tx, caller, { ...current, ...req.body }, { id: row.id });
        });
        return units.getOrganization(deps, caller, req.params.id);
      },
    );
    app.post(
      '/party-orgs',
      { schema: { tags, summary: '新增党组织 Add a party organisation', body: PartyOrgInput, response: { 201: OrganizationDto, ...errors } } },
      async (req, reply) => {
        const caller = orgWriter(req);
        const orgId = await db.transaction((tx) => units.addPartyOrg(tx, deps, caller, req.body));
        return reply.code(201).send(await units.getOrganization(deps, caller, orgId));
      },
    );

    // 在职党员
    tags = ['members'];
    app.get(
      '/members',
      { schema: { tags, summary: '党员列表 Members', querystring: ListMembersQuery, response: { 200: Page(MemberDto), ...errors } } },
      async (req) => people.listMembers(deps, memberReader(req), req.query),
    );
    app.get('/members/:id', { schema: { tags, params: IdParams, response: { 200: MemberDto, ...errors } } }, async (req) => {
      const caller = memberReader(req);
      const member = await people.getMember(deps, caller, req.params.id);
      await audit(db, caller, { action: 'view', entity: 'member', entityId: member.id, summary: `查看党员 ${member.name}` });
      return member;
    });
    app.post(
      '/members',
      { schema: { tags, summary: '新增党员 Add a member', body: MemberInput, response: { 201: MemberDto, ...errors } } },
      async (req, reply) => {
        const caller = memberWriter(req);
        const { id } = await db.transaction((tx) => people.saveMember(tx, deps, caller, req.body));
        return reply.code(201).send(await people.getMember(deps, caller, id));
      },
    );
    app.patch('/members/:id', { schema: { tags, params: IdParams, body: patchOf(MemberInput), response: { 200: MemberDto, ...errors } } }, async (req) => {
      const caller = memberWriter(req);
      await db.transaction(async (tx) => {
        const row = await people.visibleMember(tx, caller, req.params.id);
        await people.saveMember(tx, deps, caller, { ...people.memberInputOf(row, deps), ...req.body }, { id: row.id });
      });
      return people.getMember(deps, caller, req.params.id);
    });
    app.post(
      '/members/:id/reveal',
      { schema: { tags, summary: '查看完整信息（留痕） Reveal (audited)', params: IdParams, body: RevealInput, response: { 200: RevealedDto, ...errors } } },
      async (req) => people.revealMember(deps, memberReader(req), req.params.id, req.body.field),
    );

    // 户
    tags = ['households'];
    app.get(
      '/households',
      { schema: { tags, summary: '户列表 Households', querystring: ListHouseholdsQuery, response: { 200: Page(HouseholdDto), ...errors } } },
      async (req) => homes.listHouseholds(deps, homeReader(req), req.query),
    );
    app.get('/households/:id', { schema: { tags, params: IdParams, response: { 200: HouseholdDto, ...errors } } }, async (req) =>
      homes.getHousehold(deps, homeReader(req), req.params.id),
    );
    app.post(
      '/households',
      { schema: { tags, summary: '新增户 Add a household', body: HouseholdInput, response: { 201: HouseholdDto, ...errors } } },
      async (req, reply) => {
        const caller = homeWriter(req);
        const { id } = await db.transaction((tx) => homes.saveHousehold(tx, caller, req.body));
        return reply.code(201).send(await homes.getHousehold(deps, caller, id));
      },
    );
    app.patch(
      '/households/:id',
      { schema: { tags, params: IdParams, body: patchOf(HouseholdInput), response: { 200: HouseholdDto, ...errors } } },
      async (req) => {
        const caller = homeWriter(req);
        await db.transaction(async (tx) => {
          const row = await homes.visibleHousehold(tx, caller, req.params.id);
          await homes.saveHousehold(tx, caller, { ...homes.householdInputOf(row), ...req.body }, { id: row.id });
        });
        return homes.getHousehold(deps, caller, req.params.id);
      },
    );

    // 居民
    tags = ['residents'];
    app.get(
      '/residents',
      { schema: { tags, summary: '居民列表 Residents', querystring: ListResidentsQuery, response: { 200: Page(ResidentDto), ...errors } } },
      async (req) => homes.listResidents(deps, homeReader(req), req.query),
    );
    app.get('/residents/:id', { schema: { tags, params: IdParams, response: { 200: ResidentDto, ...errors } } }, async (req) =>
      homes.getResident(deps, homeReader(req), req.params.id),
    );
    app.post(
      '/residents',
      { schema: { tags, summary: '新增居民 Add a resident', body: ResidentInput, response: { 201: ResidentDto, ...errors } } },
      async (req, reply) => {
        const caller = homeWriter(req);
        const { id } = await db.transaction((tx) => homes.saveResident(tx, deps, caller, req.body));
        return reply.code(201).send(await homes.getResident(deps, caller, id));
      },
    );
    app.patch(
      '/residents/:id',
      { schema: { tags, params: IdParams, body: patchOf(ResidentInput), response: { 200: ResidentDto, ...errors } } },
      async (req) => {
        const caller = homeWriter(req);
        await db.transaction(async (tx) => {
          const row = await homes.visibleResident(tx, caller, req.params.id);
          await homes.saveResident(tx, deps, caller, { ...homes.residentInputOf(row, deps), ...req.body }, { id: row.id });
        });
        return homes.getResident(deps, caller, req.params.id);
      },
    );
    app.post('/residents/:id/reveal', { schema: { tags, params: IdParams, body: RevealInput, response: { 200: RevealedDto, ...errors } } }, async (req) =>
      homes.revealResident(deps, homeReader(req), req.params.id, req.body.field),
    );
  };
