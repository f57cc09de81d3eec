/** Registers `<cpe-transcript>`; safe to import more than once. */
import { CpeTranscript } from './cpe-transcript.js';

if (!customElements.get('cpe-transcript')) {
  customElements.define('cpe-transcript', CpeTranscript);
}

declare global {
  interface HTMLElementTagNameMap {
    'cpe-transcript': CpeTranscript;
  }
}

export { CpeTranscript };
