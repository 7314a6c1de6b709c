// How the explorer words the API's values: kinds, statuses, field names and item titles.

export const humanize = (word) => word.charAt(0) + word.slice(1).toLowerCase().replaceAll('_', ' ');

/** A field's name in plain English: participants → "Participants", datePrecision → "Date precision". */
export const label = (key) => humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase());

/** A statement's kind, short. */
export const KIND_LABEL = { QUOTE: 'Quote', PARAPHRASE: 'Reported speech' };

/** A member state's status. */
export const STATUS = { MEMBER: 'Member', PARTICIPATION_FROZEN: 'Participation frozen' };

/** A statement's words, cut short for a title or a link. */
export const shortText = (text) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);

/** What to call an item: its name or title; a statement by its speaker and its words, cut short. */
export function itemTitle(type, item) {
  if (type !== 'statement') return item.name ?? item.title ?? item.text ?? item.id;
  const text = shortText(item.text);
  return item.kind === 'QUOTE' ? `${item.speaker?.name ?? 'Statement'}: “${text}”` : text;
}

/** Each role a party plays in an item, as the API's involvement names it, in a few words. */
const ROLE = {
  PARTICIPANT: 'took part', PLACE: 'where it happened', CONCERNS: 'concerned', SPEAKER: 'spoke', ABOUT: 'spoken of',
};

/**
 * How an item involves a party ({role, through} from the API's involvement), role by role: "took part
 * through Nikol Pashinyan", "spoke", "took part, also through Nikol Pashinyan".
 */
export function involvementText(involvement) {
  const roles = new Map();
  for (const { role, through } of involvement ?? []) {
    if (!roles.has(role)) roles.set(role, { itself: false, through: [] });
    if (through) roles.get(role).through.push(through.name);
    else roles.get(role).itself = true;
  }
  return [...roles].map(([role, { itself, through }]) => {
    const words = ROLE[role] ?? role.toLowerCase();
    return through.length ? `${words}${itself ? ', also' : ''} through ${through.join(' and ')}` : words;
  }).join('; ');
}

/** A timeline entry's title: a quote with its speaker, as a statement's page names it. */
export const entryTitle = (entry) => (entry.type === 'statement'
  ? itemTitle('statement', { text: entry.title, kind: entry.kind, speaker: entry.speaker })
  : entry.title);
