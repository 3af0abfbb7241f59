// One LiveSplit link for the whole visit: it outlives a level's scene, as LiveSplit's timer outlives a
// restart, and the campaign's Full Game race drives the same link a chapter's race does.
import { LiveSplitLink } from '../platform/livesplit-link.ts';
import { readLiveSplitLink } from '../platform/preferences.ts';

let sharedLink: LiveSplitLink | null = null;

/** The visit's link, connected at first use when the player left it on. */
export function liveSplitLink(): LiveSplitLink {
  if (sharedLink === null) {
    sharedLink = new LiveSplitLink();
    if (readLiveSplitLink()) sharedLink.connect();
  }
  return sharedLink;
}
