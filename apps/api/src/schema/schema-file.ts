import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { findProjectRoot } from '@app/embedded';

const HEADER = '# Generated from the code by `npm run schema:generate`: do not edit by hand.\n\n';

/** The committed `schema.graphql`: the contract the web client and outside clients build on. */
@Injectable()
export class SchemaFile {
  readonly path = join(findProjectRoot(), 'schema.graphql');

  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  /** The schema the code defines, sorted so that the file changes only when the API does. */
  generated(): string {
    return `${HEADER}${printSchema(lexicographicSortSchema(this.schemaHost.schema))}\n`;
  }

  write(): void {
    writeFileSync(this.path, this.generated());
  }

  isUpToDate(): boolean {
    try {
      return readFileSync(this.path, 'utf8') === this.generated();
    } catch {
      return false;
    }
  }
}
