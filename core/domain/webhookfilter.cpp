#include "webhookfilter.h"

#include "enumnames.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr EnumName<WebhookFilter::DirectionRule> directionNames[] = {
    {WebhookFilter::DirectionRule::Both, u"both"},
    {WebhookFilter::DirectionRule::Received, u"received"},
    {WebhookFilter::DirectionRule::Sent, u"sent"},
};
constexpr EnumName<WebhookFilter::ChatKind> chatKindNames[] = {
    {WebhookFilter::ChatKind::Both, u"both"},
    {WebhookFilter::ChatKind::Direct, u"direct"},
    {WebhookFilter::ChatKind::Group, u"group"},
};
constexpr EnumName<WebhookFilter::AttachmentRule> attachmentNames[] = {
    {WebhookFilter::AttachmentRule::Either, u"either"},
    {WebhookFilter::AttachmentRule::With, u"with"},
    {WebhookFilter::AttachmentRule::Without, u"without"},
};

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    re.optimize(); // compiled (and JIT-compiled) now, not on the first message
    return re;
}

// The part of a message's text the text filter reads: the first matchedLength characters,
// never half of a surrogate pair (PCRE2 refuses a subject that is not valid UTF-16).
QString matchedText(const QString &text)
{
    if (text.size() <= WebhookFilter::matchedLength)
        return text;
    qsizetype cut = WebhookFilter::matchedLength;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}

// Texts of matchedLength characters that make a backtracking matcher work hardest: a long run
// of what the pattern itself matches (a character it names, a word it spells, all of them in
// turn, or what `.`, \w, \d and \s match), then characters it cannot go on with, then its
// characters again so that PCRE2's "required character" shortcut does not end the search
// early. Nested or overlapping repetition, like (a+)+$ or (a|a)*$, tries exponentially many ways
// through such a run.
QStringList adversarialTexts(const QString &pattern)
{
    QString chars;
    QStringList words;
    QString word;
    auto add = [&](QChar c) {
        if (!chars.contains(c))
            chars.append(c);
    };
    auto endWord = [&] {
        if (word.size() > 1 && !words.contains(word))
            words.append(word);
        word.clear();
    };
    static const QString meta = u"()[]{}|*+?.^$"_s;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            endWord();
            const QChar e = pattern.at(++i);
            if (!e.isLetterOrNumber())
                add(e); // an escaped punctuation mark stands for itself
            continue;
        }
        if (meta.contains(c) || c.isSpace() || c.category() == QChar::Other_Control) {
            endWord();
            continue;
        }
        add(c);
        word.append(c);
    }
    endWord();

    // At most 16 texts: the budget is for matching, and a harmless alternation of many words
    // takes about a millisecond per text.
    QStringList units {u"a"_s, u"7"_s, u" "_s};
    for (QChar c : chars.left(8))
        units.append(QString(c));
    units += words.mid(0, 4);
    units.append(chars + u"a7 "_s);
    units.removeDuplicates();

    const QString tail = u"\u0001\n"_s + chars;
    QStringList texts;
    for (const QString &unit : std::as_const(units)) {
        const qsizetype room = WebhookFilter::matchedLength - tail.size();
        texts.append(unit.repeated(room / unit.size()) + tail);
    }
    return texts;
}

enum class Probe { Fast, GaveUp, Slow };

// Tries `re` on every text; stops at the first that PCRE2 gives up on, or once the budget is
// spent.
Probe probe(const QRegularExpression &re, const QStringList &texts)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : texts) {
        if (!re.match(text).isValid())
            return Probe::GaveUp; // PCRE2's match, depth or heap limit: an error, not a hang
        if (timer.elapsed() > WebhookFilter::regexBudgetMs)
            return Probe::Slow;
    }
    return Probe::Fast;
}

} // namespace

bool WebhookFilter::isEmpty() const
{
    return direction == DirectionRule::Both && accounts.isEmpty() && chatKind == ChatKind::Both
        && attachment == AttachmentRule::Either && text.isEmpty();
}

QString WebhookFilter::name(DirectionRule rule)
{
    return nameOf(directionNames, rule);
}

QString WebhookFilter::name(ChatKind kind)
{
    return nameOf(chatKindNames, kind);
}

QString WebhookFilter::name(AttachmentRule rule)
{
    return nameOf(attachmentNames, rule);
}

std::optional<WebhookFilter::DirectionRule> WebhookFilter::directionFromName(QStringView name)
{
    return fromName(directionNames, name);
}

std::optional<WebhookFilter::ChatKind> WebhookFilter::chatKindFromName(QStringView name)
{
    return fromName(chatKindNames, name);
}

std::optional<WebhookFilter::AttachmentRule> WebhookFilter::attachmentFromName(QStringView name)
{
    return fromName(attachmentNames, name);
}

QJsonObject WebhookFilter::toJson() const
{
    return QJsonObject {
        {u"direction"_s, name(direction)},
        {u"accounts"_s, QJsonArray::fromStringList(accounts)},
        {u"chat_kind"_s, name(chatKind)},
        {u"attachment"_s, name(attachment)},
        {u"text"_s, text},
        {u"text_is_regex"_s, textIsRegex},
    };
}

