import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Lessons: `content/lessons/<locale>/<slug>.mdx`; the entry id is `<locale>/<slug>`. */
const lessons = defineCollection({
  // Ids keep the file's path (`en/index`, not the glob loader's default `en` for index files).
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    order: z.number().int().nonnegative(),
    seedSection: z.string(),
  }),
});

export const collections = { lessons };
