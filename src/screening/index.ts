// The screening domain: pure data and functions, no DOM, no Preact, no XState.
export * from './conditions';
export * from './decide';
export * from './flow';
export * from './questions';
export * from './rules';
export * from './answers';
export * from './descriptions';
