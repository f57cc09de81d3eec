/** The words of a widget with no `lang` around it: English, built without a DOM. */
import { LocaleController } from '../../src/components/shared/locale-controller.js';

export const english = new LocaleController(
  { addController() {}, requestUpdate() {} } as never,
  {},
);
