/** The shape of a glossary entry (../glossary.ts): its anchor, its lesson, and its term and definition per locale. */
import type { Locale } from '../../i18n/locales';

export interface GlossaryText {
  term: string;
  definition: string;
}

export interface GlossaryEntry {
  id: string;
  /** Slug of the lesson that teaches the term (`index` is the home page). */
  lesson: string;
  text: Record<Locale, GlossaryText>;
}
