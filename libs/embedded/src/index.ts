export * from './embedded-server';
export * from './free-port';
export * from './go-binary';
export * from './running-server';
export * from './supervised-process';
