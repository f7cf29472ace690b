// The reader's props for a component test: the content shown, the default settings, and handlers that do
// nothing, with what the test needs on top (`<ReaderApp {...readerProps(content, { onClose })} />`).
import type { ComponentProps } from 'preact';
import type { ReaderApp, ReaderContent } from '../../components/ReaderApp.tsx';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';

export type ReaderProps = ComponentProps<typeof ReaderApp>;

export function readerProps(content: ReaderContent, more: Partial<ReaderProps> = {}): ReaderProps {
  return { content, initialSettings: DEFAULT_SETTINGS, onSettingsChange: () => undefined, onClose: () => undefined, onDownload: async () => undefined, ...more };
}
