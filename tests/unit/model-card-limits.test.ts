// The English model card shows "Known limits" from the trainer's docs/model-card.md; the Korean one translates
// that list in content/pages/ko/model-card.mdx. When the trainer adds or drops a limit, this fails until the
// translation follows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownSection } from '../../src/components/markdown-section';

const bullets = (section: string | null) => (section ?? '').split('\n').filter((line) => /^- /.test(line)).length;

describe('model card: known limits', () => {
  it('the Korean card lists as many limits as docs/model-card.md', () => {
    const docs = markdownSection(readFileSync('docs/model-card.md', 'utf8'), 'Known limits');
    const korean = markdownSection(readFileSync('content/pages/ko/model-card.mdx', 'utf8'), '알려진 한계');
    expect(bullets(docs)).toBeGreaterThan(0);
    expect(bullets(korean)).toBe(bullets(docs));
  });
});
