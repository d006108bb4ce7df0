#pragma once

namespace inventory::ui {

// What a message for the person at the till is: news of work done, or something that went
// wrong and needs them (shown in red, and longer).
enum class Notice { Info, Error };

} // namespace inventory::ui
