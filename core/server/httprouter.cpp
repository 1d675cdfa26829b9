#include "httprouter.h"

using namespace Qt::StringLiterals;

namespace hookline {

void HttpRouter::add(const QByteArray &method, const QString &pattern, HttpRoute::Handler handler,
                     HttpRouteLimits limits)
{
    HttpRoute route;
    route.method = method;
    route.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern));
    Q_ASSERT(route.pattern.isValid());
    route.pattern.optimize();
    route.maxBodyBytes = limits.maxBodyBytes;
    route.keptBodyBytes = limits.keptBodyBytes;
    route.guard = std::move(limits.guard);
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

const HttpRoute *HttpRouter::match(const QByteArray &method, const QByteArray &path,
                                   QStringList *captures, HttpResponse *refusal) const
{
    const QString decoded = QString::fromUtf8(path);
    const QByteArray wanted = method == "HEAD" ? QByteArrayLiteral("GET") : method;
    QStringList allowed;
    for (const HttpRoute &route : m_routes) {
        const QRegularExpressionMatch m = route.pattern.match(decoded);
        if (!m.hasMatch())
            continue;
        if (route.method != wanted) {
            allowed.append(QString::fromLatin1(route.method));
            continue;
        }
        captures->clear();
        for (int i = 1; i <= route.pattern.captureCount(); ++i)
            captures->append(m.captured(i));
        return &route;
    }
    if (allowed.isEmpty()) {
        refusal->setError(
            404, QString(),
            u"nothing here: %1 is not a path of this server"_s.arg(decoded.left(200)));
        return nullptr;
    }
    allowed.removeDuplicates();
    refusal->setHeader("Allow", allowed.join(u", "_s).toLatin1());
    refusal->setError(405, QString(),
                      u"%1 does not take %2; use %3"_s.arg(decoded.left(200),
                                                           QString::fromLatin1(method.left(20)),
                                                           allowed.join(u" or "_s)));
    return nullptr;
}

} // namespace hookline
