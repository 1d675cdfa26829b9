#include "cloudapiinbox.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace hookline {

CloudApiInbox::CloudApiInbox(Database &database, QString owner)
    : m_database(database)
    , m_owner(std::move(owner))
{
}

qint64 CloudApiInbox::add(const QByteArray &body, qint64 nowMs)
{
    QSqlQuery &q = m_database.prepared(
        u"INSERT INTO cloud_api_inbox (received_ms, body, received_by) VALUES (?, ?, ?)"_s);
    q.bindValue(0, nowMs);
    q.bindValue(1, body);
    q.bindValue(2, sqlText(m_owner));
    return m_database.insertedId(q);
}

QList<CloudApiInbox::Entry> CloudApiInbox::oldest(qint64 afterId, int limit)
{
    return m_database.rows(
        u"SELECT id, body FROM cloud_api_inbox WHERE received_by = ? AND id > ? ORDER BY id"
        " LIMIT ?"_s,
        {sqlText(m_owner), afterId, limit}, [](const QSqlQuery &q) {
            return Entry {q.value(0).toLongLong(), q.value(1).toByteArray()};
        });
}

void CloudApiInbox::remove(qint64 id)
{
    m_database.run(u"DELETE FROM cloud_api_inbox WHERE id = ?"_s, {id});
}

int CloudApiInbox::count()
{
    return m_database
        .firstRow(u"SELECT count(*) FROM cloud_api_inbox WHERE received_by = ?"_s,
                  {sqlText(m_owner)}, [](const QSqlQuery &q) { return q.value(0).toInt(); })
        .value_or(0);
}

} // namespace hookline
