#include "chatmessagesmodel.h"

#include "activitytext.h"
#include "delivery/bundlewindow.h"
#include "domain/webhook.h"
#include "store/storeconnection.h"

#include <QCollator>
#include <QImageReader>
#include <QLocale>
#include <QMap>
#include <QMimeDatabase>
#include <QTextDocument>
#include <QTimeZone>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

using State = WebhookPart::State;
using Tone = FeedbackLabel::Tone;

// The statuses the Cloud API reports for a message; the store also keeps media notes.
bool isWhatsAppStatus(const QString &status)
{
    static const QStringList known {u"sent"_s,   u"delivered"_s, u"read"_s,
                                    u"played"_s, u"failed"_s,    u"deleted"_s};
    return known.contains(status);
}

QString whatsAppWord(const QString &status)
{
    if (status == u"sent"_s)
        return ChatMessagesModel::tr("sent", "WhatsApp status");
    if (status == u"delivered"_s)
        return ChatMessagesModel::tr("delivered", "WhatsApp status");
    if (status == u"read"_s)
        return ChatMessagesModel::tr("read", "WhatsApp status");
    if (status == u"played"_s)
        return ChatMessagesModel::tr("played", "WhatsApp status");
    if (status == u"failed"_s)
        return ChatMessagesModel::tr("failed", "WhatsApp status");
    return ChatMessagesModel::tr("deleted", "WhatsApp status");
}

// Runs in the store worker: an image attachment scaled into the thumbnail box; null when it
// cannot be decoded.
QImage thumbnail(const QString &path, qreal ratio)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return {};
    const QSize box
        = QSize(ChatMessagesModel::thumbnailWidth, ChatMessagesModel::thumbnailHeight) * ratio;
    if (size.width() > box.width() || size.height() > box.height())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    image.setDevicePixelRatio(ratio);
    return image;
}

QString partyName(const Party &party)
{
    if (!party.fullName.isEmpty())
        return party.fullName;
    return party.phone.isEmpty() ? ChatMessagesModel::tr("Unknown sender") : party.phone;
}

// Up to two names, else a count.
QString names(const QStringList &list)
{
    if (list.size() <= 2)
        return QLocale().createSeparatedList(list);
    return ChatMessagesModel::tr("%n webhook(s)", nullptr, int(list.size()));
}

QString localTime(const QDateTime &time, const QString &format)
{
    return time.toLocalTime().toString(format);
}

QString bundleTime(const QDateTime &at)
{
    const QDateTime local = at.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(u"HH:mm"_s)
                                                : QLocale().toString(local, u"ddd HH:mm"_s);
}

QString dayText(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return ChatMessagesModel::tr("Today");
    if (day == today.addDays(-1))
        return ChatMessagesModel::tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

bool sameContent(const ChatMessage &a, const ChatMessage &b)
{
    return a.message.text == b.message.text && a.message.attachment == b.message.attachment
        && a.message.sender == b.message.sender && a.hiddenCharacters == b.hiddenCharacters
        && a.webhooks == b.webhooks && a.whatsApp.status == b.whatsApp.status
        && a.whatsApp.at == b.whatsApp.at && a.attachmentPath == b.attachmentPath
        && a.attachmentInfo == b.attachmentInfo;
}

std::pair<qint64, qint64> orderKey(const Message &m)
{
    return {m.timestamp.toMSecsSinceEpoch(), m.id};
}

} // namespace

