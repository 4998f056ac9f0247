export * from './go-binary';
export * from './running-server';
export * from './supervised-process';
