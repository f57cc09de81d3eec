import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  formatNumber,
  intlTag,
  localeOfTag,
  pluralCategory,
  type Locale,
} from '../../policy/locale.js';
import type { ReasonMessages } from '../../policy/reason-messages/words.js';

/**
 * A translation: one sentence, or one per plural category of `Intl.PluralRules` (`other`
 * always). `{name}` marks where a parameter goes.
 */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** A widget's sentences in one language, keyed by the English source. */
export type Catalog = Readonly<Record<string, Message>>;

/**
 * A widget's language chunk: its sentences and, for a widget that runs engine rules itself
 * (the transcript's requirement), the engine's sentences for those reasons. Answers from a
 * client come with their reasons already worded in the widget's language.
 */
export interface LanguageChunk {
  catalog: Catalog;
  reasons?: Partial<ReasonMessages>;
}

/** How a widget loads each language it speaks besides English: a lazy chunk apiece. */
export type CatalogLoaders = Partial<Record<Locale, () => Promise<LanguageChunk>>>;

export type Params = Readonly<Record<string, string | number>>;

export type Translate = (source: string, params?: Params) => string;

/** English plural forms, written where the sentence is used. */
export interface EnglishForms {
  one: string;
  other: string;
}

/** What a module rendering for a widget needs of its language. */
export type Words = Pick<
  LocaleController,
  't' | 'plural' | 'intl' | 'locale' | 'target' | 'reasons'
>;

type LocaleHost = ReactiveControllerHost & HTMLElement;

// Chunks already loaded, shared by every element of a kind: one download per language.
const loaded = new Map<() => Promise<LanguageChunk>, LanguageChunk>();
const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** One observer for the page: a `lang` changed anywhere, every widget looks again. */
function watchLang(): void {
  observer ??= new MutationObserver(() => connected.forEach((controller) => controller.resolve()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The nearest `lang` from the element outwards, through the shadow roots it sits in. */
function langAround(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const marked: Element | null = node.closest('[lang]');
    if (marked) return marked.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/**
 * The language a widget speaks: its own `lang`, else the nearest ancestor's, else the
 * document's (an LTI launch sets that from the platform's locale). English needs no
 * download; another language renders once its catalog has arrived, English until then.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = 'en';
  /** The engine's sentences in `locale` for reasons the widget words itself; none in English. */
  reasons: Partial<ReasonMessages> | undefined;
  private catalog: Catalog = {};
  private wanted: Locale = 'en';
  /** The widget's catalogs, and those of parts loaded later (`also`). */
  private readonly parts: CatalogLoaders[];

  constructor(
    private readonly host: LocaleHost,
    loaders: CatalogLoaders,
  ) {
    this.parts = [loaders];
    host.addController(this);
  }

  /**
   * The language the widget speaks or is switching to: what it asks answers in, so that an
   * answer asked for before the catalog is in comes in that language already.
   */
  get target(): Locale {
    return this.wanted;
  }

  /** The tag for Intl: dates, money and numbers follow the words. */
  get intl(): string {
    return intlTag(this.locale);
  }

  hostConnected(): void {
    connected.add(this);
    watchLang();
    this.resolve();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Looks for the language again; switches once its catalogs are in. */
  resolve(): void {
    const named = localeOfTag(langAround(this.host));
    const wanted = this.parts[0]![named] ? named : 'en';
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    void this.load(wanted);
  }

  /**
   * Adds the catalogs of a part of the widget that loads later (the host's screens), so
   * readers who never see it never download its words; resolves once they are in.
   */
  also(loaders: CatalogLoaders): Promise<void> {
    this.parts.push(loaders);
    return this.load(this.wanted);
  }

  private load(wanted: Locale): Promise<void> {
    const loaders = this.parts.flatMap((part) => part[wanted] ?? []);
    const ready = loaders.map((loader) => loaded.get(loader));
    if (ready.every((chunk) => chunk !== undefined)) {
      this.use(wanted, ready);
      return Promise.resolve();
    }
    return Promise.all(
      loaders.map(async (loader) => {
        const chunk = loaded.get(loader) ?? (await loader());
        loaded.set(loader, chunk);
        return chunk;
      }),
    ).then(
      (chunks) => {
        if (this.wanted === wanted) this.use(wanted, chunks);
      },
      // An unreachable chunk leaves the widget in English rather than broken.
      () => undefined,
    );
  }

  /**
   * `source` in the widget's language, `{name}` filled from `params`. Always a literal
   * (test/i18n checks), so the catalogs can be checked against the sources.
   */
  readonly t: Translate = (source, params) => {
    const message = this.catalog[source];
    return fill(typeof message === 'string' ? message : source, params);
  };

  /** The sentence for `count`, by the language's plural rules; `{count}` is the number. */
  readonly plural = (count: number, english: EnglishForms, params?: Params): string => {
    const category = pluralCategory(this.locale, count);
    const message = this.catalog[english.other];
    const form =
      message === undefined
        ? category === 'one'
          ? english.one
          : english.other
        : typeof message === 'string'
          ? message
          : (message[category] ?? message.other);
    return fill(form, { count: formatNumber(this.locale, count), ...params });
  };

  private use(locale: Locale, chunks: LanguageChunk[]): void {
    this.locale = locale;
    this.catalog = Object.assign({}, ...chunks.map((chunk) => chunk.catalog)) as Catalog;
    this.reasons = chunks.find((chunk) => chunk.reasons)?.reasons;
    this.host.requestUpdate();
  }
}

const fill = (text: string, params?: Params): string =>
  params ? text.replace(/\{(\w+)\}/g, (mark, name: string) => String(params[name] ?? mark)) : text;