WebhookFilter WebhookFilter::fromJson(const QJsonObject &json)
{
    WebhookFilter f;
    f.direction = directionFromName(json.value(u"direction"_s).toString()).value_or(f.direction);
    for (const QJsonValue &v : json.value(u"accounts"_s).toArray())
        f.accounts.append(v.toString());
    f.chatKind = chatKindFromName(json.value(u"chat_kind"_s).toString()).value_or(f.chatKind);
    f.attachment
        = attachmentFromName(json.value(u"attachment"_s).toString()).value_or(f.attachment);
    f.text = json.value(u"text"_s).toString();
    f.textIsRegex = json.value(u"text_is_regex"_s).toBool();
    return f;
}

QString WebhookFilter::normalisedPhone(const QString &phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (QChar c : phone) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

std::optional<FieldError> WebhookFilter::validate(const WebhookFilter &f, RegexCheck regexCheck)
{
    if (f.accounts.size() > maxAccounts)
        return FieldError {u"filter.accounts"_s,
                           u"filter.accounts holds at most %1 phone numbers"_s.arg(maxAccounts)};
    QSet<QString> seen;
    for (qsizetype i = 0; i < f.accounts.size(); ++i) {
        const QString field = u"filter.accounts[%1]"_s.arg(i);
        const QString &phone = f.accounts.at(i);
        if (phone.trimmed().isEmpty())
            return FieldError {field, field + u" is required"_s};
        if (phone.size() > maxAccountLength)
            return FieldError {field,
                               field + u" is longer than %1 characters"_s.arg(maxAccountLength)};
        const bool phoneLike = std::all_of(phone.cbegin(), phone.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || u" +-()."_s.contains(c);
        });
        const QString digits = normalisedPhone(phone);
        if (!phoneLike || digits.isEmpty())
            return FieldError {field,
                               field
                                   + u" must be an account's phone number: digits, spaces and"
                                     " +-(). only"_s};
        if (seen.contains(digits))
            return FieldError {field, field + u": %1 is given twice"_s.arg(phone)};
        seen.insert(digits);
    }
    if (f.text.size() > maxTextLength)
        return FieldError {u"filter.text"_s,
                           u"filter.text is longer than %1 characters"_s.arg(maxTextLength)};
    if (!f.textIsRegex || f.text.isEmpty())
        return std::nullopt;

    const QRegularExpression re = compile(f.text);
    if (!re.isValid())
        return FieldError {u"filter.text"_s,
                           u"filter.text is not a valid regular expression: %1 (at offset %2)"_s
                               .arg(re.errorString())
                               .arg(re.patternErrorOffset())};
    if (regexCheck == RegexCheck::CompileOnly)
        return std::nullopt;
    const QStringList texts = adversarialTexts(f.text);
    Probe verdict = probe(re, texts);
    // Measured once more before a refusal for time: a busy machine may have paused this
    // thread, and a pattern that is fast should not be refused for that.
    if (verdict == Probe::Slow)
        verdict = probe(re, texts);
    if (verdict == Probe::GaveUp)
        return FieldError {
            u"filter.text"_s,
            u"filter.text: the regular expression gives up on some texts of %1 characters"
            " (it backtracks catastrophically or too deeply, past PCRE2's limits); avoid nested"
            " or overlapping repetition such as (a+)+ or (a|a)*"_s.arg(matchedLength)};
    if (verdict == Probe::Slow)
        return FieldError {
            u"filter.text"_s,
            u"filter.text: the regular expression takes longer than %1 ms on some texts of %2"
            " characters (it backtracks catastrophically); simplify it, or use a substring"_s
                .arg(regexBudgetMs)
                .arg(matchedLength)};
    return std::nullopt;
}

WebhookFilter::Compiled::Compiled(const WebhookFilter &filter)
    : m_direction(filter.direction)
    , m_chatKind(filter.chatKind)
    , m_attachment(filter.attachment)
    , m_anyText(filter.text.isEmpty())
    , m_textIsRegex(filter.textIsRegex)
{
    for (const QString &phone : filter.accounts)
        m_accounts.insert(normalisedPhone(phone));
    if (m_anyText)
        return;
    if (m_textIsRegex)
        m_regex = compile(filter.text);
    else
        m_substring = QStringMatcher(filter.text, Qt::CaseInsensitive);
}

QString WebhookFilter::rejection(const Compiled &f, const Message &message, const Origin &origin)
{
    if (f.m_direction != DirectionRule::Both
        && (message.direction == Direction::Received) != (f.m_direction == DirectionRule::Received))
        return u"direction"_s;
    if (!f.m_accounts.isEmpty() && !f.m_accounts.contains(normalisedPhone(origin.accountPhone)))
        return u"accounts"_s;
    if (f.m_chatKind != ChatKind::Both && origin.groupChat != (f.m_chatKind == ChatKind::Group))
        return u"chat_kind"_s;
    if (f.m_attachment != AttachmentRule::Either
        && message.attachment.has_value() != (f.m_attachment == AttachmentRule::With))
        return u"attachment"_s;
    if (!f.m_anyText) {
        const QString text = matchedText(message.text);
        // A match PCRE2 gave up on is no match: isValid() is false and hasMatch() too.
        const bool found
            = f.m_textIsRegex ? f.m_regex.match(text).hasMatch() : f.m_substring.indexIn(text) >= 0;
        if (!found)
            return u"text"_s;
    }
    return {};
}

} // namespace hookline
