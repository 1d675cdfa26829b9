#include "serviceerrortext.h"

#include "domain/webhook.h"
#include "domain/webhookfilter.h"
#include "domain/webhookheader.h"
#include "service/replayservice.h"
#include "service/serviceerror.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hookline {

// As WebhookHeader::validate words them, on "headers" or "headers[N].name|value"; null for
// another field.
QString ServiceErrorText::headerSentence(const QString &field, const QString &message)
{
    static const QRegularExpression header(u"^headers\\[(\\d+)\\]\\.(name|value)$"_s);
    const auto match = header.match(field);
    if (!match.hasMatch()) {
        if (field == u"headers"_s)
            return tr("A webhook sends at most %1 headers of its own.")
                .arg(WebhookHeader::maxCount);
        return {};
    }
    const int number = match.captured(1).toInt() + 1;
    const bool name = match.captured(2) == u"name"_s;
    // The refused name, where the sentence quotes it ("…name: Host is set by …").
    static const QRegularExpression quoted(u"name: (.+) is (?:set by|sent by|given twice)"_s);
    const QString refused = quoted.match(message).captured(1);
    if (message.endsWith(u" is required"_s))
        return name ? tr("Header %1 needs a name.").arg(number)
                    : tr("Header %1 needs a value.").arg(number);
    if (message.contains(u"longer than"_s))
        return name ? tr("Header %1: a name is at most %2 characters long.")
                          .arg(number)
                          .arg(WebhookHeader::maxNameLength)
                    : tr("Header %1: a value is at most %2 bytes long.")
                          .arg(number)
                          .arg(WebhookHeader::maxValueBytes);
    if (message.contains(u"may hold only"_s))
        return tr("Header %1: a name may hold only letters, digits and !#$%&'*+-.^_`|~ (no "
                  "spaces or colons).")
            .arg(number);
    if (message.contains(u"set by the HTTP connection"_s))
        return tr("Header %1: %2 is set by the HTTP connection and cannot be replaced.")
            .arg(number)
            .arg(refused);
    if (message.contains(u"sent by Hookline itself"_s))
        return tr("Header %1: %2 is sent by Hookline itself and cannot be replaced.")
            .arg(number)
            .arg(refused);
    if (message.contains(u"given twice"_s))
        return tr("Header %1: %2 is given twice (header names ignore case).")
            .arg(number)
            .arg(refused);
    if (message.contains(u"control characters"_s))
        return tr("Header %1: a value cannot hold line breaks or other control characters.")
            .arg(number);
    return message;
}

