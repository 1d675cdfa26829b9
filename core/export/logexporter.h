#pragma once

#include "domain/attemptrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hookline {

// The detailed log as a file: JSON (the original product's "download log"), HAR 1.2 (opens in
// browser developer tools) or CSV (spreadsheets). Shared by the UI, the API and the command
// line. Records carry no secrets — signing secrets never enter them and secret-bearing headers
// and URL passwords are redacted when the attempt is recorded.
namespace LogExporter {

enum class Format { Json, Har, Csv };

std::optional<Format> formatFromName(QStringView name);
QString fileExtension(Format format);
QString mimeType(Format format);

struct Source
{
    qint64 webhookId = 0;
    QString webhookName;
    QString webhookUrl;
};

QByteArray write(Format format, const Source &source, const QList<AttemptRecord> &attempts,
                 const QDateTime &exportedAt);

QByteArray toJson(const Source &source, const QList<AttemptRecord> &attempts,
                  const QDateTime &exportedAt);
QByteArray toHar(const QList<AttemptRecord> &attempts);
QByteArray toCsv(const QList<AttemptRecord> &attempts);

} // namespace LogExporter

} // namespace hookline