ChatMessagesModel::Loaded ChatMessagesModel::load(StoreConnection &store, qint64 chatId, int limit,
                                                  qint64 nowMs, const QSet<QString> &known,
                                                  qreal pixelRatio)
{
    Loaded loaded;
    const QList<Message> messages = store.messages->latestChatMessages(chatId, limit);
    loaded.total = store.messages->chatMessageCount(chatId);
    if (messages.isEmpty())
        return loaded;
    const qint64 from = messages.constFirst().timestamp.toMSecsSinceEpoch();

    QHash<qint64, Webhook> webhooks;
    for (const Webhook &w : store.webhooks->webhooks())
        webhooks.insert(w.id, w);
    QTimeZone zone(store.workspace->settings().timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    // Per message, each webhook's newest delivery; a bundle place comes last and wins.
    QHash<qint64, QMap<qint64, MessageDelivery>> parts;
    for (const MessageDelivery &d : store.outbox->chatDeliveries(chatId, from))
        parts[d.messageId].insert(d.webhookId, d);
    QHash<qint64, QList<MessageSkip>> skips;
    for (const MessageSkip &skip : store.outbox->chatSkips(chatId, from))
        skips[skip.messageId].append(skip);
    QHash<qint64, MessageStatus> whatsApp;
    for (const auto &[messageId, status] : store.messages->chatStatuses(chatId, from)) {
        if (isWhatsAppStatus(status.status))
            whatsApp.insert(messageId, status);
    }

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const QMimeDatabase mimes;
    loaded.rows.reserve(messages.size());
    for (const Message &m : messages) {
        ChatMessage c;
        c.message = m;
        if (m.text.size() > shownCharacters) {
            qsizetype cut = shownCharacters;
            if (m.text.at(cut - 1).isHighSurrogate())
                --cut; // never half a character
            c.message.text = m.text.left(cut);
            c.hiddenCharacters = int(m.text.size() - cut);
        }
        for (const MessageDelivery &d : parts.value(m.id)) {
            const auto webhook = webhooks.constFind(d.webhookId);
            if (webhook == webhooks.cend())
                continue;
            WebhookPart part;
            part.webhook = webhook->displayName();
            const int hours = aggregationHours(webhook->aggregation);
            if (d.state == DeliveryState::Delivered) {
                part.state = State::Delivered;
            } else if (d.state == DeliveryState::Discarded) {
                part.state = State::Discarded;
            } else if (!webhook->enabled) {
                part.state = State::Held;
            } else if (d.deliveryId == 0 && hours > 0) {
                part.state = State::Bundled;
                part.bundleAt = BundleWindow::nextBoundary(now, hours, zone);
            } else {
                part.state = d.attempts > 0 ? State::Failing : State::Waiting;
                part.attempts = d.attempts;
                part.lastError = d.lastError;
            }
            c.webhooks.append(part);
        }
        for (const MessageSkip &skip : skips.value(m.id)) {
            const auto webhook = webhooks.constFind(skip.webhookId);
            if (webhook != webhooks.cend())
                c.webhooks.append({webhook->displayName(), State::FilteredOut, 0, skip.reason, {}});
        }
        std::sort(c.webhooks.begin(), c.webhooks.end(),
                  [&](const WebhookPart &a, const WebhookPart &b) {
                      return collator.compare(a.webhook, b.webhook) < 0;
                  });
        c.whatsApp = whatsApp.value(m.id);
        if (const auto &a = m.attachment) {
            c.attachmentPath = store.attachments->filePath(a->sha256);
            const QMimeType type = mimes.mimeTypeForName(a->mimeType);
            c.attachmentInfo = tr("%1 · %2").arg(type.isValid() ? type.comment() : a->mimeType,
                                                 QLocale().formattedDataSize(a->size));
            c.attachmentIcon = type.isValid() ? type.iconName() : QString();
            if (a->mimeType.startsWith(u"image/"_s) && !known.contains(a->sha256)
                && !loaded.thumbnails.contains(a->sha256))
                loaded.thumbnails.insert(a->sha256, thumbnail(c.attachmentPath, pixelRatio));
        }
        loaded.rows.append(std::move(c));
    }
    return loaded;
}

ChatMessagesModel::ChatMessagesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

ChatMessagesModel::Row ChatMessagesModel::makeRow(ChatMessage message)
{
    Row row;
    row.message = std::move(message);
    row.status = statusParts(row.message);
    row.revision = ++m_revision;
    return row;
}

void ChatMessagesModel::show(qint64 chatId, bool group, Loaded loaded, bool keepOlder)
{
    for (auto it = loaded.thumbnails.cbegin(); it != loaded.thumbnails.cend(); ++it)
        m_thumbnails.insert(it.key(), it.value());
    auto pruneThumbnails = [this] {
        QSet<QString> used;
        for (const Row &r : std::as_const(m_rows)) {
            if (r.message.message.attachment)
                used.insert(r.message.message.attachment->sha256);
        }
        for (auto it = m_thumbnails.begin(); it != m_thumbnails.end();)
            it = used.contains(it.key()) ? std::next(it) : m_thumbnails.erase(it);
    };

    QHash<qint64, int> position; // message id → its place among the loaded rows
    for (int i = 0; i < loaded.rows.size(); ++i)
        position.insert(loaded.rows.at(i).message.id, i);
    const auto first = loaded.rows.isEmpty()
        ? std::pair {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()}
        : orderKey(loaded.rows.constFirst().message);
    // Rows kept above the loaded ones: only when the reader scrolled up, older ones only.
    auto keptAbove = [&](const Row &r) {
        return keepOlder && !position.contains(r.message.message.id)
            && orderKey(r.message.message) < first;
    };
    bool inOrder = chatId == m_chatId && group == m_group;
    int last = -1;
    for (const Row &r : std::as_const(m_rows)) {
        if (!inOrder)
            break;
        const int at = position.value(r.message.message.id, -1);
        if (at >= 0) {
            inOrder = at > last;
            last = at;
        }
    }
    if (!inOrder) {
        // Another chat, or messages stored in between (an import of older history).
        beginResetModel();
        QList<Row> kept;
        if (chatId == m_chatId) {
            for (const Row &r : std::as_const(m_rows)) {
                if (keptAbove(r))
                    kept.append(r);
            }
        }
        m_chatId = chatId;
        m_group = group;
        m_rows = kept;
        for (ChatMessage &c : loaded.rows)
            m_rows.append(makeRow(std::move(c)));
        updateDays(false);
        pruneThumbnails();
        endResetModel();
        return;
    }

    // Rows that left: removed in runs, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const Row &r = m_rows.at(row);
        if (position.contains(r.message.message.id) || keptAbove(r))
            continue;
        int top = row;
        while (top > 0 && !position.contains(m_rows.at(top - 1).message.message.id)
               && !keptAbove(m_rows.at(top - 1)))
            --top;
        beginRemoveRows({}, top, row);
        m_rows.remove(top, row - top + 1);
        endRemoveRows();
        row = top;
    }
    // The rest are the kept rows, then loaded ones in the loaded order: walk both, updating the
    // rows there are and inserting the new ones in runs.
    int row = 0;
    while (row < m_rows.size() && !position.contains(m_rows.at(row).message.message.id))
        ++row;
    QList<Row> run;
    auto insertRun = [&] {
        if (run.isEmpty())
            return;
        beginInsertRows({}, row, row + int(run.size()) - 1);
        for (qsizetype i = 0; i < run.size(); ++i)
            m_rows.insert(row + i, std::move(run[i]));
        endInsertRows();
        row += int(run.size());
        run.clear();
    };
    for (ChatMessage &c : loaded.rows) {
        if (row < m_rows.size() && m_rows.at(row).message.message.id == c.message.id) {
            insertRun();
            Row &r = m_rows[row];
            const QString sha = c.message.attachment ? c.message.attachment->sha256 : QString();
            if (!sameContent(r.message, c) || loaded.thumbnails.contains(sha)) {
                const QString day = r.day;
                r = makeRow(std::move(c));
                r.day = day;
                Q_EMIT dataChanged(index(row), index(row));
            }
            ++row;
        } else {
            run.append(makeRow(std::move(c)));
        }
    }
    insertRun();
    updateDays(true);
    pruneThumbnails();
}

void ChatMessagesModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_thumbnails.clear();
    m_chatId = 0;
    endResetModel();
}

void ChatMessagesModel::updateDays(bool notify)
{
    QDate previous;
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        const QDate day = r.message.message.timestamp.toLocalTime().date();
        const QString text = day != previous ? dayText(day) : QString();
        previous = day;
        if (text == r.day)
            continue;
        r.day = text;
        r.revision = ++m_revision;
        if (notify)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

QSet<QString> ChatMessagesModel::thumbnailKeys() const
{
    return QSet<QString>(m_thumbnails.keyBegin(), m_thumbnails.keyEnd());
}

int ChatMessagesModel::rowOf(qint64 messageId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).message.message.id == messageId)
            return row;
    }
    return -1;
}

int ChatMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChatMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const ChatMessage &c = r.message;
    const Message &m = c.message;
    switch (role) {
    case Qt::DisplayRole:
        return m.text;
    case Qt::ToolTipRole:
        // Names and texts come from outside: escaped, so they never render as markup.
        return Qt::convertFromPlainText(toolTip(c), Qt::WhiteSpaceNormal);
    case Qt::AccessibleTextRole: {
        const QString who = m.direction == Direction::Sent
            ? tr("Sent")
            : tr("Received from %1").arg(partyName(m.sender));
        QString text = tr("%1 at %2: %3").arg(who, localTime(m.timestamp, u"HH:mm"_s), m.text);
        if (m.attachment)
            text += u' ' + tr("Attachment: %1 (%2)").arg(m.attachment->fileName, c.attachmentInfo);
        const QString status = data(index, StatusRole).toString();
        return status.isEmpty() ? text : text + u". "_s + status;
    }
    case DirectionRole:
        return int(m.direction);
    case SenderRole:
        return m_group && m.direction == Direction::Received ? partyName(m.sender) : QString();
    case TimeRole:
        return localTime(m.timestamp, u"HH:mm"_s);
    case DayRole:
        return r.day;
    case StatusRole: {
        QStringList texts;
        for (const StatusPart &part : r.status)
            texts << part.text;
        return texts.join(u" · "_s);
    }
    case StatusPartsRole:
        return QVariant::fromValue(r.status);
    case HiddenRole:
        return c.hiddenCharacters > 0
            ? tr("… %n more character(s) not shown.", nullptr, c.hiddenCharacters)
            : QString();
    case AttachmentNameRole:
        return m.attachment ? m.attachment->fileName : QString();
    case AttachmentInfoRole:
        return c.attachmentInfo;
    case AttachmentIconRole:
        return c.attachmentIcon;
    case ThumbnailRole:
        return m.attachment ? m_thumbnails.value(m.attachment->sha256) : QImage();
    case MessageIdRole:
        return m.id;
    case RevisionRole:
        return r.revision;
    default:
        return {};
    }
}

