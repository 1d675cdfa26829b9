#include "cloudapiaccount.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

std::optional<FieldError> validateCloudApiAccount(const CloudApiAccount &account)
{
    const QString &id = account.phoneNumberId;
    if (id.isEmpty() || id.size() > 32
        || !std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); })) {
        return FieldError {u"cloud_api.phone_number_id"_s,
                           u"the phone number id is the number Meta shows under "
                           "WhatsApp → API Setup (digits only)"_s};
    }
    const QUrl url(account.graphBaseUrl, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        || url.host().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return FieldError {u"cloud_api.graph_base_url"_s,
                           u"the Graph API address must be an http(s) URL such as %1"_s.arg(
                               QString::fromLatin1(CloudApiAccount::defaultGraphBaseUrl))};
    }
    for (const auto &[field, value] :
         {std::pair {u"cloud_api.app_secret"_s, &account.appSecret},
          std::pair {u"cloud_api.verify_token"_s, &account.verifyToken},
          std::pair {u"cloud_api.access_token"_s, &account.accessToken}}) {
        if (value->size() > 4096 || value->contains(u'\n') || value->contains(u'\r'))
            return FieldError {
                field,
                u"%1 must be one line of at most 4096 characters"_s.arg(field.section(u'.', 1))};
    }
    return std::nullopt;
}

} // namespace hookline
