/**
 * Versioned schema migrations, run at start by Kysely's Migrator (which records what ran
 * and locks against a second process migrating at the same time). Append, never edit.
 * Structured values are JSON text and instants ISO-8601 text: the same on SQLite and PostgreSQL.
 */
import { Migrator, PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

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
  // Certificates with what they were issued from, the durable issuance schedule (one job per
  // event, claimed with a lease), the credential signing key, and the 5-year retention guard.
  '0004-certificates': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('certificates')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('enrollment_id', 'text', (col) => col.notNull().references('enrollments.id'))
        .addColumn('program_id', 'text', (col) => col.notNull())
        .addColumn('learner_id', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('completed_on', 'text', (col) => col.notNull())
        .addColumn('issued_at', 'text', (col) => col.notNull())
        .addColumn('superseded_by', 'text', (col) => col.references('certificates.id'))
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('sources', 'text', (col) => col.notNull())
        .addColumn('identity_salt', 'text', (col) => col.notNull())
        .execute();
      // At most one valid certificate per enrollment, whichever process issues it.
      await db.schema
        .createIndex('certificates_valid_by_enrollment')
        .unique()
        .on('certificates')
        .column('enrollment_id')
        .where(sql.ref('status'), '=', 'valid')
        .execute();
      await db.schema
        .createIndex('certificates_by_learner')
        .on('certificates')
        .columns(['learner_id', 'issued_at', 'id'])
        .execute();
      await db.schema
        .createIndex('certificates_by_program')
        .on('certificates')
        .columns(['program_id', 'issued_at', 'id'])
        .execute();
      await db.schema
        .createTable('certificate_jobs')
        .addColumn('event_id', 'text', (col) => col.primaryKey().references('events.id'))
        .addColumn('due_at', 'text', (col) => col.notNull())
        .addColumn('closed_at', 'text')
        .addColumn('claimed_until', 'bigint')
        .addColumn('done_at', 'text')
        .execute();
      await db.schema
        .createTable('signing_keys')
        .addColumn('purpose', 'text', (col) => col.primaryKey())
        .addColumn('kid', 'text', (col) => col.notNull())
        .addColumn('private_jwk', 'text', (col) => col.notNull())
        .addColumn('public_jwk', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await keepFiveYears(db, {
        certificates: 'issued_at',
        check_ins: 'at',
        prompts: 'at',
        prompt_responses: 'at',
        enrollments: 'created_at',
        programs: 'created_at',
      });
    },
  },
  // The LTI 1.3 tool (src/server/lti/): its key pairs, the platforms registered with it, login
  // states and launch tickets (single use), nonces seen, resource links, who launched from
  // where (for grade passback) and the outbox of scores to post.
  '0005-lti': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lti_keys')
        .addColumn('kid', 'text', (col) => col.primaryKey())
        .addColumn('private_jwk', 'text', (col) => col.notNull())
        .addColumn('public_jwk', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('retired_at', 'text')
        .execute();
      await db.schema
        .createTable('lti_platforms')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('issuer', 'text', (col) => col.notNull())
        .addColumn('client_id', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addUniqueConstraint('lti_platforms_issuer_client', ['issuer', 'client_id'])
        .execute();
      await db.schema
        .createTable('lti_states')
        .addColumn('state', 'text', (col) => col.primaryKey())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('lti_nonces')
        .addColumn('platform_id', 'text', (col) => col.notNull())
        .addColumn('nonce', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('lti_nonces_pk', ['platform_id', 'nonce'])
        .execute();
      await db.schema
        .createTable('lti_links')
        .addColumn('platform_id', 'text', (col) => col.notNull())
        .addColumn('resource_link_id', 'text', (col) => col.notNull())
        .addColumn('context_id', 'text')
        .addColumn('event_id', 'text')
        .addColumn('body', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('lti_links_pk', ['platform_id', 'resource_link_id'])
        .execute();
      await db.schema
        .createIndex('lti_links_by_context')
        .on('lti_links')
        .columns(['platform_id', 'context_id'])
        .execute();
      await db.schema
        .createIndex('lti_links_by_event')
        .on('lti_links')
        .column('event_id')
        .execute();
      await db.schema
        .createTable('lti_grade_targets')
        .addColumn('learner_id', 'text', (col) => col.notNull())
        .addColumn('event_id', 'text', (col) => col.notNull())
        .addColumn('platform_id', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('lti_grade_targets_pk', ['learner_id', 'event_id'])
        .execute();
      await db.schema
        .createTable('lti_scores')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('platform_id', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('attempts', 'integer', (col) => col.notNull())
        .addColumn('next_attempt_at', 'text', (col) => col.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('lti_scores_due')
        .on('lti_scores')
        .columns(['status', 'next_attempt_at'])
        .execute();
    },
  },
  // Platform reports (issue 15): each import with its raw file (base64 text, the same on both
  // dialects), and the import each check-in, prompt and response came from. One committed
  // import per file per event: the unique index makes a second commit of the same file a no-op.
  '0006-imports': {
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

/**
 * Refuses, in the database itself, to delete a row whose instant column (ISO-8601 UTC text,
 * which sorts as time) is less than 5 years old: certificates and the records they were
 * issued from outlive any script or console that would remove them.
 */
async function keepFiveYears(db: Kysely<unknown>, tables: Record<string, string>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) {
    await sql`
      create function cpe_keep_five_years() returns trigger language plpgsql as $$
      begin
        if (to_jsonb(old) ->> tg_argv[0]) >
           to_char((now() - interval '5 years') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        then
          raise exception 'Records are kept 5 years: % cannot be deleted yet', tg_table_name;
        end if;
        return old;
      end $$`.execute(db);
  }
  for (const [table, column] of Object.entries(tables)) {
    const trigger = sql.id(`${table}_kept_five_years`);
    if (postgres) {
      await sql`create trigger ${trigger} before delete on ${sql.table(table)}
        for each row execute function cpe_keep_five_years(${sql.lit(column)})`.execute(db);
    } else {
      await sql`create trigger ${trigger} before delete on ${sql.table(table)}
        when old.${sql.ref(column)} > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-5 years')
        begin select raise(abort, ${sql.lit(`Records are kept 5 years: ${table} cannot be deleted yet`)}); end`.execute(
        db,
      );
    }
  }
}

export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('migration failed', { cause: error });
}
