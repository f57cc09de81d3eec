export declare const cdnDir: string;
export declare const allInOne: string;
export declare const widgetFiles: string[];
export declare const budgets: { widget: number; all: number };
export declare function staticGraph(file: string, seen?: Set<string>): Set<string>;
export declare function lazyFiles(file: string): Set<string>;
export declare function measureCdn(): {
  widgets: Record<string, number>;
  all: number;
  lazy: Record<string, string[]>;
};
export declare function run(): Promise<unknown>;
