#pragma once

namespace hookline {

// DESIGN §3: when the receiving side fails more than 10 times in a row — any error: invalid URL,
// refused connection, timeout, a status that is not a success, a redirect — the webhook is
// disabled and the owner is told. Every attempt counts, retries included; a success resets the
// count. So the 11th consecutive error disables, the 10th does not.
namespace AutoDisableRule {

constexpr int maxConsecutiveErrors = 10;

constexpr bool disables(int consecutiveErrors)
{
    return consecutiveErrors > maxConsecutiveErrors;
}

} // namespace AutoDisableRule

} // namespace hookline
