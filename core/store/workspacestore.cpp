#include "workspacestore.h"

#include "database.h"
#include "storeerror.h"
#include "transaction.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

Teammate teammateFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

} // namespace

WorkspaceStore::WorkspaceStore(Database &database)
    : m_database(database)
{
}

QString WorkspaceStore::value(const QString &key, const QString &fallback)
{
    return m_database
        .firstRow(u"SELECT value FROM settings WHERE key = ?"_s, {key},
                  [](const QSqlQuery &q) { return q.value(0).toString(); })
        .value_or(fallback);
}

void WorkspaceStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery &q = m_database.prepared(u"INSERT INTO settings (key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.bindValue(0, key);
    q.bindValue(1, sqlText(value));
    m_database.exec(q);
}

WorkspaceSettings WorkspaceStore::settings()
{
    const WorkspaceSettings defaults;
    WorkspaceSettings s;
    s.ownerName = value(u"owner_name"_s, defaults.ownerName);
    s.ownerEmail = value(u"owner_email"_s, defaults.ownerEmail);
    s.timeZone = value(u"timezone"_s, defaults.timeZone);
    s.publicBaseUrl = value(u"public_base_url"_s, defaults.publicBaseUrl);
    s.smtpHost = value(u"smtp_host"_s, defaults.smtpHost);
    s.smtpPort = value(u"smtp_port"_s, QString::number(defaults.smtpPort)).toInt();
    s.smtpSecurity
        = smtpSecurityFromName(value(u"smtp_security"_s, {})).value_or(defaults.smtpSecurity);
    s.smtpUsername = value(u"smtp_username"_s, defaults.smtpUsername);
    s.smtpPasswordStorage = value(u"smtp_password_storage"_s, defaults.smtpPasswordStorage);
    s.smtpFrom = value(u"smtp_from"_s, defaults.smtpFrom);
    s.smtpAllowInvalidCertificate = value(u"smtp_allow_invalid_certificate"_s, u"0"_s) == u"1"_s;
    return s;
}

void WorkspaceStore::setSettings(const WorkspaceSettings &s)
{
    Transaction transaction(m_database);
    setValue(u"owner_name"_s, s.ownerName);
    setValue(u"owner_email"_s, s.ownerEmail);
    setValue(u"timezone"_s, s.timeZone);
    setValue(u"public_base_url"_s, s.publicBaseUrl);
    setValue(u"smtp_host"_s, s.smtpHost);
    setValue(u"smtp_port"_s, QString::number(s.smtpPort));
    setValue(u"smtp_security"_s, smtpSecurityName(s.smtpSecurity));
    setValue(u"smtp_username"_s, s.smtpUsername);
    setValue(u"smtp_password_storage"_s, s.smtpPasswordStorage);
    setValue(u"smtp_from"_s, s.smtpFrom);
    setValue(u"smtp_allow_invalid_certificate"_s, s.smtpAllowInvalidCertificate ? u"1"_s : u"0"_s);
    m_database.notifyOnCommit(QString::fromUtf16(StoreChannel::settings), u"workspace"_s);
    transaction.commit();
}

QList<Teammate> WorkspaceStore::teammates()
{
    return m_database.rows(u"SELECT id, full_name, email FROM teammates ORDER BY id"_s, {},
                           teammateFromRow);
}

std::optional<Teammate> WorkspaceStore::teammate(qint64 id)
{
    return m_database.firstRow(u"SELECT id, full_name, email FROM teammates WHERE id = ?"_s, {id},
                               teammateFromRow);
}

qint64 WorkspaceStore::upsertTeammate(const QString &fullName, const QString &email)
{
    QSqlQuery &q = m_database.prepared(
        u"INSERT INTO teammates (full_name, email) VALUES (?, ?)"
        " ON CONFLICT (email) DO UPDATE SET full_name = excluded.full_name RETURNING id"_s);
    q.bindValue(0, sqlText(fullName.trimmed()));
    q.bindValue(1, sqlText(email.trimmed()));
    m_database.exec(q);
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

void WorkspaceStore::removeTeammate(qint64 id)
{
    QSqlQuery &q = m_database.prepared(u"DELETE FROM teammates WHERE id = ?"_s);
    q.bindValue(0, id);
    m_database.exec(q);
}

void WorkspaceStore::setChatResponsible(qint64 chatId, qint64 teammateId)
{
    QSqlQuery &q
        = m_database.prepared(u"UPDATE chats SET responsible_teammate_id = ? WHERE id = ?"_s);
    q.bindValue(0, teammateId > 0 ? QVariant(teammateId) : QVariant());
    q.bindValue(1, chatId);
    m_database.exec(q);
    if (q.numRowsAffected() != 1)
        throw StoreError(u"no chat with id %1"_s.arg(chatId));
}

QByteArray WorkspaceStore::linkKey()
{
    const QString stored = value(u"link_key"_s, {});
    if (!stored.isEmpty())
        return QByteArray::fromBase64(stored.toLatin1());
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    // DO NOTHING on a conflict: when two threads race, both end up with the first key written.
    QSqlQuery &q = m_database.prepared(
        u"INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s);
    q.bindValue(0, u"link_key"_s);
    q.bindValue(1, QString::fromLatin1(key.toBase64()));
    m_database.exec(q);
    return QByteArray::fromBase64(value(u"link_key"_s, {}).toLatin1());
}

} // namespace hookline
