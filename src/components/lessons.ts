import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n';

export type Lesson = CollectionEntry<'lessons'>;

/** The slug of a lesson entry (`en/metrics` → `metrics`). */
export function slugOf(lesson: Lesson): string {
  return lesson.id.split('/').slice(1).join('/');
}

/** The URL of a lesson; the `index` lesson is the home page. */
export function hrefOf(lesson: Lesson): string {
  const slug = slugOf(lesson);
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return slug === 'index' ? `${base}/` : `${base}/${slug}/`;
}

/** Lessons of a locale, in reading order. */
export async function lessonsOf(locale: Locale): Promise<Lesson[]> {
  const all = await getCollection('lessons', (entry) => entry.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}
