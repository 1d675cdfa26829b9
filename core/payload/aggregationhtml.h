#pragma once

#include "payloadbuilder.h"

#include <QString>

namespace hookline {

// The "aggregation" field of a bundle: a ready-made HTML note for a CRM, one line per message,
//   from <sender> on <yyyy-MM-dd HH:mm>: <text>
// joined by <br/>, then a link to the conversation. Everything that came from outside is
// HTML-escaped (a message may contain <script>), newlines become <br/>, an attachment shows as
// [attachment: name]. Times are in the workspace time zone.
QString aggregationHtml(const PayloadBundle &bundle);

// Escapes text for HTML element content and single- or double-quoted attributes.
QString htmlEscaped(QStringView text);

} // namespace hookline
