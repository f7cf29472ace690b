// Background service worker. The toolbar button, shortcut, context menu and downloads arrive with the
// extension issue; for now the extension only ships the shared cleaning core in lib/.
export default defineBackground(() => {});
