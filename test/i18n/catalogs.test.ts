/**
 * Each translated widget has a catalog for every language besides English, and each
 * catalog says exactly the widget's sentences: none missing, none left over from a
 * sentence since reworded, the same `{name}` marks as the English.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Catalog, Message } from '../../src/components/shared/locale-controller.js';
import { LOCALES } from '../../src/policy/locale.js';
import { componentsDir, placeholders, scanWidget, widgetFolders } from './sources.js';

const translated = widgetFolders().filter((widget) =>
  existsSync(join(componentsDir, widget, 'locales')),
);
const others = LOCALES.filter((locale) => locale !== 'en');

/** The widget's catalog in `locale`, with those of parts that load later (`host-es.ts`). */
async function catalogOf(widget: string, locale: string): Promise<Catalog> {
  const dir = join(componentsDir, widget, 'locales');
  const files = readdirSync(dir).filter(
    (name) => name === `${locale}.ts` || name.endsWith(`-${locale}.ts`),
  );
  const parts = await Promise.all(
    files.map(async (name) => {
      const url = pathToFileURL(join(dir, name)).href;
      return ((await import(url)) as { catalog: Catalog }).catalog;
    }),
  );
  return Object.assign({}, ...parts) as Catalog;
}

const forms = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message);

it('covers at least the credit calculator', () => {
  expect(translated).toContain('cpe-credit-calculator');
});

describe.each(translated.flatMap((widget) => others.map((locale) => [widget, locale])))(
  '%s in %s',
  (widget, locale) => {
    const sources = [...new Set(scanWidget(widget).sources.map(({ text }) => text))].sort();

    it('has every sentence of the widget, and no other', async () => {
      expect(Object.keys(await catalogOf(widget, locale)).sort()).toEqual(sources);
    });

    it('keeps the marks of each sentence and leaves none empty', async () => {
      const catalog = await catalogOf(widget, locale);
      for (const [source, message] of Object.entries(catalog)) {
        for (const form of forms(message)) {
          expect(form.trim(), source).not.toBe('');
          expect(placeholders(form), source).toEqual(placeholders(source));
        }
        if (typeof message !== 'string') expect(message.other, source).toBeDefined();
      }
    });
  },
);
