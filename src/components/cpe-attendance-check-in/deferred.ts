/**
 * What the widget needs only once its client is here, so it loads with the client after the
 * first render (which says the event is loading): the learner's side (its controller, its
 * view and what this device remembers) and the rules of what the event's view draws.
 */
export { LearnerController } from './learner-controller.js';
export { styles } from './deferred.styles.js';
