#pragma once

#include "MinutesDocument.h"

#include <QByteArray>

namespace copil::exchange {

/// An OpenDocument text package (.odt) for LibreOffice and Word: A4, running header
/// (with the draft mark on every page of a draft), page numbers in the footer. User text
/// is written through an XML writer and cannot add markup.
QByteArray renderOdt(const Document& doc);

} // namespace copil::exchange
