import { type DynamicModule, Module } from '@nestjs/common';
import { appConfigModule } from '@app/core';
import { DatabaseBackup, DatabaseModule } from '@app/database';
import { BackupCommand } from './backup.command';
import { RestoreCommand } from './restore.command';

/** Commands that run the CLI on the database alone. */
export const BACKUP_COMMANDS: ReadonlySet<string> = new Set(['backup', 'restore']);

/**
 * Backup and restore run on the bare database connection, without the domain modules: their
 * start-up writes (default themes, sectors, statuses; a heartbeat that makes a running API switch
 * to database locks) would make a fresh target non-empty and would touch the database backed up.
 */
@Module({})
export class BackupCliModule {
  static forRoot(): DynamicModule {
    return {
      module: BackupCliModule,
      imports: [appConfigModule(() => process.env), DatabaseModule],
      providers: [DatabaseBackup, BackupCommand, RestoreCommand],
    };
  }
}
