export * from './config/app-config';
export * from './errors/classify-error';
export * from './errors/domain-errors';
export * from './errors/graphql-error-codes';
export * from './pagination/connection.model';
export * from './pagination/cursor-pagination';
export * from './validation/parse-input';
export * from './errors/duplicate-key';
