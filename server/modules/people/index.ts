// 单位、党组织、在职党员、户、居民. Other modules import only from here.
export { peopleRoutes } from './routes.js';
export { saveOrganization, addPartyOrg, listOrganizationsForExport, visibleOrganization, type Upserted } from './organizations.js';
export { saveMember, membersForExport, setMemberHome, findMemberByIdentity, getMember, ownMember, memberNames, listMembers, visibleMember } from './members.js';
export {
  saveHousehold,
  saveResident,
  householdsForExport,
  residentsForExport,
  visibleResident,
  visibleHousehold,
  householdsUnder,
  householdAddresses,
} from './households.js';
export { checkIdentity } from './identity.js';
export { visibleMembers } from './scope.js';
