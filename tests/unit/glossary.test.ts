// The glossary's data (src/components/glossary.ts): the terms are there, every entry is written in every
// locale (Korean in Hangul), anchors are unique, and each links to a lesson that exists and uses the term.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryOf } from '../../src/components/glossary';
import { locales } from '../../src/i18n/locales';

const english = (slug: string) => readFileSync(`content/lessons/en/${slug}.mdx`, 'utf8').toLowerCase();

describe('glossary', () => {
  it('has the FCN terms the lessons teach', () => {
    const terms = GLOSSARY.map((entry) => entry.text.en.term);
    for (const term of [
      'convolution',
      'transposed convolution',
      'receptive field',
      'upsampling',
      'skip connection',
      'pixel accuracy',
      'mean IoU',
      'stride',
      'padding',
      'feature map',
      'fully connected layer',
      'backbone',
      'confusion matrix',
      'semantic segmentation',
      'crop',
      'bilinear interpolation',
      'score map',
    ]) {
      expect(terms).toContain(term);
    }
    const korean = GLOSSARY.map((entry) => entry.text.ko.term);
    for (const term of ['합성곱', '전치 합성곱', '수용 영역', '업샘플링', '스킵 연결', '픽셀 정확도', '평균 IoU'])
      expect(korean).toContain(term);
  });

  it('has unique anchors, and a term and a one-line definition in every locale', () => {
    expect(new Set(GLOSSARY.map((entry) => entry.id)).size).toBe(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      expect(entry.id).toMatch(/^[a-z0-9-]+$/);
      for (const locale of locales) {
        const { term, definition } = entry.text[locale];
        expect(term.trim(), `${entry.id} ${locale}`).not.toBe('');
        expect(definition.length, `${entry.id} ${locale}`).toBeGreaterThan(20);
        expect(definition, `${entry.id} ${locale}: one line`).not.toMatch(/\n/);
      }
      expect(entry.text.ko.definition, entry.id).toMatch(/[가-힣]/);
    }
  });

  it('links each term to a lesson that exists and mentions it', () => {
    const missing = GLOSSARY.filter((entry) => {
      if (!existsSync(`content/lessons/en/${entry.lesson}.mdx`)) return true;
      const word = entry.text.en.term
        .replace(/ \(.*\)$/, '')
        .split(',')[0]
        .toLowerCase();
      return !english(entry.lesson).includes(word);
    }).map((entry) => `${entry.id} → ${entry.lesson}`);
    expect(missing).toEqual([]);
  });

  it('sorts each locale by its own alphabet', () => {
    expect(glossaryOf('en')[0].text.en.term < glossaryOf('en')[1].text.en.term).toBe(true);
    const ko = glossaryOf('ko')
      .map((entry) => entry.text.ko.term)
      .filter((term) => /^[가-힣]/.test(term));
    expect(ko).toEqual([...ko].sort((a, b) => a.localeCompare(b, 'ko')));
  });
});
