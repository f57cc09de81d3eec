export declare function widgetNames(name: string): {
  tag: string;
  className: string;
  title: string;
};
export declare function newWidget(
  name: string,
  options: {
    title?: string;
    summary?: string;
    sponsor?: boolean;
    account?: boolean;
    root: string;
  },
): Promise<string[]>;
