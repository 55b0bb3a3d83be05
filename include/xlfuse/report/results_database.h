#pragma once
// results.sqlite: everything the report knows, queryable with SQL (schema in
// docs/results_database.md): the models and prediction runs of the study, the systems, the
// ensembles and their members, every score per system/task/split/language/metric, the bootstrap
// intervals of each ensemble against its dev-chosen member (per language and for the mean), the
// task means, the XTREME-R scores, the intermediate-task gains, the layer sweeps and the notes.
//
// The database is built in a temporary file beside `path`, flushed to disk and renamed over
// `path`: a crash leaves the previous database or the new one, never half of one; rebuilding from
// the same folders gives the same contents.
#include <string>

#include "xlfuse/report/comparison_tables.h"
#include "xlfuse/report/study_scan.h"
#include "xlfuse/report/systems.h"

namespace xlfuse::report {

// The schema version written to the `study` table (key "format_version").
inline constexpr int kResultsSchemaVersion = 1;

// The CREATE statements (what docs/results_database.md documents).
const std::string& results_schema_sql();

// Writes the database (see the file comment). IoError naming the file on failure; `path` is then
// untouched.
void write_results_database(const std::string& path, const Study& study, const Systems& systems,
                            const ReportTables& tables);

}  // namespace xlfuse::report
