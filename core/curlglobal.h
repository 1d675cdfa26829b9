#pragma once

namespace hookline {

// libcurl's global state is set up once per process, before any thread uses an easy handle.
void initialiseCurl();

} // namespace hookline
