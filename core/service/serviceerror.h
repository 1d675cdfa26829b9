#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace hookline {

class StoreError;

// Why a use case refused, in one vocabulary for the API and the window: what kind of refusal,
// the field it is about (the API's JSON path: "url", "timeout_ms"; empty for the whole request)
// and the sentence the API sends. The API maps the code to an HTTP status; the window shows the
// sentence next to the field.
struct ServiceError
{
    enum class Code {
        Required, // a field that must be given is missing or empty: 400
        Invalid, // a value is not acceptable: 400
        NotFound, // what the request names does not exist (any more): 404
        Conflict, // another item already has it: 409
        Unavailable, // the store failed; nothing was changed: 503
        StorageFull, // the disk is full; nothing was changed: 507
        Upstream, // a service beyond Hookline (WhatsApp's Graph API) refused or failed: 502
    };

    Code code = Code::Invalid;
    QString field;
    QString message;
    int index = -1; // which item of a batch, when the request held several

    // The store failed: a full disk (507) or anything else (503); nothing was changed.
    static ServiceError fromStore(const StoreError &error);
    // The webhook a use case names is gone (404 on "id").
    static ServiceError webhookNotFound(qint64 id);
};

// A use case's answer: the value, or why there is none.
template<typename T> class ServiceResult
{
public:
    ServiceResult(T value)
        : m_value(std::move(value))
    {
    }
    ServiceResult(ServiceError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    const ServiceError &error() const { return *m_error; }

private:
    std::optional<T> m_value;
    std::optional<ServiceError> m_error;
};

} // namespace hookline
