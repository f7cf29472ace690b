// The one place settings are stored: a typed, versioned item in extension storage.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, migrateSettingsToV2, type ReaderSettings } from '../lib/settings.ts';

export const settingsItem = storage.defineItem<ReaderSettings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
});

/** Stored settings, with any field a newer version added filled from the defaults. */
export async function loadSettings(): Promise<ReaderSettings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function saveSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = { ...(await loadSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}
