#pragma once
// A small RAII layer over the SQLite C API: a connection, prepared statements with bound
// parameters, and errors as IoError naming the database file and the statement.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace xlfuse::report {

// A value bound to a statement parameter: NULL, integer, real or text.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

SqlValue sql_null();
SqlValue sql_optional(const std::optional<double>& value);

class SqliteDb {
 public:
  // Opens (creating) the database file. IoError naming it when it cannot.
  explicit SqliteDb(const std::string& path);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements without parameters.
  void exec(const std::string& sql);
  // Runs one statement with `values` bound to its ?-parameters in order; returns the rowid of
  // an INSERT.
  int64_t run(const std::string& sql, const std::vector<SqlValue>& values);
  // Runs a query; each row as text values ("" for NULL). For tests and checks.
  std::vector<std::vector<std::string>> query(const std::string& sql, const std::vector<SqlValue>& values = {});

  // Closes the connection (the destructor does it too); IoError when SQLite refuses.
  void close();

 private:
  sqlite3_stmt* prepare(const std::string& sql);
  [[noreturn]] void fail(const std::string& what, const std::string& sql) const;

  std::string path_;
  sqlite3* db_ = nullptr;
  // Prepared statements by SQL text, reused across calls (inserts run thousands of times).
  std::vector<std::pair<std::string, sqlite3_stmt*>> cache_;
};

}  // namespace xlfuse::report
