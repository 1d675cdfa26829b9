#pragma once

#include "store/storeconnection.h"

namespace hookline {

// The store as seen from one server worker thread: opened on first use, kept for the thread's
// lifetime, closed in that thread when it ends.
namespace ThreadStore {

// Throws StoreError when the database cannot be opened.
StoreConnection &forThread(const QString &databasePath, const QString &attachmentsPath);

} // namespace ThreadStore

} // namespace hookline
