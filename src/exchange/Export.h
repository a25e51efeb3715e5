#pragma once

#include "Minutes.h"
#include "domain/Result.h"

#include <optional>

namespace copil::exchange {

/// The formats a meeting exports to.
enum class ExportFormat { Json, Markdown, Html, Odt, Pdf, Ics };

/// "json", "md", "html", "odt", "pdf", "ics" (also the file extensions).
QString formatName(ExportFormat format);
std::optional<ExportFormat> formatFromName(const QString& name);
QStringList formatNames();

struct ExportRequest {
    ExportFormat format = ExportFormat::Pdf;
    MinutesOptions options;
    QDateTime now = QDateTime::currentDateTimeUtc(); ///< DTSTAMP of calendars
};

/// Renders a whole meeting: the JSON archive, the minutes / record of decisions /
/// agenda as a document, or the agenda as iCalendar. PDF needs a QGuiApplication.
/// Pure apart from that: callable from a worker thread.
domain::Result<QByteArray> renderMeeting(const domain::MeetingData& data,
                                         const ExportRequest& request);

} // namespace copil::exchange
