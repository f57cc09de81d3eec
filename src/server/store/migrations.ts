/**
 * Versioned schema migrations, run at start by Kysely's Migrator (which records what ran
 * and locks against a second process migrating at the same time). Append, never edit.
 * Structured values are JSON text and instants ISO-8601 text: the same on SQLite and PostgreSQL.
 */
import { Migrator, sql, type Kysely, type Migration } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('secret', 'text', (col) => col.notNull())
        .addColumn('created_by', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('check_ins')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('event_id', 'text', (col) => col.notNull().references('events.id'))
        .addColumn('learner_id', 'text', (col) => col.notNull())
        .addColumn('learner_name', 'text')
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('replaces', 'text', (col) => col.references('check_ins.id'))
        .addColumn('corrected_by', 'text')
        .addColumn('correction_reason', 'text')
        .execute();
      await db.schema
        .createIndex('check_ins_by_event')
        .on('check_ins')
        .columns(['event_id', 'learner_id', 'at'])
        .execute();
      await db.schema
        .createTable('prompts')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('event_id', 'text', (col) => col.notNull().references('events.id'))
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('issued_by', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('prompt_responses')
        .addColumn('prompt_id', 'text', (col) => col.notNull().references('prompts.id'))
        .addColumn('learner_id', 'text', (col) => col.notNull())
        .addColumn('event_id', 'text', (col) => col.notNull())
        .addColumn('answer', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('prompt_responses_pk', ['prompt_id', 'learner_id'])
        .execute();
      await db.schema
        .createTable('refunds')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('learner_id', 'text', (col) => col.notNull())
        .addColumn('received_at', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('refunds_by_learner')
        .on('refunds')
        .columns(['learner_id', 'received_at'])
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('scope', 'text', (col) => col.notNull())
        .addColumn('subject', 'text', (col) => col.notNull())
        .addColumn('key', 'text', (col) => col.notNull())
        .addColumn('body_hash', 'text', (col) => col.notNull())
        .addColumn('status', 'integer', (col) => col.notNull())
        .addColumn('reply', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['scope', 'subject', 'key'])
        .execute();
    },
  },
  // Programs (one row per version), enrollments (the order of record), an event's program and
  // a refund's enrollment. Existing events and refunds keep null there and stay valid.
  '0002-programs-enrollments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('programs')
        .addColumn('id', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('input', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('programs_pk', ['id', 'version'])
        .execute();
      await db.schema
        .createTable('enrollments')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('program_id', 'text', (col) => col.notNull())
        .addColumn('program_version', 'integer', (col) => col.notNull())
        .addColumn('learner_id', 'text', (col) => col.notNull())
        .addColumn('order_ref', 'text', (col) => col.notNull().unique())
        .addColumn('facts_hash', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('enrollments_by_learner')
        .on('enrollments')
        .columns(['learner_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('enrollments_by_program')
        .on('enrollments')
        .columns(['program_id', 'created_at'])
        .execute();
      await db.schema.alterTable('events').addColumn('program_id', 'text').execute();
      await db.schema.createIndex('events_by_program').on('events').column('program_id').execute();
      await db.schema.alterTable('refunds').addColumn('enrollment_id', 'text').execute();
      // One open request per enrollment, even when two arrive at once on two processes.
      await db.schema
        .createIndex('refunds_open_by_enrollment')
        .unique()
        .on('refunds')
        .column('enrollment_id')
        .where(sql.ref('status'), '=', 'pending')
        .execute();
    },
  },
  // Rate-limit windows, code rotations, and a keyed hash of the address each check-in came from.
  '0003-limits-rotations-addresses': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rate_limits')
        .addColumn('bucket', 'text', (col) => col.primaryKey())
        .addColumn('window_end', 'bigint', (col) => col.notNull())
        .addColumn('hits', 'integer', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('code_rotations')
        .addColumn('event_id', 'text', (col) => col.primaryKey().references('events.id'))
        .addColumn('epoch', 'integer', (col) => col.notNull())
        .execute();
      await db.schema.alterTable('check_ins').addColumn('client_address', 'text').execute();
    },
  },
  // Platform reports (issue 15): each import with its raw file (base64 text, the same on both
  // dialects), and the import each check-in, prompt and response came from. One committed
  // import per file per event: the unique index makes a second commit of the same file a no-op.
  '0004-imports': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('imports')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('event_id', 'text', (col) => col.notNull().references('events.id'))
        .addColumn('file_hash', 'text', (col) => col.notNull())
        .addColumn('format', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('options', 'text', (col) => col.notNull())
        .addColumn('raw', 'text', (col) => col.notNull())
        .addColumn('created_by', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('committed_at', 'text')
        .addColumn('summary', 'text')
        .execute();
      await db.schema
        .createIndex('imports_committed_once')
        .unique()
        .on('imports')
        .columns(['event_id', 'file_hash'])
        .where(sql.ref('status'), '=', 'committed')
        .execute();
      await db.schema.alterTable('check_ins').addColumn('import_id', 'text').execute();
      await db.schema.alterTable('check_ins').addColumn('source', 'text').execute();
      await db.schema.alterTable('prompts').addColumn('import_id', 'text').execute();
      await db.schema.alterTable('prompt_responses').addColumn('import_id', 'text').execute();
    },
  },
};

export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}
