#include "Export.h"

#include "IcsRenderer.h"
#include "MeetingJson.h"
#include "OdtRenderer.h"
#include "PdfRenderer.h"
#include "TextRenderers.h"

namespace copil::exchange {

namespace {
constexpr std::pair<ExportFormat, const char*> kNames[] = {
    {ExportFormat::Json, "json"}, {ExportFormat::Markdown, "md"}, {ExportFormat::Html, "html"},
    {ExportFormat::Odt, "odt"},   {ExportFormat::Pdf, "pdf"},     {ExportFormat::Ics, "ics"}};
}

QString formatName(ExportFormat format)
{
    for (const auto& [f, name] : kNames) {
        if (f == format) {
            return QLatin1StringView(name);
        }
    }
    return {};
}

std::optional<ExportFormat> formatFromName(const QString& name)
{
    for (const auto& [f, n] : kNames) {
        if (name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0) {
            return f;
        }
    }
    return std::nullopt;
}

QStringList formatNames()
{
    QStringList names;
    for (const auto& entry : kNames) {
        names << QLatin1StringView(entry.second);
    }
    return names;
}

domain::Result<QByteArray> renderMeeting(const domain::MeetingData& data,
                                         const ExportRequest& request)
{
    switch (request.format) {
    case ExportFormat::Json:
        return MeetingJson::serialize(data);
    case ExportFormat::Ics:
        return renderIcs(data, request.now);
    default:
        break;
    }
    const Document doc = Minutes::build(data, request.options);
    switch (request.format) {
    case ExportFormat::Markdown:
        return renderMarkdown(doc);
    case ExportFormat::Html:
        return renderHtml(doc);
    case ExportFormat::Odt:
        return renderOdt(doc);
    case ExportFormat::Pdf:
        return renderPdf(doc);
    default:
        break;
    }
    return domain::Error{QStringLiteral("unknown format")};
}

} // namespace copil::exchange
