#include "database.h"

using namespace Qt::StringLiterals;

namespace Ponte {

// Never edit a released step: add a new one. Tests compare the result of the whole chain with the
// expected schema, and migrate fixture files written by older versions.
const QList<Migration> &Database::migrations()
{
    static const QList<Migration> steps = {
        {1,
         u"initial schema"_s,
         {
             uR"(CREATE TABLE settings (
                    key   TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL))"_s,
             // One row per record known on both (or, while pending, one) side. Omie ids exceed int32.
             uR"(CREATE TABLE couplings (
                    id                 INTEGER PRIMARY KEY,
                    entity             TEXT NOT NULL,
                    omie_id            INTEGER,
                    ploomes_id         INTEGER,
                    omie_hash          TEXT,
                    ploomes_hash       TEXT,
                    omie_updated_at    TEXT,
                    ploomes_updated_at TEXT,
                    last_sync_at       INTEGER,
                    created_at         INTEGER NOT NULL,
                    UNIQUE (entity, omie_id),
                    UNIQUE (entity, ploomes_id),
                    CHECK (omie_id IS NOT NULL OR ploomes_id IS NOT NULL)))"_s,
             uR"(CREATE TABLE sync_runs (
                    id               INTEGER PRIMARY KEY,
                    started_at       INTEGER NOT NULL,
                    finished_at      INTEGER,
                    trigger          TEXT NOT NULL,
                    direction        TEXT NOT NULL,
                    entities         TEXT NOT NULL DEFAULT '',
                    dry_run          INTEGER NOT NULL DEFAULT 0,
                    status           TEXT NOT NULL,
                    omie_requests    INTEGER NOT NULL DEFAULT 0,
                    ploomes_requests INTEGER NOT NULL DEFAULT 0,
                    throttled        INTEGER NOT NULL DEFAULT 0,
                    error            TEXT))"_s,
             uR"(CREATE TABLE run_counters (
                    run_id    INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
                    entity    TEXT NOT NULL,
                    direction TEXT NOT NULL,
                    created   INTEGER NOT NULL DEFAULT 0,
                    updated   INTEGER NOT NULL DEFAULT 0,
                    unchanged INTEGER NOT NULL DEFAULT 0,
                    skipped   INTEGER NOT NULL DEFAULT 0,
                    failed    INTEGER NOT NULL DEFAULT 0,
                    conflicts INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (run_id, entity, direction)))"_s,
             uR"(CREATE TABLE run_items (
                    id         INTEGER PRIMARY KEY,
                    run_id     INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
                    entity     TEXT NOT NULL,
                    direction  TEXT NOT NULL,
                    omie_id    INTEGER,
                    ploomes_id INTEGER,
                    label      TEXT,
                    action     TEXT NOT NULL,
                    outcome    TEXT NOT NULL,
                    message    TEXT,
                    at         INTEGER NOT NULL))"_s,
             u"CREATE INDEX run_items_by_run ON run_items (run_id, id)"_s,
             uR"(CREATE TABLE work_queue (
                    id              INTEGER PRIMARY KEY,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    entity          TEXT NOT NULL,
                    direction       TEXT NOT NULL,
                    operation       TEXT NOT NULL,
                    payload         TEXT NOT NULL DEFAULT '',
                    state           TEXT NOT NULL DEFAULT 'pending'
                                    CHECK (state IN ('pending', 'in_flight', 'done', 'failed')),
                    attempts        INTEGER NOT NULL DEFAULT 0,
                    ambiguous       INTEGER NOT NULL DEFAULT 0,
                    last_error      TEXT,
                    run_id          INTEGER,
                    created_at      INTEGER NOT NULL,
                    updated_at      INTEGER NOT NULL))"_s,
             u"CREATE INDEX work_queue_by_state ON work_queue (state, id)"_s,
             uR"(CREATE TABLE quarantine (
                    id              INTEGER PRIMARY KEY,
                    entity          TEXT NOT NULL,
                    direction       TEXT NOT NULL,
                    source_id       TEXT NOT NULL,
                    label           TEXT,
                    reason          TEXT NOT NULL,
                    error_class     TEXT NOT NULL,
                    attempts        INTEGER NOT NULL DEFAULT 1,
                    first_failed_at INTEGER NOT NULL,
                    last_failed_at  INTEGER NOT NULL,
                    next_attempt_at INTEGER NOT NULL,
                    run_id          INTEGER,
                    UNIQUE (entity, direction, source_id)))"_s,
             uR"(CREATE TABLE cursors (
                    entity     TEXT NOT NULL,
                    direction  TEXT NOT NULL,
                    value      TEXT NOT NULL,
                    updated_at INTEGER NOT NULL,
                    PRIMARY KEY (entity, direction)))"_s,
         }},
        {2,
         u"webhook events kept before they are acknowledged"_s,
         {
             // source + message_id is the dedup key: Omie retries an event with the same messageId until it
             // gets a 2XX, and the Ploomes key is built from the hook, record and update time.
             uR"(CREATE TABLE webhook_events (
                    id           INTEGER PRIMARY KEY,
                    source       TEXT NOT NULL CHECK (source IN ('omie', 'ploomes')),
                    message_id   TEXT NOT NULL,
                    topic        TEXT NOT NULL DEFAULT '',
                    entity       TEXT,
                    record_id    INTEGER,
                    received_at  INTEGER NOT NULL,
                    processed_at INTEGER,
                    UNIQUE (source, message_id)))"_s,
             u"CREATE INDEX webhook_events_unprocessed ON webhook_events (processed_at, id)"_s,
         }},
        {3,
         u"deletions detected on either side"_s,
         {
             u"ALTER TABLE run_counters ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"_s,
             // A pair whose record was deleted on one side. Kept after the coupling is gone so that the record
             // left on the other side is not paired or created again behind the administrator's back.
             uR"(CREATE TABLE deletions (
                    id          INTEGER PRIMARY KEY,
                    entity      TEXT NOT NULL,
                    deleted_in  TEXT NOT NULL CHECK (deleted_in IN ('omie', 'ploomes')),
                    omie_id     INTEGER,
                    ploomes_id  INTEGER,
                    label       TEXT,
                    action      TEXT NOT NULL CHECK (action IN ('unlinked', 'recreated', 'mirrored')),
                    detected_at INTEGER NOT NULL,
                    run_id      INTEGER))"_s,
             u"CREATE INDEX deletions_by_entity ON deletions (entity, deleted_in)"_s,
         }},
    };
    return steps;
}

int Database::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace Ponte
