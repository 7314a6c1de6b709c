// The API's resource types: the collection that holds each, its names in English, and its operations in
// Swagger UI.

/** A reference's type to the collection that holds it, as the API spells both. */
export const COLLECTIONS = {
  country: 'countries',
  person: 'persons',
  body: 'bodies',
  organization: 'organizations',
  event: 'events',
  statement: 'statements',
  source: 'sources',
};

const TYPE_OF = Object.fromEntries(Object.entries(COLLECTIONS).map(([type, collection]) => [collection, type]));

export const typeOfCollection = (collection) => TYPE_OF[collection];

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

/** Each type's tag and "get one" operation in Swagger UI, for its deep links (#/Tag/operationId). */
const OPERATIONS = {
  country: ['Countries', 'getCountry'],
  person: ['Persons', 'getPerson'],
  body: ['Bodies', 'getBody'],
  organization: ['Organizations', 'getOrganization'],
  event: ['Events', 'getEvent'],
  statement: ['Statements', 'getStatement'],
  source: ['Sources', 'getSource'],
  passage: ['Sources', 'getPassage'],
  timeline: ['Timeline', 'getTimeline'],
  search: ['Search', 'search'],
  memberStates: ['Member states', 'listMemberStates'],
};

/** The operation's deep link in Swagger UI; a space in a tag is %20 there. */
export function swaggerHref(operation) {
  const [tag, id] = OPERATIONS[operation];
  return `/swagger-ui.html#/${encodeURIComponent(tag)}/${id}`;
}