QString ServiceErrorText::sentence(const ServiceError &error)
{
    const QString &field = error.field;
    const QString &message = error.message;
    if (const QString header = headerSentence(field, message); !header.isNull())
        return header;
    switch (error.code) {
    case ServiceError::Code::NotFound:
        return tr("It no longer exists; it was deleted elsewhere.");
    case ServiceError::Code::Unavailable:
        if (field == u"smtp.password"_s)
            return tr("The password could not be stored in the keyring, so nothing was changed: "
                      "%1")
                .arg(message);
        if (field == u"cloud_api"_s)
            return tr("The Cloud API settings are still being read; try again in a moment.");
        if (field.startsWith(u"cloud_api."_s))
            return tr("The secret could not be stored in the keyring, so nothing was changed: %1")
                .arg(message);
        return tr("The store could not be reached, so nothing was changed: %1").arg(message);
    case ServiceError::Code::StorageFull:
        return tr("The disk is full, so nothing was changed. Free some space and try again.");
    case ServiceError::Code::Upstream:
        return tr("WhatsApp refused: %1").arg(message);
    case ServiceError::Code::Conflict:
        // As ReplayService words a replay to a URL a webhook already posts to.
        if (field == u"url"_s && message.contains(u"replay to"_s))
            return tr("A webhook already posts to this URL: replay to that webhook instead.");
        if (field == u"url"_s)
            return tr("Another webhook already posts to this URL with the same aggregation; "
                      "every message would arrive twice.");
        if (field == u"phone"_s)
            return tr("An account with this phone number exists already.");
        if (field == u"enabled"_s)
            return tr("Switch the webhook on first: a replay to a webhook that is off would only "
                      "wait.");
        return message;
    case ServiceError::Code::Required:
        if (field == u"url"_s)
            return tr("Enter the URL the messages are posted to.");
        if (field == u"phone"_s || field.endsWith(u".phone"_s))
            return tr("The phone number is required.");
        if (field == u"account"_s)
            return tr("Give the phone number of the account the chat belongs to.");
        return message;
    case ServiceError::Code::Invalid:
        break;
    }
    // As WebhookStore::validate and validateWorkspaceSettings word them.
    if (field == u"url"_s) {
        if (message.endsWith(u"must start with http:// or https://"_s))
            return tr("The URL must start with http:// or https://.");
        if (message.endsWith(u"has no host"_s))
            return tr("The URL names no host, e.g. https://crm.example.com/hooks.");
        if (message.contains(u"longer than"_s))
            return tr("The URL is longer than 4,096 characters.");
        return tr("This is not a valid URL; look for spaces or typing errors.");
    }
    if (field == u"name"_s)
        return tr("The name is longer than 200 characters.");
    // As ReplayService words them.
    if (field == u"to"_s && message.startsWith(u"to must be after from"_s))
        return tr("The end of the range must be after its start.");
    if (field == u"to"_s)
        return tr("The range holds more than %1 messages; choose a shorter range or a filter.")
            .arg(QLocale().toString(ReplayService::maxMessages));
    if ((field == u"from"_s || field == u"filter"_s) && message.endsWith(u"nothing to replay"_s))
        return tr("No message of this range would be sent.");
    if (field == u"max_in_flight"_s)
        return tr("A webhook has from 1 to %1 requests under way at once.")
            .arg(Webhook::maxInFlightLimit);
    if (field == u"max_requests_per_second"_s)
        return tr("The rate is 0 (no limit) or from %1 to %2 requests per second.")
            .arg(QLocale().toString(Webhook::minPerSecond),
                 QLocale().toString(Webhook::maxPerSecondLimit));
    if (field == u"secret"_s)
        return tr("A signing secret is “whsec_” followed by 24 to 64 bytes in base64: use "
                  "Generate.");
    if (field == u"timeout_ms"_s)
        return tr("The timeout must be from 0.1 to 600 seconds.");
    if (field == u"log_limit"_s)
        return tr("The detailed log keeps from 1 to 100,000 attempts.");
    // As WebhookFilter::validate words them.
    if (field == u"filter.text"_s) {
        if (message.contains(u"backtracks"_s))
            return tr("This regular expression could take very long on some messages (it "
                      "backtracks catastrophically, as (a+)+ does). Simplify it, or untick "
                      "Regular expression to look for the text as it is.");
        if (message.contains(u"not a valid regular expression"_s))
            return tr("This is not a valid regular expression: %1")
                .arg(message.section(u": "_s, 1));
        return tr("The text is longer than %1 characters.").arg(WebhookFilter::maxTextLength);
    }
    if (field.startsWith(u"filter.accounts"_s))
        return tr("The filter's accounts must be phone numbers, each given once.");
    if (field == u"owner.email"_s || field == u"smtp.from"_s)
        return tr("This is not an e-mail address.");
    if (field == u"smtp.port"_s)
        return tr("The port must be from 1 to 65535.");
    if (field == u"timezone"_s)
        return tr("This is not a known time zone; pick one from the list (like Asia/Kolkata).");
    if (field == u"public_base_url"_s)
        return tr("Enter an http:// or https:// address, or leave it empty to follow the address "
                  "Hookline listens on.");
    return message;
}

} // namespace hookline
