#include "ingestjson.h"

#include "jsoninput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

struct Failure
{
    FieldError error;
};

[[noreturn]] void fail(const QString &field, const QString &message)
{
    throw Failure {{field, message}};
}

QString path(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

QString optionalString(const QJsonObject &o, const QString &prefix, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        fail(path(prefix, key), u"%1 must be a string"_s.arg(path(prefix, key)));
    return v.toString();
}

QJsonObject optionalObject(const QJsonObject &o, const QString &prefix, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        fail(path(prefix, key), u"%1 must be an object"_s.arg(path(prefix, key)));
    return v.toObject();
}

Party party(const QJsonObject &o, const QString &prefix)
{
    return {optionalString(o, prefix, u"full_name"_s), optionalString(o, prefix, u"phone"_s)};
}

QDateTime timestamp(const QString &text, const QString &field)
{
    auto t = IngestJson::readTime(text, field);
    if (const auto *error = std::get_if<FieldError>(&t))
        fail(error->field, error->message);
    return std::get<QDateTime>(t);
}

IngestMessage message(const QJsonValue &value, const QString &prefix)
{
    if (!value.isObject())
        fail(prefix.isEmpty() ? u"body"_s : prefix,
             u"%1 must be a message object"_s.arg(prefix.isEmpty() ? u"the body"_s : prefix));
    const QJsonObject o = value.toObject();
    IngestMessage m;
    m.source = u"api"_s;

    if (!o.contains(u"account"_s))
        fail(path(prefix, u"account"_s), u"%1 is required"_s.arg(path(prefix, u"account"_s)));
    const QString accountPath = path(prefix, u"account"_s);
    const QJsonObject account = optionalObject(o, prefix, u"account"_s);
    m.account = {optionalString(account, accountPath, u"phone"_s),
                 optionalString(account, accountPath, u"full_name"_s),
                 optionalString(account, accountPath, u"email"_s)};

    if (!o.contains(u"chat"_s))
        fail(path(prefix, u"chat"_s), u"%1 is required"_s.arg(path(prefix, u"chat"_s)));
    const QString chatPath = path(prefix, u"chat"_s);
    const QJsonObject chat = optionalObject(o, prefix, u"chat"_s);
    const QJsonValue isGroup = chat.value(u"is_group"_s);
    if (!isGroup.isUndefined() && !isGroup.isNull() && !isGroup.isBool())
        fail(path(chatPath, u"is_group"_s),
             u"%1 must be true or false"_s.arg(path(chatPath, u"is_group"_s)));
    m.chat.groupId = optionalString(chat, chatPath, u"group_id"_s);
    m.chat.isGroup = isGroup.isBool() ? isGroup.toBool() : !m.chat.groupId.isEmpty();
    m.chat.phone = optionalString(chat, chatPath, u"phone"_s);
    m.chat.fullName = optionalString(chat, chatPath, u"full_name"_s);

    const QString direction = optionalString(o, prefix, u"direction"_s);
    if (direction.isEmpty())
        fail(path(prefix, u"direction"_s),
             u"%1 is required: \"received\" or \"sent\""_s.arg(path(prefix, u"direction"_s)));
    const auto parsedDirection = directionFromName(direction);
    if (!parsedDirection)
        fail(path(prefix, u"direction"_s),
             u"%1 must be \"received\" or \"sent\", not \"%2\""_s.arg(path(prefix, u"direction"_s),
                                                                      direction.left(40)));
    m.direction = *parsedDirection;

    const QString time = optionalString(o, prefix, u"timestamp"_s);
    if (!time.isEmpty())
        m.timestamp = timestamp(time, path(prefix, u"timestamp"_s));

    m.sender = party(optionalObject(o, prefix, u"sender"_s), path(prefix, u"sender"_s));
    m.recipient = party(optionalObject(o, prefix, u"recipient"_s), path(prefix, u"recipient"_s));
    m.text = optionalString(o, prefix, u"text"_s);
    m.externalId = optionalString(o, prefix, u"external_id"_s);

    if (o.contains(u"attachment"_s) && !o.value(u"attachment"_s).isNull()) {
        const QString attachmentPath = path(prefix, u"attachment"_s);
        const QJsonObject a = optionalObject(o, prefix, u"attachment"_s);
        IngestMessage::File file;
        file.fileName = optionalString(a, attachmentPath, u"filename"_s);
        file.mimeType = optionalString(a, attachmentPath, u"mimetype"_s);
        const QString data = optionalString(a, attachmentPath, u"data_base64"_s);
        const QString dataPath = path(attachmentPath, u"data_base64"_s);
        if (data.isEmpty())
            fail(dataPath, u"%1 is required with an attachment"_s.arg(dataPath));
        const auto decoded = QByteArray::fromBase64Encoding(
            data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || data.size() % 4 == 1)
            fail(dataPath, u"%1 is not valid base64"_s.arg(dataPath));
        file.bytes = decoded.decoded;
        m.attachment = file;
    }
    return m;
}

} // namespace

std::variant<QDateTime, FieldError> IngestJson::readTime(const QString &text, const QString &field)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // A time without a zone would be read in the server's zone: ambiguous, so refused.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return FieldError {field,
                           u"%1 must be an ISO 8601 date and time with a zone, like "
                           "2026-03-01T09:05:07Z or 2026-03-01T14:35:07+05:30"_s.arg(field)};
    return t.toUTC();
}

std::variant<IngestJson::Batch, FieldError> IngestJson::parse(const QByteArray &body)
{
    const JsonInput input = JsonInput::read(body);
    if (!input.ok())
        return FieldError {u"body"_s, input.error};
    const QJsonDocument &document = input.document;
    if (!document.isObject())
        return FieldError {u"body"_s, u"the body must be a JSON object"_s};
    const QJsonObject root = document.object();
    Batch batch;
    if (root.contains(u"send"_s)) {
        if (!root.value(u"send"_s).isBool())
            return FieldError {u"send"_s, u"send must be true or false"_s};
        batch.send = root.value(u"send"_s).toBool();
    }
    try {
        if (!root.contains(u"messages"_s)) {
            batch.messages = {message(root, {})};
            return batch;
        }
        batch.single = false;
        const QJsonValue list = root.value(u"messages"_s);
        if (!list.isArray())
            return FieldError {u"messages"_s, u"messages must be an array"_s};
        const QJsonArray array = list.toArray();
        if (array.isEmpty())
            return FieldError {u"messages"_s, u"messages is empty"_s};
        if (array.size() > maxBatch)
            return FieldError {
                u"messages"_s,
                u"messages has %1 entries; a batch holds at most %2"_s.arg(array.size())
                    .arg(maxBatch)};
        batch.messages.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            batch.messages.append(message(array.at(i), u"messages[%1]"_s.arg(i)));
        return batch;
    } catch (const Failure &f) {
        return f.error;
    }
}

} // namespace hookline
