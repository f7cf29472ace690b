// The news template of ../shared/corpus/ (served from weex.com and from many mirror domains): its articles
// weave in promotion of the exchange behind it ("platforms like WEEX…", whole "Brand Alignment" sections),
// and its related cards advertise it ("WEEX AI Trading Hackathon"). Its byline bar, repost header, share
// widget and "You may also like" area are shapes other sites use too: the generic rules carry them.
import type { SiteProfile } from './types.ts';

export const corpusTemplate: SiteProfile = {
  name: 'corpus-template',
  hosts: ['weex.com'],
  fixture: 'corpus/002_d90fbac4610048b4.txt',
  promo: {
    houseBrands: [{ name: 'WEEX', mention: /\bWEEX\b/i }],
  },
};
