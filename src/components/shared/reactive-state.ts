import type { ReactiveControllerHost } from 'lit';

/**
 * A controller's state, like `@state()` fields of an element: assigning a new value to any
 * of its keys renders the host again.
 */
export function reactiveState<T extends object>(host: ReactiveControllerHost, initial: T): T {
  return new Proxy(initial, {
    set(target, key, value) {
      const changed = !Object.is(Reflect.get(target, key), value);
      Reflect.set(target, key, value);
      if (changed) host.requestUpdate();
      return true;
    },
  });
}
