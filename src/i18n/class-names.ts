/** Dictionary keys of the dataset's class names (public/data/dataset.json), so pages show them in the page's language. */
import type { UiKey } from './en';

const CLASS_KEYS: Record<string, UiKey> = {
  background: 'class.background',
  animal: 'class.animal',
  vehicle: 'class.vehicle',
  plant: 'class.plant',
  food: 'class.food',
  person: 'class.person',
};

/** The key of a class name; a name the dictionary lacks is a build error (add it to CLASS_KEYS and the dictionaries). */
export function classKey(name: string): UiKey {
  const key = CLASS_KEYS[name];
  if (!key) throw new Error(`class "${name}" has no dictionary key in src/i18n/class-names.ts`);
  return key;
}
