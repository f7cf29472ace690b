// The options page: auto-clean on or off, the sites where the reader always or never opens by itself, and
// what it learned of each site's template, and the person's highlights and notes.
import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import { LearnedSites } from '../../components/LearnedSites.tsx';
import { loadSettings, saveSettings } from '../../utils/settings.ts';
import { readSiteIndex } from '../../utils/site-memory.ts';
import { sendToBackground } from '../../utils/messages.ts';
import { HighlightsList } from '../../components/HighlightsList.tsx';
import { readHighlightStore } from '../../utils/highlights.ts';
import './options.css';

// the background is the memory's (and the highlights') one writer: it forgets, the page reads the index after
const forget = async (sites: string[] | 'all') => {
  await sendToBackground('forget-sites', { sites });
  return readSiteIndex();
};

void Promise.all([loadSettings(), readSiteIndex(), readHighlightStore()]).then(([settings, index, highlights]) => {
  render(
    <OptionsPage initial={settings} onSave={saveSettings}>
      <HighlightsList initial={highlights} onDelete={(address, id) => sendToBackground('delete-highlights', { address, ...(id !== undefined && { id }) })} />
      <LearnedSites initial={index} onForget={forget} />
    </OptionsPage>,
    document.getElementById('app')!,
  );
});
