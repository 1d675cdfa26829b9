#pragma once

#include "delivery/pendingtests.h"

#include <QString>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <utility>

namespace hookline {

// A handler's wait, in its server thread, for a test answered in the engine's thread (save and
// test) or the notifier's (test e-mail): `start` begins the test with the callback to answer;
// nothing comes back when it did not finish within `deadline` (the late answer is dropped).
inline std::optional<std::pair<bool, QString>>
waitForTest(const std::function<void(PendingTests::Done)> &start,
            std::chrono::milliseconds deadline)
{
    auto promise = std::make_shared<std::promise<std::pair<bool, QString>>>();
    auto result = promise->get_future();
    start([promise](bool ok, const QString &outcome) { promise->set_value({ok, outcome}); });
    if (result.wait_for(deadline) != std::future_status::ready)
        return std::nullopt;
    return result.get();
}

} // namespace hookline
