import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

// Ids keep the file's path without the extension (`en/index`, not the glob loader's default `en` for index files).
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');

/** Lessons: `content/lessons/<locale>/<slug>.mdx`; the entry id is `<locale>/<slug>`. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons', generateId: pathId }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    order: z.number().int().nonnegative(),
    seedSection: z.string(),
  }),
});

/**
 * The site's other prose pages, one file per locale: `content/pages/<locale>/<name>.mdx` (about, model-card),
 * rendered by src/pages/[...locale]/<name>.astro; a locale without the file has no such page.
 */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages', generateId: pathId }),
  // `heading`: the page's h1 when it differs from its (shorter) `title`.
  schema: z.object({ title: z.string(), heading: z.string().optional(), description: z.string() }),
});

export const collections = { lessons, pages };
