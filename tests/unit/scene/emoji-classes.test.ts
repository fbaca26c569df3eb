// Emoji objects are labelled by rule (Unicode subgroup), and a concept's variants share one split.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emojiClass, emojiConcept, SUBGROUP_CLASS } from '../../../src/lib/scene/emoji-classes';
import type { DatasetFile } from '../../../src/lib/scene/dataset';

describe('emojiClass(subgroup, label)', () => {
  it('maps animal, plant, food, transport and person subgroups to our classes', () => {
    expect(emojiClass('animal-mammal', 'dog')).toBe('animal');
    expect(emojiClass('plant-flower', 'tulip')).toBe('plant');
    expect(emojiClass('drink', 'hot beverage')).toBe('food');
    expect(emojiClass('transport-water', 'sailboat')).toBe('vehicle');
    expect(emojiClass('person-role', 'woman cook')).toBe('person');
  });
  it('skips faces, symbols and flags, the named non-objects, mixed person+vehicle emoji and mirrored variants', () => {
    expect(emojiClass('face-smiling', 'grinning face')).toBeNull();
    expect(emojiClass('flag', 'chequered flag')).toBeNull();
    expect(emojiClass('transport-ground', 'stop sign')).toBeNull();
    expect(emojiClass('animal-bird', 'feather')).toBeNull();
    expect(emojiClass('person-sport', 'woman biking')).toBeNull();
    expect(emojiClass('person-activity', 'man running: facing right')).toBeNull();
    expect(
      Object.values(SUBGROUP_CLASS).every((c) => ['animal', 'plant', 'food', 'vehicle', 'person'].includes(c)),
    ).toBe(true);
  });
});

describe('emojiConcept(label)', () => {
  it('gives man cook, woman cook and cook one concept, and keeps different roles apart', () => {
    expect(new Set(['cook', 'man cook', 'woman cook'].map(emojiConcept))).toEqual(new Set(['cook']));
    expect(emojiConcept('man firefighter')).not.toBe(emojiConcept('man pilot'));
    expect(emojiConcept('people holding hands')).toBe(emojiConcept('women holding hands'));
  });
});

describe('public/data/dataset.json emoji objects', () => {
  const dataset = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as DatasetFile;
  const emoji = dataset.sprites.filter((s) => s.origin === 'emoji');
  it('hold out whole concepts: no concept of the test split has a style in training', () => {
    const key = (s: (typeof emoji)[number]) => `${s.classId}/${s.concept}`;
    const train = new Set(emoji.filter((s) => s.split === 'train').map(key));
    const test = emoji.filter((s) => s.split === 'test');
    expect(test.length).toBeGreaterThan(200);
    expect(test.filter((s) => train.has(key(s)))).toEqual([]);
  });
  it('give every object class emoji objects in both splits', () => {
    for (const classId of [1, 2, 3, 4, 5]) {
      for (const split of ['train', 'test'])
        expect(emoji.some((s) => s.classId === classId && s.split === split)).toBe(true);
    }
  });
});
