#pragma once

#include "MinutesDocument.h"

#include <QByteArray>

namespace copil::exchange {

/// A4 PDF: title block, running header with the meeting's title and date, page numbers,
/// a "PROJET" mark on every page of a draft, table header rows repeated on each page.
/// Needs a QGuiApplication (fonts); safe to call from a worker thread.
QByteArray renderPdf(const Document& doc);

} // namespace copil::exchange
