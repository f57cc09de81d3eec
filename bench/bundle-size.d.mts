export declare const cdnDir: string;
export declare const allInOne: string;
export declare const widgetFiles: string[];
export declare const budgets: { widget: number; all: number; learnerVsBareLit: number };
export declare function staticGraph(file: string, seen?: Set<string>): Set<string>;
/** gzip bytes of a CDN file and its static imports, each file compressed on its own. */
export declare function firstLoadApart(name: string): number;
export declare function lazyFiles(file: string): Set<string>;
export declare function measureCdn(): {
  widgets: Record<string, number>;
  all: number;
  lazy: Record<string, string[]>;
};
/** gzip bytes of a bare Lit element built the way the CDN bundles are. */
export declare function bareLitSize(): Promise<number>;
export declare function run(): Promise<unknown>;
