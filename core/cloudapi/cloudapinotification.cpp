#include "cloudapinotification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

using Event = CloudApiNotification::Event;
using Kind = CloudApiNotification::Kind;
using Media = CloudApiNotification::Media;

// Values from outside go into log lines: keep them short.
QString quoted(const QString &value)
{
    constexpr qsizetype limit = 60;
    return u'"' + (value.size() > limit ? value.left(limit) + u"…"_s : value) + u'"';
}

// Meta writes ids and timestamps as strings; a number is accepted too rather than dropped.
QString text(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        // Whole numbers only, and only where a double holds them exactly (casting a larger one
        // to an integer is undefined).
        const double d = v.toDouble();
        if (std::abs(d) < 9.0e15 && d == std::trunc(d))
            return QString::number(qint64(d));
    }
    return {};
}

QJsonObject object(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject(); // empty for anything that is not an object
}

QJsonArray array(const QJsonObject &o, const QString &key)
{
    return o.value(key).toArray();
}

QString number(double d)
{
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// errors[] → "131051 Message type unknown — details", one per error, joined by "; ".
QString errorsText(const QJsonArray &errors)
{
    QStringList parts;
    for (const QJsonValue &value : errors) {
        const QJsonObject e = value.toObject();
        const QString code = text(e, u"code"_s);
        const QString title = text(e, u"title"_s);
        const QString message = text(e, u"message"_s);
        const QString details = text(object(e, u"error_data"_s), u"details"_s);
        QString part = code;
        if (!title.isEmpty())
            part += (part.isEmpty() ? u""_s : u" "_s) + title;
        // Meta often repeats the title as the message; say it once.
        if (!message.isEmpty() && message != title)
            part += (part.isEmpty() ? u""_s : u" — "_s) + message;
        if (!details.isEmpty() && details != message && details != title)
            part += (part.isEmpty() ? details : u" ("_s + details + u')');
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u"; "_s);
}

// The business number and the customers' profile names of one change value.
struct Context
{
    QString phoneNumberId;
    QString displayPhoneNumber;
    QJsonArray contacts;
    QString valueErrors; // value.errors[]: Meta's explanation of what it could not deliver
    QString path;

    QString nameOf(const QString &waId) const
    {
        if (waId.isEmpty())
            return {};
        for (const QJsonValue &value : contacts) {
            const QJsonObject c = value.toObject();
            if (text(c, u"wa_id"_s) == waId)
                return text(object(c, u"profile"_s), u"name"_s);
        }
        return {};
    }
};

enum class Content {
    Read, // text (and media) filled in
    Missing, // a known type without usable content: placeholder
    Unknown, // a type this parser does not know: skipped
    Deleted, // a revoke: becomes a status of the original
};

Content readMedia(const QJsonObject &m, const QString &type, Event &e)
{
    const QJsonObject o = object(m, type);
    Media media;
    media.id = text(o, u"id"_s);
    media.url = text(o, u"url"_s);
    if (media.id.isEmpty() && media.url.isEmpty())
        return Content::Missing;
    media.kind = type;
    if (type == u"audio"_s && o.value(u"voice"_s).toBool())
        media.kind = u"voice"_s;
    media.mimeType = text(o, u"mime_type"_s);
    media.sha256 = text(o, u"sha256"_s);
    media.fileName = text(o, u"filename"_s);
    media.animated = o.value(u"animated"_s).toBool();
    e.text = text(o, u"caption"_s);
    e.media = media;
    return Content::Read;
}

Content readLocation(const QJsonObject &m, Event &e)
{
    const QJsonObject o = object(m, u"location"_s);
    const QJsonValue latitude = o.value(u"latitude"_s);
    const QJsonValue longitude = o.value(u"longitude"_s);
    if (!latitude.isDouble() || !longitude.isDouble())
        return Content::Missing;
    const QString lat = number(latitude.toDouble());
    const QString lon = number(longitude.toDouble());
    QStringList place;
    for (const QString &key : {u"name"_s, u"address"_s}) {
        const QString part = text(o, key);
        if (!part.isEmpty())
            place.append(part);
    }
    const QString where = place.isEmpty() ? u"Location"_s : place.join(u", "_s);
    e.text = u"📍 %1 (%2, %3)\nhttps://maps.google.com/?q=%2,%3"_s.arg(where, lat, lon);
    return Content::Read;
}

Content readContacts(const QJsonObject &m, Event &e)
{
    QStringList lines;
    for (const QJsonValue &value : array(m, u"contacts"_s)) {
        const QJsonObject c = value.toObject();
        const QJsonObject name = object(c, u"name"_s);
        QString fullName = text(name, u"formatted_name"_s);
        if (fullName.isEmpty())
            fullName = QStringList {text(name, u"first_name"_s), text(name, u"last_name"_s)}
                           .join(u' ')
                           .trimmed();
        QStringList parts;
        if (!fullName.isEmpty())
            parts.append(fullName);
        for (const QJsonValue &phone : array(c, u"phones"_s)) {
            const QString p = text(phone.toObject(), u"phone"_s);
            if (!p.isEmpty())
                parts.append(p);
        }
        if (!parts.isEmpty())
            lines.append(u"Contact: "_s + parts.join(u", "_s));
    }
    if (lines.isEmpty())
        return Content::Missing;
    e.text = lines.join(u'\n');
    return Content::Read;
}

Content readOrder(const QJsonObject &m, Event &e)
{
    const QJsonObject o = object(m, u"order"_s);
    QStringList items;
    for (const QJsonValue &value : array(o, u"product_items"_s)) {
        const QJsonObject item = value.toObject();
        QString line = number(item.value(u"quantity"_s).toDouble()) + u" × "_s
            + text(item, u"product_retailer_id"_s);
        if (item.value(u"item_price"_s).isDouble())
            line += u" (%1 %2)"_s
                        .arg(number(item.value(u"item_price"_s).toDouble()),
                             text(item, u"currency"_s))
                        .replace(u" )"_s, u")"_s);
        items.append(line);
    }
    if (items.isEmpty())
        return Content::Missing;
    e.text = u"Order: "_s + items.join(u", "_s);
    const QString note = text(o, u"text"_s);
    if (!note.isEmpty())
        e.text += u'\n' + note;
    return Content::Read;
}

Content readInteractive(const QJsonObject &m, Event &e)
{
    const QJsonObject o = object(m, u"interactive"_s);
    const QString kind = text(o, u"type"_s);
    if (kind == u"button_reply"_s || kind == u"list_reply"_s)
        e.text = text(object(o, kind), u"title"_s);
    else if (kind == u"nfm_reply"_s) {
        // A WhatsApp Flow answer: its body is the line the customer saw ("Sent").
        const QJsonObject reply = object(o, kind);
        e.text = text(reply, u"body"_s);
        if (e.text.isEmpty())
            e.text = text(reply, u"name"_s);
    }
    return e.text.isEmpty() ? Content::Missing : Content::Read;
}

Content readContent(const QJsonObject &m, const QString &type, Event &e, int depth = 0)
{
    if (type == u"text"_s) {
        e.text = text(object(m, u"text"_s), u"body"_s);
        return e.text.isEmpty() ? Content::Missing : Content::Read;
    }
    if (type == u"image"_s || type == u"video"_s || type == u"audio"_s || type == u"document"_s
        || type == u"sticker"_s)
        return readMedia(m, type, e);
    if (type == u"reaction"_s) {
        const QJsonObject o = object(m, u"reaction"_s);
        e.targetWamid = text(o, u"message_id"_s);
        const QString emoji = text(o, u"emoji"_s);
        e.reactionEmoji = emoji;
        e.text = emoji.isEmpty() ? u"Removed a reaction from a message"_s
                                 : u"Reacted %1 to a message"_s.arg(emoji);
        return Content::Read;
    }
    if (type == u"location"_s)
        return readLocation(m, e);
    if (type == u"contacts"_s)
        return readContacts(m, e);
    if (type == u"order"_s)
        return readOrder(m, e);
    if (type == u"interactive"_s)
        return readInteractive(m, e);
    if (type == u"button"_s) {
        e.text = text(object(m, u"button"_s), u"text"_s);
        return e.text.isEmpty() ? Content::Missing : Content::Read;
    }
    if (type == u"edit"_s) {
        const QJsonObject o = object(m, u"edit"_s);
        e.targetWamid = text(o, u"original_message_id"_s);
        const QJsonObject inner = object(o, u"message"_s);
        const QString innerType = text(inner, u"type"_s);
        // One level only: an edit of an edit is not something WhatsApp sends.
        if (depth > 0 || innerType == u"edit"_s || innerType == u"revoke"_s)
            return Content::Missing;
        const Content c = readContent(inner, innerType, e, depth + 1);
        if (c != Content::Read)
            return Content::Missing;
        e.text = u"Edited: "_s
            + (e.text.isEmpty() && e.media ? CloudApiNotification::mediaPlaceholder(*e.media)
                                           : e.text);
        return Content::Read;
    }
    if (type == u"revoke"_s) {
        e.targetWamid = text(object(m, u"revoke"_s), u"original_message_id"_s);
        return Content::Deleted;
    }
    if (type == u"unsupported"_s)
        return Content::Missing;
    return Content::Unknown;
}

// One element of value.messages[] (Incoming) or value.message_echoes[] (Echo).
void readMessage(const QJsonValue &value, Kind kind, const Context &ctx, const QString &path,
                 CloudApiNotification::Result &result)
{
    const QJsonObject m = value.toObject();
    if (m.isEmpty()) {
        result.skipped.append(path + u": not a message object"_s);
        return;
    }
    Event e;
    e.kind = kind;
    e.phoneNumberId = ctx.phoneNumberId;
    e.displayPhoneNumber = ctx.displayPhoneNumber;
    e.wamid = text(m, u"id"_s);
    e.timestamp = text(m, u"timestamp"_s);
    // Trimmed so that an id of spaces counts as missing, as the store would see it.
    e.groupId = text(m, u"group_id"_s).trimmed();
    const QString from = text(m, u"from"_s).trimmed();
    if (kind == Kind::Incoming) {
        e.customerWaId = from;
    } else {
        // An echo goes from the business to the customer; some notifications have the two the
        // other way round, so the customer is whichever side is not the business number.
        const QString to = text(m, u"to"_s).trimmed();
        const QString business = CloudApiNotification::phoneFromWaId(ctx.displayPhoneNumber);
        e.customerWaId
            = (!to.isEmpty() && CloudApiNotification::phoneFromWaId(to) == business) ? from : to;
    }
    e.customerName = ctx.nameOf(e.customerWaId);

    if (e.wamid.isEmpty()) {
        result.skipped.append(path + u": no message id"_s);
        return;
    }
    if (e.customerWaId.isEmpty() && e.groupId.isEmpty()) {
        result.skipped.append(path + u": message %1 names no customer"_s.arg(quoted(e.wamid)));
        return;
    }
    if (CloudApiNotification::phoneFromWaId(ctx.displayPhoneNumber).isEmpty()) {
        result.skipped.append(
            path + u": message %1 has no metadata.display_phone_number"_s.arg(quoted(e.wamid)));
        return;
    }

    const QJsonObject context = object(m, u"context"_s);
    e.replyToWamid = text(context, u"id"_s);
    e.frequentlyForwarded = context.value(u"frequently_forwarded"_s).toBool();
    e.forwarded = context.value(u"forwarded"_s).toBool() || e.frequentlyForwarded;
    const QJsonObject referral = object(m, u"referral"_s);
    e.referralHeadline = text(referral, u"headline"_s);
    e.referralSourceUrl = text(referral, u"source_url"_s);

    e.type = text(m, u"type"_s);
    switch (readContent(m, e.type, e)) {
    case Content::Read:
        break;
    case Content::Unknown:
        result.skipped.append(
            path + u": message %1 has unknown type %2"_s.arg(quoted(e.wamid), quoted(e.type)));
        return;
    case Content::Deleted: {
        if (e.targetWamid.isEmpty()) {
            result.skipped.append(
                path + u": deletion %1 names no original message"_s.arg(quoted(e.wamid)));
            return;
        }
        Event status;
        status.kind = Kind::Status;
        status.phoneNumberId = e.phoneNumberId;
        status.displayPhoneNumber = e.displayPhoneNumber;
        status.customerWaId = e.customerWaId;
        status.customerName = e.customerName;
        status.groupId = e.groupId;
        status.wamid = e.targetWamid;
        status.timestamp = e.timestamp;
        status.type = e.type;
        status.status = u"deleted"_s;
        status.detail = (kind == Kind::Echo ? u"deleted in the WhatsApp Business app (%1)"_s
                                            : u"deleted by the customer (%1)"_s)
                            .arg(e.wamid);
        result.events.append(status);
        return;
    }
    case Content::Missing: {
        // `unsupported` names what it stands for in unsupported.type ("pool"), if at all.
        const QString what
            = e.type == u"unsupported"_s ? text(object(m, u"unsupported"_s), u"type"_s) : e.type;
        e.media.reset();
        e.text = what.isEmpty() ? u"[Unsupported message]"_s
                                : u"[Unsupported message: %1]"_s.arg(what);
        QString why = errorsText(array(m, u"errors"_s));
        if (why.isEmpty())
            why = ctx.valueErrors;
        e.detail = why.isEmpty() ? u"no readable content"_s : why;
        result.skipped.append(path
                              + u": message %1 (%2) has no readable content, kept as a "
                                "placeholder: %3"_s.arg(quoted(e.wamid), quoted(e.type), e.detail));
        break;
    }
    }
    result.events.append(e);
}

void readStatus(const QJsonValue &value, const Context &ctx, const QString &path,
                CloudApiNotification::Result &result)
{
    const QJsonObject s = value.toObject();
    Event e;
    e.kind = Kind::Status;
    e.phoneNumberId = ctx.phoneNumberId;
    e.displayPhoneNumber = ctx.displayPhoneNumber;
    e.wamid = text(s, u"id"_s);
    e.status = text(s, u"status"_s);
    e.timestamp = text(s, u"timestamp"_s);
    if (e.wamid.isEmpty() || e.status.isEmpty()) {
        result.skipped.append(path + u": a status needs an id and a status"_s);
        return;
    }
    const QString recipient = text(s, u"recipient_id"_s).trimmed();
    if (text(s, u"recipient_type"_s) == u"group"_s) {
        e.groupId = recipient;
        e.customerWaId = text(s, u"recipient_participant_id"_s).trimmed();
    } else {
        e.customerWaId = recipient;
    }
    e.customerName = ctx.nameOf(e.customerWaId);
    e.detail = errorsText(array(s, u"errors"_s));
    if (const QJsonArray errors = array(s, u"errors"_s); !errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        const QString details = text(object(first, u"error_data"_s), u"details"_s);
        e.error = StatusError {text(first, u"code"_s).toLongLong(), text(first, u"title"_s),
                               details.isEmpty() ? text(first, u"message"_s) : details};
    }
    result.events.append(e);
}

void readChange(const QJsonValue &value, const QString &path, CloudApiNotification::Result &result)
{
    const QJsonObject change = value.toObject();
    const QString field = text(change, u"field"_s);
    const bool messages = field == u"messages"_s;
    const bool echoes = field == u"smb_message_echoes"_s;
    if (!messages && !echoes) {
        result.skipped.append(path + u": unknown field "_s + quoted(field));
        return;
    }
    const QJsonObject v = object(change, u"value"_s);
    if (v.isEmpty()) {
        result.skipped.append(path + u": field %1 without a value object"_s.arg(quoted(field)));
        return;
    }
    Context ctx;
    const QJsonObject metadata = object(v, u"metadata"_s);
    ctx.phoneNumberId = text(metadata, u"phone_number_id"_s);
    ctx.displayPhoneNumber = text(metadata, u"display_phone_number"_s);
    ctx.contacts = array(v, u"contacts"_s);
    ctx.valueErrors = errorsText(array(v, u"errors"_s));

    bool any = false;
    const QString listKey = messages ? u"messages"_s : u"message_echoes"_s;
    const QJsonArray list = array(v, listKey);
    const Kind kind = messages ? Kind::Incoming : Kind::Echo;
    for (qsizetype i = 0; i < list.size(); ++i) {
        any = true;
        readMessage(list.at(i), kind, ctx, u"%1.value.%2[%3]"_s.arg(path, listKey).arg(i), result);
    }
    if (messages) {
        const QJsonArray statuses = array(v, u"statuses"_s);
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            any = true;
            readStatus(statuses.at(i), ctx, u"%1.value.statuses[%2]"_s.arg(path).arg(i), result);
        }
    }
    if (!any)
        result.skipped.append(
            path
            + u": field %1 with nothing to read%2"_s.arg(
                quoted(field),
                ctx.valueErrors.isEmpty() ? QString() : u" (errors: "_s + ctx.valueErrors + u')'));
}

