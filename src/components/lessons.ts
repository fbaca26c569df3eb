import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, isLocale, localePath, type Locale } from '../i18n';

export type Lesson = CollectionEntry<'lessons'>;

/** The slug of a lesson entry (`en/metrics` → `metrics`). */
export function slugOf(lesson: Lesson): string {
  return lesson.id.split('/').slice(1).join('/');
}

/** The locale of a lesson entry (`ko/metrics` → ko). */
export function localeOfLesson(lesson: Lesson): Locale {
  const first = lesson.id.split('/')[0];
  return isLocale(first) ? first : defaultLocale;
}

/** A lesson's page as a locale-free path: the `index` lesson is the home page. */
export function lessonPath(slug: string): string {
  return slug === 'index' ? '/' : `/${slug}/`;
}

/** The URL of a lesson in its own locale (`/metrics/`, `/ko/metrics/`). */
export function hrefOf(lesson: Lesson): string {
  return localePath(localeOfLesson(lesson), lessonPath(slugOf(lesson)));
}

/** Lessons of a locale, in reading order (none for a locale whose folder is empty or missing). */
export async function lessonsOf(locale: Locale): Promise<Lesson[]> {
  const all = await getCollection('lessons', (entry) => entry.id.startsWith(`${locale}/`));
  return all.sort((a, b) => a.data.order - b.data.order);
}
