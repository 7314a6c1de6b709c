// How the explorer words the API's values: kinds, statuses, field names and item titles.

export const humanize = (word) => word.charAt(0) + word.slice(1).toLowerCase().replaceAll('_', ' ');

/** A field's name in plain English: participants → "Participants", datePrecision → "Date precision". */
export const label = (key) => humanize(key.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase());

/** A statement's kind, short. */
export const KIND_LABEL = { QUOTE: 'Quote', PARAPHRASE: 'Reported speech' };

/** A member state's status. */
export const STATUS = { MEMBER: 'Member', PARTICIPATION_FROZEN: 'Participation frozen' };

/** What to call an item: its name or title; a statement by its speaker and its words, cut short. */
export function itemTitle(type, item) {
  if (type !== 'statement') return item.name ?? item.title ?? item.text ?? item.id;
  const text = item.text.length > 90 ? `${item.text.slice(0, 88)}…` : item.text;
  return item.kind === 'QUOTE' ? `${item.speaker?.name ?? 'Statement'}: “${text}”` : text;
}
