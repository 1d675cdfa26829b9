#include "webhook.h"

#include "enumnames.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace hookline {

namespace {

constexpr EnumName<Aggregation> aggregationNames[] = {
    {Aggregation::None, u"none"},   {Aggregation::Hours1, u"1h"},   {Aggregation::Hours6, u"6h"},
    {Aggregation::Hours12, u"12h"}, {Aggregation::Hours24, u"24h"},
};

constexpr EnumName<DeliveryMode> deliveryModeNames[] = {
    {DeliveryMode::Push, u"push"},
    {DeliveryMode::Pull, u"pull"},
    {DeliveryMode::Both, u"both"},
};

constexpr EnumName<SuccessRule> successRuleNames[] = {
    {SuccessRule::Any2xx, u"2xx"},
    {SuccessRule::Exactly200, u"200"},
};

constexpr EnumName<WebhookState> stateNames[] = {
    {WebhookState::Healthy, u"healthy"},
    {WebhookState::Failing, u"failing"},
    {WebhookState::Paused, u"paused"},
    {WebhookState::AutoDisabled, u"auto-disabled"},
};

constexpr EnumName<WebhookEvent> eventNames[] = {
    {WebhookEvent::MessageStatus, u"message.status"},
    {WebhookEvent::MessageReaction, u"message.reaction"},
};

} // namespace

QString webhookEventName(WebhookEvent event)
{
    return nameOf(eventNames, event);
}

std::optional<WebhookEvent> webhookEventFromName(QStringView name)
{
    return fromName(eventNames, name);
}

QStringList webhookEventNames(WebhookEvents events)
{
    QStringList names;
    for (const auto &[event, name] : eventNames) {
        if (events.testFlag(event))
            names.append(name.toString());
    }
    return names;
}

QString aggregationName(Aggregation aggregation)
{
    return nameOf(aggregationNames, aggregation);
}

std::optional<Aggregation> aggregationFromName(QStringView name)
{
    return fromName(aggregationNames, name);
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

QString deliveryModeName(DeliveryMode mode)
{
    return nameOf(deliveryModeNames, mode);
}

std::optional<DeliveryMode> deliveryModeFromName(QStringView name)
{
    return fromName(deliveryModeNames, name);
}

QString successRuleName(SuccessRule rule)
{
    return nameOf(successRuleNames, rule);
}

std::optional<SuccessRule> successRuleFromName(QStringView name)
{
    return fromName(successRuleNames, name);
}

QString webhookStateName(WebhookState state)
{
    return nameOf(stateNames, state);
}

WebhookState Webhook::state() const
{
    if (enabled)
        return consecutiveErrors > 0 ? WebhookState::Failing : WebhookState::Healthy;
    return disabledReason.isEmpty() ? WebhookState::Paused : WebhookState::AutoDisabled;
}

QString Webhook::displayName() const
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? QUrl(url.trimmed()).host() : trimmed;
}

} // namespace hookline
