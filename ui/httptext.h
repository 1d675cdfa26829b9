#pragma once

#include "domain/attemptrecord.h"

#include <QByteArray>
#include <QString>

namespace hookline::HttpText {

// How much of a body a read-only view shows: more only costs memory and layout time.
inline constexpr qsizetype displayLimit = 256 * 1024;
// Longer lines are broken for display: laying out one 4 MiB line takes seconds.
inline constexpr qsizetype displayLineLength = 1000;

// "Name: value" lines, one per header, each ending in a newline; in the order sent.
QString headerLines(const HttpHeaders &headers);

// A JSON body re-indented in its original key order; anything else as it came.
QString prettyBody(const QByteArray &body);

// prettyBody() made safe to show: about the first `limit` bytes of it, lines longer than
// displayLineLength broken in two or more, and when cut a last line "… N more bytes not
// shown." followed by `hint` (where to find the whole body). Slow for big bodies: call it in a
// StoreWorker job, not in the GUI thread.
QString forDisplay(const QByteArray &body, qsizetype limit = displayLimit,
                   const QString &hint = QString());

// "OK", "Service Unavailable"…: the standard reason phrase of a status; empty for an unknown one.
QString reasonPhrase(int status);

// Host, Content-Length and the hop-by-hop headers: a client sending a request again makes its own.
bool isTransportHeader(const QByteArray &name);

// A shell command that sends the request again: single-quoted for a POSIX shell; the headers
// curl makes itself (isTransportHeader) left out.
QString curlCommand(const QString &method, const QString &url, const HttpHeaders &headers,
                    const QByteArray &body);

} // namespace hookline::HttpText
