#pragma once

#include <QCoreApplication>
#include <QString>

namespace hookline {

struct ServiceError;

// The window's sentence for a refused use case: the API answers with ServiceError::message
// (English, naming JSON fields such as "timeout_ms"); a person reads what to do about it, in the
// window's language, next to the field. Unknown fields fall back to the API's words.
class ServiceErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceErrorText)
public:
    static QString sentence(const ServiceError &error);

private:
    static QString headerSentence(const QString &field, const QString &message);
};

} // namespace hookline
