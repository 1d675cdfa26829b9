#pragma once

#include <QCoreApplication>
#include <QString>

namespace hookline {

// The engine, the store and the notifier write the activity log, a webhook's disable reason and
// an attempt's error in one language, English, because the API, the exports and the owner's
// e-mail carry them as they are. The window shows them in its own language: each stored form is
// recognised and said again with tr(); what is not recognised (a receiver's own words, an entry
// of a later release) is shown as stored.
class ActivityText
{
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
public:
    // An activity entry's details, or a webhook's disable reason.
    static QString sentence(const QString &stored);
    // An attempt's error or a test's outcome ("connection refused", "HTTP 503 …", "timeout: …").
    static QString error(const QString &stored);
    // Why a chat export was not imported, as the importer and the archive reader say it.
    static QString importError(const QString &stored);
    // What an aggregation's stored name ("none", "1h", …) means.
    static QString aggregation(const QString &name);
    // What a delivery mode's stored name ("push", "pull", "both") means.
    static QString deliveryMode(const QString &name);
    // Why a webhook's filter turned a message away, from the field it names ("direction",
    // "accounts", "chat_kind", "attachment", "text": WebhookFilter::rejection).
    static QString filterReason(const QString &field);
};

} // namespace hookline
