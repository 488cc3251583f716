export * from './screening-machine';
export * from './view';
