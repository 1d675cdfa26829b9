#pragma once

#include <QStringList>

namespace hookline {

class Database;
class Dialect;

// The store's schema, as an ordered list of versions. A file at an older version is upgraded in
// place, one transaction per version; a file from a newer Hookline, or one that is not a Hookline
// store at all, is refused untouched. Throws StoreError with a message for the user.
namespace SchemaMigrations {

int latestVersion();
// Stamps a fresh file, then applies every version above the file's.
void migrate(Database &database);
// For read-only openers (export-log): the schema must be one this build understands.
void checkReadable(Database &database);
// Refuses a foreign or newer file; returns its version (0 for an empty file). Reads only.
int identify(Database &database);
// The version recorded in the file; 0 for an empty file.
int currentVersion(Database &database);
// Every version's statements as `dialect` runs them (for the pinned PostgreSQL schema).
QStringList statements(const Dialect &dialect);

} // namespace SchemaMigrations

} // namespace hookline
