// Paths between a map and the files it names, as Tiled writes them: relative to the file that names
// them, with `/` (Tiled writes `/` on every system; a `\` from a hand edit is read the same).

/** The folder part of a path, with its trailing `/`; '' for a bare file name. */
export function folderOf(path: string): string {
  const clean = path.replaceAll('\\', '/');
  const slash = clean.lastIndexOf('/');
  return slash === -1 ? '' : clean.slice(0, slash + 1);
}

/** Whether a path stands on its own (`/x`, `C:/x`, a URL) rather than relative to a folder. */
export function isAbsolutePath(path: string): boolean {
  return /^(?:\/|[a-zA-Z]:[\\/]|[a-zA-Z][a-zA-Z0-9+.-]*:\/\/)/.test(path);
}

/** `relative` seen from `folder` (as folderOf gives it), with `.` and `..` steps folded where they can be. */
export function resolvePath(folder: string, relative: string): string {
  const clean = relative.replaceAll('\\', '/');
  if (isAbsolutePath(clean)) return normalizePath(clean);
  return normalizePath(`${folder}${clean}`);
}

export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..' && !/^[a-zA-Z]:$/.test(out[out.length - 1]!)) out.pop();
    else if (part === '..' && absolute && out.length === 0) continue;
    else out.push(part);
  }
  const joined = out.join('/');
  // A URL's `scheme://host` keeps its double slash.
  const url = /^([a-zA-Z][a-zA-Z0-9+.-]*:)\/(.*)$/.exec(joined);
  if (url !== null && /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(path)) return `${url[1]}//${url[2]}`;
  return absolute ? `/${joined}` : joined;
}
