// Opening a SQLite file for durable writes, the same way for every store: write-ahead log and
// synchronous=FULL, so a commit is on disk when it returns and a killed process leaves the file
// consistent.
#pragma once

#include <sqlite3.h>

#include <string>

#include "sanus/status.h"

namespace sanus::store {

// Opens (creating if needed) the file and applies the schema. The caller owns the handle and
// closes it with sqlite3_close. kUnavailable when it cannot be opened; kDataLoss when the schema
// cannot be applied (the file is not this store's) or the write-ahead log cannot be turned on.
// what names the store in messages ("session database").
Result<sqlite3*> OpenDurableDatabase(const std::string& path, const std::string& schema, const std::string& what);

}  // namespace sanus::store
