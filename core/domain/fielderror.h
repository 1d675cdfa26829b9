#pragma once

#include <QString>

namespace hookline {

// A value a rule refused: the field as the API names it ("url", "cloud_api.app_secret",
// "chat.phone"), the API's English sentence, and which message of a batch (-1: not a batch). The
// window words it again in its own language from the field (ui/serviceerrortext).
struct FieldError
{
    QString field;
    QString message;
    int index = -1;
};

} // namespace hookline
