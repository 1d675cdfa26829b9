#pragma once

#include "delivery/attemptrecord.h"

#include <QByteArray>
#include <QString>

namespace hookline::HttpText {

// "Name: value" lines, one per header, each ending in a newline; in the order sent.
QString headerLines(const HttpHeaders &headers);

// A JSON body re-indented in its original key order; anything else as it came.
QString prettyBody(const QByteArray &body);

} // namespace hookline::HttpText
