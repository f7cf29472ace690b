// The options page: auto-clean on or off, and the sites where the reader always or never opens by itself.
import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage.tsx';
import { loadSettings, saveSettings } from '../../utils/settings.ts';
import './options.css';

void loadSettings().then((settings) => {
  render(<OptionsPage initial={settings} onSave={saveSettings} />, document.getElementById('app')!);
});
