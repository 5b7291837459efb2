/**
 * antd and antd-mobile type their files as CommonJS, so TypeScript (NodeNext) sees a default import as
 * `{ default: X }` while the bundler, reading the ES build, hands over X itself. This accepts both.
 */
export function esmDefault<T extends object>(value: T | { default: T }): T {
  return hasDefault(value) ? value.default : value;
}

function hasDefault<T extends object>(value: T | { default: T }): value is { default: T } {
  return 'default' in value;
}
