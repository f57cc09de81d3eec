import { CSSResult, type ReactiveElement } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { bundledPolicy, createClient } from '../../client/create-client.js';
import type { PolicyClient } from '../../client/policy-client.js';
import { isStandIn } from '../../client/stand-in.js';
import type { Locale } from '../../policy/locale.js';
import type { PolicyDocument } from '../../policy/policy.js';
import { adoptLazyStyles } from './lazy-styles.js';

/** What a widget's client is made of: its `api-base`, `token` and `policy`. */
export type ClientArgs = readonly [
  apiBase: string | undefined,
  token: string | undefined,
  policy: PolicyDocument | undefined,
];

export interface ClientSetup<Deferred> {
  client: PolicyClient;
  /** The element's `deferred.ts`: what it needs only once there is a client to ask. */
  deferred: Deferred;
  /** With `resolvePolicy`: the element's policy, else the API's, else the sponsor preset. */
  policy?: PolicyDocument;
}

export interface ClientOptions<Deferred> {
  /** Read on every update; a change makes a new client. */
  args: () => ClientArgs;
  /**
   * Imports the element's `deferred.ts`; it loads alongside the client. Its `styles`, when it
   * exports some, are the rules of what it draws: they join the element's as it arrives.
   */
  deferred: () => Promise<Deferred>;
  /** Ask the API which policy it applies (unless the element was given one). */
  resolvePolicy?: boolean;
  /** API mode: pure answers come from the bundled rules while the API is unreachable. */
  fallback?: boolean;
  /** The element does nothing without an API: no `api-base`, nothing loads. */
  apiOnly?: boolean;
  /**
   * The element's language, read at each call: the API (Accept-Language) or the bundled rules
   * word the reasons in answers in it. A task whose answer has reasons keeps it in its args.
   */
  locale?: () => Locale;
}

/** Where an answer came from: the API, the bundled rules, or them standing in for the API. */
export type AnswerSource = 'api' | 'local' | 'fallback';

/** The `detail` an event of `HTMLElementEventMap` carries (the `define.ts` files add ours). */
type DetailOf<K extends keyof HTMLElementEventMap> =
  HTMLElementEventMap[K] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * What every widget does the same way: makes its client (and loads its lazy chunk alongside)
 * with `@lit/task`, says whether the answers are official, waits for its tasks on behalf of
 * the `*Complete` getters, and fires its domain events. It needs no lifecycle hooks of its
 * own: its Task is the reactive controller registered on the host.
 */
export class ClientController<Deferred extends object> {
  /** The client, renewed whenever `args` change. */
  readonly setup: Task<ClientArgs, ClientSetup<Deferred> | undefined>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ClientOptions<Deferred>,
  ) {
    this.setup = new Task(host, {
      args: options.args,
      task: async ([apiBase, token, policy], { signal }) => {
        if (options.apiOnly && !apiBase) return undefined;
        const [client, deferred] = await Promise.all([
          createClient({
            apiBase,
            token,
            policy,
            fallback: options.fallback ?? false,
            ...(options.locale ? { locale: options.locale } : {}),
          }),
          options.deferred(),
        ]);
        if ('styles' in deferred && deferred.styles instanceof CSSResult) {
          adoptLazyStyles(host.renderRoot, deferred.styles);
        }
        if (!options.resolvePolicy || policy) return { client, deferred, policy };
        const active = await client.getPolicy({ signal }).catch(() => bundledPolicy());
        return { client, deferred, policy: active };
      },
    });
  }

  get value(): ClientSetup<Deferred> | undefined {
    return this.setup.value;
  }

  /** The client itself, once loaded (kept while a new one loads). */
  get current(): PolicyClient | undefined {
    return this.setup.value?.client;
  }

  get deferred(): Deferred | undefined {
    return this.setup.value?.deferred;
  }

  /** The policy that applies; unknown only until the client has loaded (the first render). */
  get policy(): PolicyDocument | undefined {
    return this.options.args()[2] ?? this.setup.value?.policy;
  }

  /** True once the current setup has finished (not while a new client loads). */
  get ready(): boolean {
    return this.setup.status === TaskStatus.COMPLETE;
  }

  /** Why the client could not be set up (its chunk did not load), if it could not. */
  get error(): unknown {
    return this.setup.status === TaskStatus.ERROR ? this.setup.error : undefined;
  }

  /** The sponsor's API answers: figures are official, requests can be sent. */
  get isApi(): boolean {
    return this.current?.mode === 'api';
  }

  /** The bundled rules answer: figures are estimates, records a demo in this browser. */
  get isEstimate(): boolean {
    return this.current?.mode === 'local';
  }

  sourceOf(answer: object): AnswerSource {
    if (isStandIn(answer)) return 'fallback';
    return this.isEstimate ? 'local' : 'api';
  }

  /**
   * Settles once the client is set up, the host has rendered with it and then `tasks` have
   * run (failures included: the element shows them), for the element's `*Complete` getter.
   */
  async settled(...tasks: Task[]): Promise<void> {
    await this.setup.taskComplete.catch(() => undefined);
    await this.host.updateComplete;
    for (const task of tasks) {
      await task.taskComplete.catch(() => undefined);
      await this.host.updateComplete;
    }
  }

  /** Fires a domain event: it bubbles out of shadow roots, and `detail` is plain JSON. */
  emit<K extends keyof HTMLElementEventMap>(type: K, detail: DetailOf<K>): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
