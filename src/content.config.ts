import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

/** Lessons: `content/lessons/<locale>/<slug>.mdx`; the entry id is `<locale>/<slug>`. */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    order: z.number().int().nonnegative(),
    seedSection: z.string(),
  }),
});

export const collections = { lessons };
