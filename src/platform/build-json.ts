// A JSON file of the build (the music themes, the sound recipes) fetched when the page starts. A file that
// cannot be fetched or parsed is reported by its repository path and the game goes on without it.

export async function fetchBuildJson<Contents>(options: {
  readonly url: string;
  /** The file as the repository names it, for the report. */
  readonly file: string;
  readonly read: (value: unknown) => Contents;
  readonly fallback: Contents;
  readonly report: (message: string) => void;
}): Promise<Contents> {
  try {
    const response = await fetch(options.url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    return options.read(await response.json());
  } catch (error) {
    options.report(`${options.file}: could not be fetched (${error instanceof Error ? error.message : String(error)})`);
    return options.fallback;
  }
}
