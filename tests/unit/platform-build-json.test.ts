import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBuildJson } from '../../src/platform/build-json.ts';

function fetchAnswering(response: Response): void {
  vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(response)));
}

async function load(): Promise<{ contents: string[]; reports: string[] }> {
  const reports: string[] = [];
  const contents = await fetchBuildJson({
    url: '/assets/recipes.json',
    file: 'assets/sounds/recipes.json',
    read: (value) => Object.keys(value as object),
    fallback: ['silence'],
    report: (message) => reports.push(message),
  });
  return { contents, reports };
}

describe('a JSON file of the build', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is read when it arrives', async () => {
    fetchAnswering(new Response('{"step": [1], "catch": [2]}'));
    expect(await load()).toEqual({ contents: ['step', 'catch'], reports: [] });
  });

  it('that the server does not have is reported by its repository path, and the game goes on with the fallback', async () => {
    fetchAnswering(new Response('', { status: 404, statusText: 'Not Found' }));
    expect(await load()).toEqual({ contents: ['silence'], reports: ['assets/sounds/recipes.json: could not be fetched (404 Not Found)'] });
  });

  it('cut short is reported, never thrown', async () => {
    fetchAnswering(new Response('{"step": [1'));
    const { contents, reports } = await load();
    expect(contents).toEqual(['silence']);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^assets\/sounds\/recipes\.json: could not be fetched \(.+\)$/);
  });
});
