/** Types of scripts/house/subscriptions.mjs, for tests/conventions/subscriptions.test.ts. */
export interface SubscriptionSite {
  what: 'settings' | 'dataset';
  kind: 'read' | 'watch';
  call: string;
  /** path:line from the repository's root. */
  at: string;
}
export declare function runtimeGraph(entry: string): string[];
export declare function subscriptionSites(entry?: string): SubscriptionSite[];
