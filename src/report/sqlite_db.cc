// RAII over the SQLite C API. See sqlite_db.h.
#include "xlfuse/report/sqlite_db.h"

#include <sqlite3.h>

#include <fmt/format.h>

#include "xlfuse/core/error.h"

namespace xlfuse::report {

SqlValue sql_null() { return std::monostate{}; }

SqlValue sql_optional(const std::optional<double>& value) { return value ? SqlValue(*value) : sql_null(); }

SqliteDb::SqliteDb(const std::string& path) : path_(path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw IoError(fmt::format("cannot open the database {}: {}", path, message));
  }
}

SqliteDb::~SqliteDb() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  if (db_) sqlite3_close(db_);
}

void SqliteDb::close() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  cache_.clear();
  if (db_ && sqlite3_close(db_) != SQLITE_OK) fail("close", "");
  db_ = nullptr;
}

void SqliteDb::fail(const std::string& what, const std::string& sql) const {
  std::string statement = sql.size() > 120 ? sql.substr(0, 117) + "..." : sql;
  throw IoError(fmt::format("database {}: {} failed: {}{}", path_, what, db_ ? sqlite3_errmsg(db_) : "closed",
                            statement.empty() ? "" : fmt::format(" (in: {})", statement)));
}

void SqliteDb::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    std::string statement = sql.size() > 120 ? sql.substr(0, 117) + "..." : sql;
    throw IoError(fmt::format("database {}: {} (in: {})", path_, message, statement));
  }
}

sqlite3_stmt* SqliteDb::prepare(const std::string& sql) {
  for (auto& [text, stmt] : cache_)
    if (text == sql) {
      sqlite3_reset(stmt);
      sqlite3_clear_bindings(stmt);
      return stmt;
    }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) fail("prepare", sql);
  cache_.emplace_back(sql, stmt);
  return stmt;
}

namespace {

void bind_all(sqlite3_stmt* stmt, const std::vector<SqlValue>& values, int* rc) {
  for (size_t i = 0; i < values.size() && *rc == SQLITE_OK; ++i) {
    const int index = static_cast<int>(i) + 1;
    const SqlValue& v = values[i];
    if (std::holds_alternative<std::monostate>(v)) {
      *rc = sqlite3_bind_null(stmt, index);
    } else if (auto n = std::get_if<int64_t>(&v)) {
      *rc = sqlite3_bind_int64(stmt, index, *n);
    } else if (auto d = std::get_if<double>(&v)) {
      *rc = sqlite3_bind_double(stmt, index, *d);
    } else {
      const std::string& s = std::get<std::string>(v);
      *rc = sqlite3_bind_text(stmt, index, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    }
  }
}

}  // namespace

int64_t SqliteDb::run(const std::string& sql, const std::vector<SqlValue>& values) {
  sqlite3_stmt* stmt = prepare(sql);
  int rc = SQLITE_OK;
  bind_all(stmt, values, &rc);
  if (rc != SQLITE_OK) fail("bind", sql);
  rc = sqlite3_step(stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) fail("step", sql);
  sqlite3_reset(stmt);
  return sqlite3_last_insert_rowid(db_);
}

std::vector<std::vector<std::string>> SqliteDb::query(const std::string& sql, const std::vector<SqlValue>& values) {
  sqlite3_stmt* stmt = prepare(sql);
  int rc = SQLITE_OK;
  bind_all(stmt, values, &rc);
  if (rc != SQLITE_OK) fail("bind", sql);
  std::vector<std::vector<std::string>> rows;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    std::vector<std::string> row;
    const int n = sqlite3_column_count(stmt);
    for (int c = 0; c < n; ++c) {
      const unsigned char* text = sqlite3_column_text(stmt, c);
      row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    }
    rows.push_back(std::move(row));
  }
  if (rc != SQLITE_DONE) fail("query", sql);
  sqlite3_reset(stmt);
  return rows;
}

}  // namespace xlfuse::report
