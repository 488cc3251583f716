export * from './screening-machine';
export * from './view';
export * from './resume';
