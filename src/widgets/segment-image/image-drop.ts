/**
 * The three ways a reader hands over an image: the file picker, dropping a file on the widget, and pasting
 * (Ctrl/⌘+V) while the widget has focus. Each calls `onFile` with the first file; a drop or paste that holds
 * no file calls `onNothing` with where it happened. The file never leaves the tab.
 */
export interface ImageDropHandlers {
  onFile(file: File): void;
  onNothing(where: 'drop' | 'paste'): void;
}

/** Wires the three ways until `signal` aborts. */
export function wireImageDrop(
  root: HTMLElement,
  picker: HTMLInputElement,
  zone: HTMLElement,
  handlers: ImageDropHandlers,
  signal: AbortSignal,
): void {
  const on = { signal };
  picker.addEventListener(
    'change',
    () => {
      const file = picker.files?.[0];
      if (file) handlers.onFile(file);
      picker.value = '';
    },
    on,
  );
  // The whole widget takes a drop (a miss would make the browser open the file instead); the zone lights up.
  root.addEventListener(
    'dragover',
    (event) => {
      event.preventDefault();
      zone.classList.add('over');
    },
    on,
  );
  root.addEventListener(
    'dragleave',
    (event) => {
      if (!root.contains(event.relatedTarget as Node | null)) zone.classList.remove('over');
    },
    on,
  );
  root.addEventListener(
    'drop',
    (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      const file = event.dataTransfer?.files[0];
      if (file) handlers.onFile(file);
      else handlers.onNothing('drop');
    },
    on,
  );
  root.addEventListener(
    'paste',
    (event) => {
      const items = [...(event.clipboardData?.items ?? [])];
      const file = items.find((item) => item.kind === 'file')?.getAsFile();
      if (file) {
        event.preventDefault();
        handlers.onFile(file);
      } else if (event.target === zone) {
        handlers.onNothing('paste');
      }
    },
    on,
  );
}
