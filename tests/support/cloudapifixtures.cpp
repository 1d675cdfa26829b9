#include "cloudapifixtures.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject fixtureCases(const QString &file)
{
    QFile f(QStringLiteral(HOOKLINE_SHARED_FIXTURES) + u"/cloud-api/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray caseBody(const QJsonObject &cases, const QString &name)
{
    return QJsonDocument(cases.value(name).toObject()).toJson(QJsonDocument::Compact);
}

QByteArray caseBody(const QString &file, const QString &name, const QString &from,
                    const QString &to)
{
    return caseBody(fixtureCases(file), name).replace(from.toUtf8(), to.toUtf8());
}