QList<StatusPart> ChatMessagesModel::statusParts(const ChatMessage &message)
{
    QList<StatusPart> parts;
    if (!message.whatsApp.status.isEmpty()) {
        parts.append({tr("WhatsApp: %1").arg(whatsAppWord(message.whatsApp.status)),
                      message.whatsApp.status == u"failed"_s ? Tone::Bad : Tone::Neutral});
    }
    auto named = [&](State state) {
        QStringList list;
        for (const WebhookPart &part : message.webhooks) {
            if (part.state == state)
                list << part.webhook;
        }
        return list;
    };
    const QStringList delivered = named(State::Delivered);
    if (delivered.size() == 1)
        parts.append({u"✓ "_s + delivered.constFirst(), Tone::Good});
    else if (!delivered.isEmpty())
        parts.append({tr("✓ %n webhook(s)", nullptr, int(delivered.size())), Tone::Good});
    if (const QStringList failing = named(State::Failing); !failing.isEmpty())
        parts.append({u"✗ "_s + names(failing), Tone::Bad});
    if (const QStringList waiting = named(State::Waiting); !waiting.isEmpty())
        parts.append({tr("waiting for %1").arg(names(waiting)), Tone::Neutral});
    // Bundles by the time they go out (webhooks of different window lengths differ).
    QMap<QDateTime, QStringList> bundles;
    for (const WebhookPart &part : message.webhooks) {
        if (part.state == State::Bundled)
            bundles[part.bundleAt] << part.webhook;
    }
    for (auto it = bundles.cbegin(); it != bundles.cend(); ++it) {
        parts.append(
            {tr("waiting for %1 (bundle at %2)").arg(names(it.value()), bundleTime(it.key())),
             Tone::Neutral});
    }
    if (const QStringList held = named(State::Held); !held.isEmpty())
        parts.append({tr("held for %1 (switched off)").arg(names(held)), Tone::Warn});
    if (const QStringList dropped = named(State::Discarded); !dropped.isEmpty())
        parts.append({tr("dropped for %1").arg(names(dropped)), Tone::Neutral});
    if (const QStringList skipped = named(State::FilteredOut); !skipped.isEmpty())
        parts.append({tr("%1: filtered out").arg(names(skipped)), Tone::Neutral});
    return parts;
}

QString ChatMessagesModel::toolTip(const ChatMessage &c)
{
    const Message &m = c.message;
    const QDateTime local = m.timestamp.toLocalTime();
    QStringList lines {QLocale().toString(local.date(), QLocale::LongFormat) + u' '
                       + local.toString(u"HH:mm:ss"_s)};
    lines << (m.direction == Direction::Received ? tr("Received from %1").arg(partyName(m.sender))
                                                 : tr("Sent to %1").arg(partyName(m.recipient)));
    if (m.attachment)
        lines << tr("Attachment: %1 (%2)").arg(m.attachment->fileName, c.attachmentInfo);
    for (const WebhookPart &part : c.webhooks) {
        QString state;
        switch (part.state) {
        case State::Delivered:
            state = tr("delivered");
            break;
        case State::Waiting:
            state = tr("waiting to be sent");
            break;
        case State::Failing:
            state = tr("failing after %n attempt(s): %1", nullptr, part.attempts)
                        .arg(ActivityText::error(part.lastError));
            break;
        case State::Bundled:
            state = tr("in the bundle that goes out at %1").arg(bundleTime(part.bundleAt));
            break;
        case State::Held:
            state = tr("held while the webhook is switched off");
            break;
        case State::Discarded:
            state = tr("dropped: the webhook was switched on again without its backlog");
            break;
        case State::FilteredOut:
            state = tr("not sent: its filter turns the message away (%1)")
                        .arg(ActivityText::filterReason(part.lastError));
            break;
        }
        lines << tr("%1: %2").arg(part.webhook, state);
    }
    if (!c.whatsApp.status.isEmpty()) {
        lines << tr("WhatsApp: %1 at %2")
                     .arg(whatsAppWord(c.whatsApp.status), localTime(c.whatsApp.at, u"HH:mm:ss"_s));
    }
    return lines.join(u'\n');
}

} // namespace hookline
