// A text file out of the game (a download) and one into it (the browser's picker), for splits files.
// Both need a user's gesture (a key press) in the browser; nothing here touches the game's state.
import { describeSize } from './file-import.ts';

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/xml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

/**
 * Opens the picker for one file of these kinds and reads it as text; `onText` gets the text, or a
 * message when the file is too large or cannot be read. Nothing is called when the picker is cancelled.
 */
export function pickTextFile(options: { readonly accept: string; readonly maximumBytes: number; readonly onText: (result: { readonly ok: true; readonly text: string; readonly name: string } | { readonly ok: false; readonly message: string }) => void }): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = options.accept;
  input.style.display = 'none';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (file === undefined) return;
    if (file.size > options.maximumBytes) {
      options.onText({ ok: false, message: `${file.name} is ${describeSize(file.size)}; files larger than ${describeSize(options.maximumBytes)} are not read` });
      return;
    }
    file.text().then(
      (text) => { options.onText({ ok: true, text, name: file.name }); },
      (error: unknown) => { options.onText({ ok: false, message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` }); },
    );
  });
  input.addEventListener('cancel', () => {
    input.remove();
  });
  document.body.append(input);
  input.click();
}
