#pragma once

#include "MinutesDocument.h"

#include <QByteArray>

namespace copil::exchange {

/// CommonMark with GitHub tables. Every user text is escaped: it can add no Markdown
/// structure (headings, lists, links, table cells) and no HTML.
QByteArray renderMarkdown(const Document& doc);

/// One standalone, printable HTML file with its style embedded. Every user text is
/// escaped: it can add no element and no attribute.
QByteArray renderHtml(const Document& doc);

/// Escapes text for Markdown (exposed for tests).
QString escapeMarkdown(const QString& text);

} // namespace copil::exchange
