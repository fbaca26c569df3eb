// Which emoji become objects of which class: a rule on Unicode's emoji subgroups (from emojibase-data), not a
// hand-picked list. A few labels inside a kept subgroup are not whole objects of that class (a stop sign under
// transport, a feather under birds, a person on a bicycle, which is half vehicle); they are named here with the
// reason, and everything else in the subgroup is kept.

/** Unicode emoji subgroup → our class name. Subgroups not listed (faces, hands, symbols, flags, …) are skipped. */
export const SUBGROUP_CLASS: Readonly<Record<string, string>> = {
  'animal-mammal': 'animal',
  'animal-bird': 'animal',
  'animal-amphibian': 'animal',
  'animal-reptile': 'animal',
  'animal-marine': 'animal',
  'animal-bug': 'animal',
  'plant-flower': 'plant',
  'plant-other': 'plant',
  'food-fruit': 'food',
  'food-vegetable': 'food',
  'food-prepared': 'food',
  'food-asian': 'food',
  'food-sweet': 'food',
  drink: 'food',
  'transport-ground': 'vehicle',
  'transport-water': 'vehicle',
  'transport-air': 'vehicle',
  person: 'person',
  'person-gesture': 'person',
  'person-role': 'person',
  'person-fantasy': 'person',
  'person-activity': 'person',
  'person-sport': 'person',
  'person-resting': 'person',
  family: 'person',
};

/** Labels in a kept subgroup that are not one whole object of its class, with the reason. */
export const EXCLUDED_LABELS: Readonly<Record<string, string>> = {
  'pig nose': 'a body part',
  'paw prints': 'a trace, not an animal',
  feather: 'a body part',
  wing: 'a body part',
  'spider web': 'not an animal',
  coral: 'mostly drawn as a plant',
  microbe: 'not drawn as an animal',
  'spiral shell': 'an empty shell',
  rosette: 'a decoration',
  'empty nest': 'not a plant',
  'nest with eggs': 'not a plant',
  'baby bottle': 'a container more than a drink',
  ice: 'not food',
  station: 'a place',
  'bus stop': 'a sign',
  motorway: 'a road',
  'railway track': 'a road',
  'oil drum': 'a container',
  'fuel pump': 'a machine',
  wheel: 'a part',
  'police car light': 'a part',
  'horizontal traffic light': 'a sign',
  'vertical traffic light': 'a sign',
  'stop sign': 'a sign',
  construction: 'a sign',
  anchor: 'a part',
  'ring buoy': 'a part',
  'airplane departure': 'a symbol',
  'airplane arrival': 'a symbol',
  parachute: 'not a vehicle',
  seat: 'a part',
  'roller skate': 'footwear',
  'horse racing': 'half animal',
  'person taking bath': 'mostly a bathtub',
  'person in bed': 'mostly a bed',
  'person in steamy room': 'mostly steam',
  'hairy creature': 'not a person',
};

/** Person emoji that ride or sit in a vehicle (half vehicle): skipped by pattern. */
const MIXED = /biking|rowing boat|wheelchair/;

/** Skin-tone and direction variants repeat a concept: only the base emoji is used. */
const VARIANT = /: facing right$/;

/** The class an emoji belongs to, or null when it is skipped. */
export function emojiClass(subgroup: string, label: string): string | null {
  const cls = SUBGROUP_CLASS[subgroup];
  if (!cls) return null;
  const lower = label.toLowerCase();
  if (lower in EXCLUDED_LABELS || MIXED.test(lower) || VARIANT.test(lower)) return null;
  return cls;
}

/**
 * The concept an emoji draws, so that "man cook", "woman cook" and "cook" are one concept and the test split
 * holds out all of them: gender/person words and the part after a colon are removed ("woman: red hair" → "").
 */
export function emojiConcept(label: string): string {
  const stem = label
    .toLowerCase()
    .replace(/:.*$/, '')
    .replace(/^(man|woman|person|men|women|people|mx|mrs\.|baby|old|older)\b\s*/, '')
    .replace(/\b(man|woman|men|women|person|people)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return stem || 'person';
}
