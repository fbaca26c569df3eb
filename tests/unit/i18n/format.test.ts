// Filling and formatting UI strings (src/i18n/format.ts), t(locale, key) and the widgets' client messages.
import { describe, expect, it } from 'vitest';
import { fill, formatNumber, formatPercent, placeholders, templateParts } from '../../../src/i18n/format';
import { messagesFrom } from '../../../src/i18n/client';
import { t, widgetStrings } from '../../../src/i18n';

describe('fill(locale, template, params)', () => {
  it('replaces each {name}, formats numbers for the locale and leaves unknown placeholders', () => {
    expect(fill('en', 'Lesson {n} of {total}', { n: 3, total: 7 })).toBe('Lesson 3 of 7');
    expect(fill('ko', '스프라이트 {count}개', { count: 2192 })).toBe('스프라이트 2,192개');
    expect(fill('en', 'see {link}', {})).toBe('see {link}');
  });

  it('lists placeholders once each and cuts a template at them', () => {
    expect(placeholders('{a} and {b} and {a}')).toEqual(['a', 'b']);
    expect(templateParts('is {link}.')).toEqual([{ text: 'is ' }, { slot: 'link' }, { text: '.' }]);
  });
});

describe('formatNumber and formatPercent', () => {
  it('group thousands and fix fraction digits', () => {
    expect(formatNumber('en', 2623022)).toBe('2,623,022');
    expect(formatNumber('ko', 2623022)).toBe('2,623,022');
    expect(formatNumber('en', 0.0003)).toBe('0.0003');
    expect(formatNumber('ko', 2.5, 2)).toBe('2.50');
    expect(formatPercent('en', 0.4457)).toBe('44.6%');
    expect(formatPercent('ko', 0.4457)).toBe('44.6%');
  });
});

describe('t(locale, key, params)', () => {
  it("reads the locale's dictionary and fills placeholders", () => {
    expect(t('en', 'lessonNumber', { n: 2, total: 7 })).toBe('Lesson 2 of 7');
    expect(t('ko', 'lessonNumber', { n: 2, total: 7 })).toBe('단원 2 / 7');
    expect(t('needsJs')).toBe(t('en', 'needsJs'));
  });
});

describe('widgetStrings(locale, prefixes) → messagesFrom', () => {
  it('embeds only the prefixed keys of one locale, and the client fills them', () => {
    const embedded = JSON.parse(widgetStrings('ko', ['backend.'])) as {
      locale: string;
      strings: Record<string, string>;
    };
    expect(embedded.locale).toBe('ko');
    expect(Object.keys(embedded.strings).every((key) => key.startsWith('backend.'))).toBe(true);
    expect(JSON.stringify(embedded)).not.toContain('tfjs backend');
    const m = messagesFrom(embedded);
    expect(m.t('backend.inUse', { backend: m.t('backend.webglSoftware') })).toBe('tfjs: WebGL (소프트웨어)');
    expect(m.t('siteTitle')).toBe('siteTitle');
    expect(m.number(1234.5, 1)).toBe('1,234.5');
  });
});
