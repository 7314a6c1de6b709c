// The API's resource types and collections: the collection that holds each type, their names in English,
// and their operations in Swagger UI.

/**
 * The API's collections, each at /api/v1/<collection> and at /explore/<collection>: the type of its items,
 * its name (which is also its tag in Swagger UI), what one of its items is called, and its operations
 * that list and get.
 */
export const COLLECTION_OF = {
  'member-states': { type: 'country', name: 'Member states', one: 'member state', list: 'listMemberStates', get: 'getMemberState' },
  countries: { type: 'country', name: 'Countries', one: 'country', list: 'listCountries', get: 'getCountry' },
  persons: { type: 'person', name: 'Persons', one: 'person', list: 'listPersons', get: 'getPerson' },
  bodies: { type: 'body', name: 'Bodies', one: 'body', list: 'listBodies', get: 'getBody' },
  organizations: { type: 'organization', name: 'Organizations', one: 'organization', list: 'listOrganizations', get: 'getOrganization' },
  events: { type: 'event', name: 'Events', one: 'event', list: 'listEvents', get: 'getEvent' },
  statements: { type: 'statement', name: 'Statements', one: 'statement', list: 'listStatements', get: 'getStatement' },
  sources: { type: 'source', name: 'Sources', one: 'source', list: 'listSources', get: 'getSource' },
};

/** A reference's type to the collection that holds it, as the API spells both. */
export const COLLECTIONS = Object.fromEntries(Object.entries(COLLECTION_OF)
  .filter(([collection]) => collection !== 'member-states')
  .map(([collection, { type }]) => [type, collection]));

export const typeOfCollection = (collection) => COLLECTION_OF[collection]?.type;

/** Each type's name, one and many. */
export const TYPE_NAMES = {
  country: ['Country', 'Countries'],
  person: ['Person', 'Persons'],
  body: ['Body', 'Bodies'],
  organization: ['Organization', 'Organizations'],
  event: ['Event', 'Events'],
  statement: ['Statement', 'Statements'],
  source: ['Passage of the source', 'Passages of the source'],
};

/**
 * The operations in Swagger UI, for their deep links (#/Tag/operationId): a collection's list, a type's
 * "get one" (a member state's apart), and the rest by name.
 */
const OPERATIONS = {
  ...Object.fromEntries(Object.entries(COLLECTION_OF).map(([collection, { name, list }]) => [collection, [name, list]])),
  ...Object.fromEntries(Object.entries(COLLECTIONS).map(([type, collection]) => [type, [COLLECTION_OF[collection].name, COLLECTION_OF[collection].get]])),
  'member-state': ['Member states', 'getMemberState'],
  passage: ['Sources', 'getPassage'],
  timeline: ['Timeline', 'getTimeline'],
  search: ['Search', 'search'],
};

/** The operation's deep link in Swagger UI; a space in a tag is %20 there. */
export function swaggerHref(operation) {
  const [tag, id] = OPERATIONS[operation];
  return `/swagger-ui.html#/${encodeURIComponent(tag)}/${id}`;
}
