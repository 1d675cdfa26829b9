#pragma once

#include "fielderror.h"
#include "message.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QStringMatcher>

#include <optional>

namespace hookline {

// Which messages a webhook gets, so that a receiver billed per call is called for fewer
// (docs/WEBHOOK-FILTERS.md). Every field is optional; the empty filter lets every message
// through, and a message it turns away creates no delivery for its webhook.
struct WebhookFilter
{
    enum class DirectionRule { Both, Received, Sent };
    enum class ChatKind { Both, Direct, Group };
    enum class AttachmentRule { Either, With, Without };

    DirectionRule direction = DirectionRule::Both;
    QStringList accounts; // the accounts' phone numbers; empty: every account
    ChatKind chatKind = ChatKind::Both;
    AttachmentRule attachment = AttachmentRule::Either;
    QString text; // empty: any text
    bool textIsRegex = false; // else a substring; both ignore case

    static constexpr int maxAccounts = 100;
    static constexpr int maxAccountLength = 64;
    static constexpr int maxTextLength = 500;
    // The text filter reads a message's first this many characters (WhatsApp's own limit for
    // a message), so a regular expression's worst case is bounded by what it is tried on before
    // it is saved.
    static constexpr qsizetype matchedLength = 65536;
    // What a regular expression may take, on all the adversarial texts together, to be saved.
    static constexpr int regexBudgetMs = 50;

    bool isEmpty() const;
    bool operator==(const WebhookFilter &) const = default;

    // The names the API and the store use: "both", "received", "sent"; "both", "direct",
    // "group"; "either", "with", "without".
    static QString name(DirectionRule rule);
    static QString name(ChatKind kind);
    static QString name(AttachmentRule rule);
    static std::optional<DirectionRule> directionFromName(QStringView name);
    static std::optional<ChatKind> chatKindFromName(QStringView name);
    static std::optional<AttachmentRule> attachmentFromName(QStringView name);

    // As the API shows it and the store keeps it: every field, in the documented order. Read
    // back leniently (a field missing or unknown is "any"); the API checks types first.
    QJsonObject toJson() const;
    static WebhookFilter fromJson(const QJsonObject &json);

    // The one set of rules, each refusal on its field ("filter.accounts[1]", "filter.text"):
    // at most maxAccounts phone numbers, each with a digit, nothing but digits, spaces and
    // "+-().", none given twice; a text of at most maxTextLength characters; a regular
    // expression that compiles and that neither fails (PCRE2's match limit) nor takes longer
    // than regexBudgetMs on adversarial texts of matchedLength characters (a measurement, so a
    // pattern that backtracks catastrophically is refused whatever it looks like).
    // The measurement takes up to twice regexBudgetMs, so it is made once per save, outside
    // any transaction (WebhookService); a check as the user types, or of a filter already
    // measured, asks for CompileOnly.
    enum class RegexCheck { Measure, CompileOnly };
    static std::optional<FieldError> validate(const WebhookFilter &filter,
                                              RegexCheck regexCheck = RegexCheck::Measure);

    // What a filter reads beyond the message itself.
    struct Origin
    {
        QString accountPhone;
        bool groupChat = false;
    };

    // A filter made ready to try messages: the phone numbers normalised, the substring's skip
    // table built and the regular expression compiled (JIT) once, so each message costs only
    // the comparisons. Copies share the compiled pattern.
    class Compiled
    {
    public:
        explicit Compiled(const WebhookFilter &filter);

    private:
        friend struct WebhookFilter;
        DirectionRule m_direction;
        ChatKind m_chatKind;
        AttachmentRule m_attachment;
        bool m_anyText;
        bool m_textIsRegex;
        QSet<QString> m_accounts;
        QStringMatcher m_substring;
        QRegularExpression m_regex;
    };

    // The field that turns `message` away ("direction", "accounts", "chat_kind", "attachment",
    // "text": the first that does, in that order), or empty when the message passes. A regular
    // expression that gives up on a text (PCRE2's limits) turns it away.
    static QString rejection(const Compiled &filter, const Message &message, const Origin &origin);
    static bool matches(const Compiled &filter, const Message &message, const Origin &origin)
    {
        return rejection(filter, message, origin).isEmpty();
    }

    // Digits only: "+1 415-555-0100" and "14155550100" name the same account.
    static QString normalisedPhone(const QString &phone);
};

} // namespace hookline
