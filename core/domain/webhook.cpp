#include "webhook.h"

using namespace Qt::StringLiterals;

namespace hookline {

QString aggregationName(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::None:
        return u"none"_s;
    case Aggregation::Hours1:
        return u"1h"_s;
    case Aggregation::Hours6:
        return u"6h"_s;
    case Aggregation::Hours12:
        return u"12h"_s;
    case Aggregation::Hours24:
        return u"24h"_s;
    }
    return u"none"_s;
}

std::optional<Aggregation> aggregationFromName(QStringView name)
{
    for (Aggregation a : {Aggregation::None, Aggregation::Hours1, Aggregation::Hours6,
                          Aggregation::Hours12, Aggregation::Hours24}) {
        if (name == aggregationName(a))
            return a;
    }
    return std::nullopt;
}

int aggregationHours(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::None:
        return 0;
    case Aggregation::Hours1:
        return 1;
    case Aggregation::Hours6:
        return 6;
    case Aggregation::Hours12:
        return 12;
    case Aggregation::Hours24:
        return 24;
    }
    return 0;
}

QString successRuleName(SuccessRule rule)
{
    return rule == SuccessRule::Exactly200 ? u"200"_s : u"2xx"_s;
}

std::optional<SuccessRule> successRuleFromName(QStringView name)
{
    if (name == u"2xx")
        return SuccessRule::Any2xx;
    if (name == u"200")
        return SuccessRule::Exactly200;
    return std::nullopt;
}

} // namespace hookline
