#pragma once

#include <QUuid>

namespace hookline {

// Identifiers that new rows are indexed by (a message's uid, a delivery's webhook-id): UUID
// version 7 (RFC 9562), 48 bits of Unix milliseconds followed by 74 random bits. Ids made one
// after another sort next to each other, so a commit of many new rows writes the last page of
// each such index once, where random (version 4) ids would touch a different page per row.
namespace TimeOrderedId {

QUuid create();

} // namespace TimeOrderedId

} // namespace hookline
