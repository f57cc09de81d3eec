/**
 * What only the host's screen needs: its controller (the rotating code, the roster, prompts)
 * with the views and the QR encoder it renders. It loads when a widget starts as the host,
 * so learners never download it.
 */
export { HostController } from './host-controller.js';
