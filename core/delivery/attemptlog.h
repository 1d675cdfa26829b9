#pragma once

#include "attemptrecord.h"

namespace hookline {

class Database;

// The detailed log: the most recent attempts of each webhook, request and response in full.
class AttemptLog
{
public:
    explicit AttemptLog(Database &database);

    qint64 add(const AttemptRecord &record);
    // Keeps the newest `keep` attempts of the webhook and deletes the rest.
    void trim(qint64 webhookId, int keep);
    // Oldest first, at most `limit` (the newest ones).
    QList<AttemptRecord> recent(qint64 webhookId, int limit);

    static QByteArray headersToJson(const HttpHeaders &headers);
    static HttpHeaders headersFromJson(const QByteArray &json);

private:
    Database &m_database;
};

} // namespace hookline
