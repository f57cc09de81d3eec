/** Registers `<{{tag}}>`; safe to import more than once. */
import { {{className}} } from './{{tag}}.js';

if (!customElements.get('{{tag}}')) {
  customElements.define('{{tag}}', {{className}});
}

declare global {
  interface HTMLElementTagNameMap {
    '{{tag}}': {{className}};
  }
}

export { {{className}} };