QString suffixFor(const QString &mimeType)
{
    static const std::pair<QStringView, QStringView> known[] = {
        {u"image/jpeg", u"jpg"}, {u"image/png", u"png"},       {u"image/webp", u"webp"},
        {u"video/mp4", u"mp4"},  {u"video/3gpp", u"3gp"},      {u"audio/ogg", u"ogg"},
        {u"audio/mpeg", u"mp3"}, {u"audio/mp4", u"m4a"},       {u"audio/aac", u"aac"},
        {u"audio/amr", u"amr"},  {u"application/pdf", u"pdf"}, {u"text/plain", u"txt"},
    };
    // "audio/ogg; codecs=opus": the parameters do not change the suffix.
    const QString base = mimeType.section(u';', 0, 0).trimmed().toLower();
    for (const auto &[mime, suffix] : known) {
        if (base == mime)
            return suffix.toString();
    }
    return u"bin"_s;
}

} // namespace

QString CloudApiNotification::Media::suggestedFileName() const
{
    if (!fileName.isEmpty())
        return fileName;
    return u"%1-%2.%3"_s.arg(kind.isEmpty() ? u"media"_s : kind, id, suffixFor(mimeType));
}

QDateTime CloudApiNotification::Event::dateTime() const
{
    bool ok = false;
    const qint64 seconds = timestamp.toLongLong(&ok);
    // Up to the year 9999: beyond, QDateTime cannot hold it and nothing real is that late.
    if (!ok || seconds < 0 || seconds > 253402300799LL)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

CloudApiNotification::Result CloudApiNotification::parse(const QByteArray &body)
{
    Result result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.skipped.append(
            u"body: not valid JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
        return result;
    }
    result.validJson = true;
    if (!document.isObject()) {
        result.skipped.append(u"body: not a JSON object"_s);
        return result;
    }
    const QJsonObject root = document.object();
    const QString object = text(root, u"object"_s);
    // Other products (pages, Instagram) share the webhook format but not these fields.
    if (root.contains(u"object"_s) && object != u"whatsapp_business_account"_s) {
        result.skipped.append(u"object: unknown object "_s + quoted(object));
        return result;
    }
    const QJsonValue entries = root.value(u"entry"_s);
    if (!entries.isArray() || entries.toArray().isEmpty()) {
        result.skipped.append(u"entry: missing, empty or not an array"_s);
        return result;
    }
    const QJsonArray entryList = entries.toArray();
    for (qsizetype i = 0; i < entryList.size(); ++i) {
        const QJsonArray changes = array(entryList.at(i).toObject(), u"changes"_s);
        if (changes.isEmpty())
            result.skipped.append(u"entry[%1]: no changes"_s.arg(i));
        for (qsizetype j = 0; j < changes.size(); ++j)
            readChange(changes.at(j), u"entry[%1].changes[%2]"_s.arg(i).arg(j), result);
    }
    return result;
}

IngestMessage CloudApiNotification::toIngestMessage(const Event &event,
                                                    std::optional<IngestMessage::File> file)
{
    IngestMessage m;
    m.source = u"cloud_api"_s;
    m.account.phone = phoneFromWaId(event.displayPhoneNumber);
    m.chat.isGroup = !event.groupId.isEmpty();
    const Party business {{}, m.chat.isGroup ? QString() : m.account.phone};
    // DESIGN §1: phones are empty in groups; the participant is named by profile name.
    const Party customer {event.customerName,
                          m.chat.isGroup ? QString() : phoneFromWaId(event.customerWaId)};
    if (m.chat.isGroup) {
        m.chat.groupId = event.groupId;
    } else {
        m.chat.phone = customer.phone;
        m.chat.fullName = event.customerName;
    }
    m.direction = event.kind == Kind::Echo ? Direction::Sent : Direction::Received;
    m.sender = event.kind == Kind::Echo ? business : customer;
    m.recipient = event.kind == Kind::Echo ? customer : business;
    if (const QDateTime at = event.dateTime(); at.isValid())
        m.timestamp = at;
    m.text = event.text;
    if (file) {
        m.attachment = std::move(file);
        if (m.attachment->fileName.isEmpty() && event.media)
            m.attachment->fileName = event.media->suggestedFileName();
        if (m.attachment->mimeType.isEmpty() && event.media)
            m.attachment->mimeType = event.media->mimeType.section(u';', 0, 0).trimmed();
    } else if (m.text.isEmpty() && event.media) {
        m.text = mediaPlaceholder(*event.media);
    }
    m.externalId = event.wamid;
    if (event.type == u"reaction"_s)
        m.reaction = Reaction {event.targetWamid, event.reactionEmoji};
    return m;
}

MessageStatus CloudApiNotification::toMessageStatus(const Event &event)
{
    return {event.status, event.dateTime(), event.detail, event.error};
}

QString CloudApiNotification::phoneFromWaId(const QString &waId)
{
    QString digits;
    const QString trimmed = waId.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return trimmed;
    }
    return digits.isEmpty() ? trimmed : u'+' + digits;
}

QString CloudApiNotification::mediaPlaceholder(const Media &media)
{
    if (media.kind == u"voice"_s)
        return u"[voice message]"_s;
    if (media.kind == u"document"_s && !media.fileName.isEmpty())
        return u"[document: %1]"_s.arg(media.fileName);
    return u"[%1]"_s.arg(media.kind.isEmpty() ? u"media"_s : media.kind);
}

} // namespace hookline
