import { Command, CommandRunner } from 'nest-commander';
import { SchemaFile } from '../schema/schema-file';

@Command({ name: 'schema:generate', description: 'Write schema.graphql from the code' })
export class SchemaGenerateCommand extends CommandRunner {
  constructor(private readonly schemaFile: SchemaFile) {
    super();
  }

  run(): Promise<void> {
    this.schemaFile.write();
    process.stdout.write(`Wrote ${this.schemaFile.path}\n`);
    return Promise.resolve();
  }
}

@Command({
  name: 'schema:check',
  description: 'Fail when schema.graphql differs from what the code generates',
})
export class SchemaCheckCommand extends CommandRunner {
  constructor(private readonly schemaFile: SchemaFile) {
    super();
  }

  run(): Promise<void> {
    if (this.schemaFile.isUpToDate()) {
      process.stdout.write('schema.graphql is up to date.\n');
    } else {
      process.stderr.write(
        'schema.graphql differs from the schema the code generates: run `npm run schema:generate` and commit the result.\n',
      );
      process.exitCode = 1;
    }
    return Promise.resolve();
  }
}
