#include "jsoninput.h"

using namespace Qt::StringLiterals;

namespace hookline {

qsizetype JsonInput::rawControlCharacter(QByteArrayView text)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!inString) {
            inString = c == '"';
        } else if (c == '\\') {
            ++i; // the escaped character, whatever it is, is the parser's to judge
        } else if (c == '"') {
            inString = false;
        } else if (c < 0x20) {
            return i;
        }
    }
    return -1;
}

JsonInput JsonInput::read(const QByteArray &text)
{
    JsonInput input;
    QJsonParseError error;
    input.document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        input.document = {};
        input.error = u"the body is not valid JSON: %1 at offset %2"_s.arg(error.errorString())
                          .arg(error.offset);
        return input;
    }
    if (const qsizetype at = rawControlCharacter(text); at >= 0) {
        input.document = {};
        input.error = u"the body is not valid JSON: control character U+%1 not escaped inside a "
                      "string at offset %2"_s
                          .arg(int(static_cast<unsigned char>(text[at])), 4, 16, QChar(u'0'))
                          .arg(at);
    }
    return input;
}

} // namespace hookline
