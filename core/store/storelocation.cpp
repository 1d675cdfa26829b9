#include "storelocation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

// The libpq connection keywords a URL may set; anything else is refused by name rather than
// passed on where it could change what the connection means (a password, a service file).
const QStringList &allowedOptions()
{
    static const QStringList keys = {
        u"sslmode"_s,          u"sslrootcert"_s,     u"sslcert"_s,
        u"sslkey"_s,           u"sslcrl"_s,          u"connect_timeout"_s,
        u"application_name"_s, u"gssencmode"_s,      u"target_session_attrs"_s,
        u"keepalives"_s,       u"keepalives_idle"_s, u"options"_s,
    };
    return keys;
}

} // namespace

bool StoreLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

StoreLocation StoreLocation::sqliteFile(const QString &filePath)
{
    StoreLocation location;
    location.m_text = filePath;
    return location;
}

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = u"the database location is empty"_s;
        return {};
    }
    if (!looksLikeUrl(text))
        return sqliteFile(text);

    const QUrl url(text, QUrl::StrictMode);
    auto refuse = [&](const QString &why) {
        // Without the query either: it may hold a password=.
        *error = u"--database %1: %2"_s.arg(
            url.isValid() ? url.toString(QUrl::RemovePassword | QUrl::RemoveQuery) : u"(the URL)"_s,
            why);
        return StoreLocation();
    };
    if (!url.isValid())
        return refuse(u"not a valid URL (%1)"_s.arg(url.errorString()));
    if (!url.password().isEmpty())
        return refuse(u"a password does not belong on the command line, where other users of "
                      "this computer can read it; put it in PGPASSWORD or ~/.pgpass"_s);
    if (!url.fragment().isEmpty())
        return refuse(u"a URL fragment (#...) means nothing here"_s);

    StoreLocation location;
    location.m_backend = Backend::Postgres;
    location.m_host = url.host().isEmpty() ? u"localhost"_s : url.host();
    location.m_port = url.port(5432);
    if (location.m_port <= 0 || location.m_port > 65535)
        return refuse(u"port %1 is out of range"_s.arg(location.m_port));
    location.m_user = url.userName();
    location.m_database = url.path().mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(u'/'))
        return refuse(u"name one database after the host, as in postgresql://user@host/hookline"_s);

    QStringList options;
    const QUrlQuery query(url);
    bool hasTimeout = false;
    bool hasName = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s)
            return refuse(u"a password does not belong on the command line; put it in "
                          "PGPASSWORD or ~/.pgpass"_s);
        if (!allowedOptions().contains(key))
            return refuse(u"unknown parameter \"%1\" (Hookline passes on %2)"_s.arg(
                key, allowedOptions().join(u", "_s)));
        // QPSQL joins options into a libpq conninfo string split at ';' and spaces.
        static const QRegularExpression plain(u"^[A-Za-z0-9_.:/=+-]*$"_s);
        if (!plain.match(value).hasMatch())
            return refuse(
                u"the value of \"%1\" may hold only letters, digits and _.:/=+-"_s.arg(key));
        hasTimeout = hasTimeout || key == u"connect_timeout"_s;
        hasName = hasName || key == u"application_name"_s;
        options << u"%1=%2"_s.arg(key, value);
    }
    // A server that does not answer must not hang a start for libpq's default of forever.
    if (!hasTimeout)
        options << u"connect_timeout=10"_s;
    if (!hasName)
        options << u"application_name=hookline"_s;
    location.m_options = options.join(u';');
    location.m_text = url.toString(QUrl::RemovePassword);
    return location;
}

} // namespace hookline
