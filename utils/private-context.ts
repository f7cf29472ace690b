// A content-script context of the reader's own. WXT's context announces itself with an event on the
// page's document named after the extension's id, and stops when it hears that event from a "newer"
// copy: a page that knows the id (a published extension's id is public) can forge it and remove the
// reader. This one neither announces nor listens; it ends only when the reader's script calls abort.
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class PrivateContentScriptContext extends ContentScriptContext {
  override stopOldScripts(): void {}

  override listenForNewerScripts(): void {}
}
