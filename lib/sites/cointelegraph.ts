// cointelegraph.com: between its paragraphs, pointers to its own "Magazine" section ("Magazine: Bitcoin OG
// Kyle Chassé is one strike away from a YouTube permaban") beside the generic "Related: …" ones.
import type { SiteProfile } from './types.ts';

export const cointelegraph: SiteProfile = {
  name: 'cointelegraph',
  hosts: ['cointelegraph.com'],
  fixture: 'crypto/cointelegraph.com.html',
  related: {
    inlineLabels: /^magazine\s*[:：]\s*\S/i,
  },
};
