#include "TextRenderers.h"

#include <QRegularExpression>

namespace copil::exchange {

QString escapeMarkdown(const QString& text)
{
    // Characters that open Markdown structure anywhere in a line, and `|` for tables.
    static const QString special = QStringLiteral("\\`*_[]<>|#&~!");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            // Line breaks end a block in Markdown: keep the text on one line.
            if (!out.endsWith(u' ')) {
                out += u' ';
            }
            lineStart = true;
            continue;
        }
        if (lineStart && (c == u' ' || c == u'\t')) {
            continue; // indentation would make a code block
        }
        if (special.contains(c) ||
            (lineStart && (c == u'-' || c == u'+' || c == u'=' || c == u'>'))) {
            out += u'\\';
        }
        out += c;
        // "12. " or "3) " at the start of a line would start an ordered list.
        if (lineStart && c.isDigit()) {
            qsizetype j = i + 1;
            while (j < text.size() && text[j].isDigit()) {
                out += text[j++];
            }
            if (j < text.size() && (text[j] == u'.' || text[j] == u')')) {
                out += u'\\';
                out += text[j++];
            }
            i = j - 1;
        }
        lineStart = false;
    }
    return out.trimmed();
}

namespace {

QString cell(const QString& text)
{
    return escapeMarkdown(text);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Paragraph text keeps its line breaks in HTML.
QString escLines(const QString& text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

QByteArray renderMarkdown(const Document& doc)
{
    QString md;
    md += u"# " + escapeMarkdown(doc.title) + u"\n\n";
    if (!doc.draftMark.isEmpty()) {
        md += u"**" + escapeMarkdown(doc.draftMark) + u"**\n\n";
    }
    for (const QString& line : doc.subtitle) {
        md += u"**" + escapeMarkdown(line) + u"**  \n";
    }
    md += u'\n';
    if (!doc.statusLine.isEmpty()) {
        md += u"*" + escapeMarkdown(doc.statusLine) + u"*\n\n";
    }
    for (const Block& b : doc.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            md += QString(std::clamp(b.level + 1, 2, 6), u'#') + u' ' + escapeMarkdown(b.text) +
                  u"\n\n";
            break;
        case Block::Kind::Paragraph: {
            QString text = escapeMarkdown(b.text);
            if (b.emphasis && !text.isEmpty()) {
                text = u'*' + text + u'*';
            }
            if (!b.label.isEmpty()) {
                text = u"**" + escapeMarkdown(b.label) + u"**" +
                       (text.isEmpty() ? QString() : doc.labelSeparator + text);
            }
            md += text + u"\n\n";
            break;
        }
        case Block::Kind::Bullets:
            for (const QString& item : b.items) {
                md += u"- " + escapeMarkdown(item) + u'\n';
            }
            md += u'\n';
            break;
        case Block::Kind::Table: {
            QStringList header;
            QStringList rule;
            for (const QString& h : b.header) {
                header << cell(h);
                rule << QStringLiteral("---");
            }
            md += u"| " + header.join(u" | ") + u" |\n| " + rule.join(u" | ") + u" |\n";
            for (const QStringList& row : b.rows) {
                QStringList cells;
                for (qsizetype i = 0; i < b.header.size(); ++i) {
                    const QString c = cell(row.value(i));
                    cells << (c.isEmpty() ? QStringLiteral(" ") : c);
                }
                md += u"| " + cells.join(u" | ") + u" |\n";
            }
            md += u'\n';
            break;
        }
        }
    }
    return md.trimmed().toUtf8() + '\n';
}

QByteArray renderHtml(const Document& doc)
{
    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\"" + esc(doc.language) +
         u"\">\n<head>\n<meta charset=\"utf-8\">\n";
    h += u"<title>" + esc(doc.title + u" – " + doc.subtitle.value(0)) + u"</title>\n";
    h += QStringLiteral(
        "<style>\n"
        "@page { size: A4; margin: 20mm 18mm; }\n"
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #1a1a1a;"
        " max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }\n"
        "header.running { color: #666; font-size: 9pt; border-bottom: 1px solid #ccc; "
        "margin-bottom: 1.5em; }\n"
        ".title-block { border-left: 5px solid #1f4e79; padding: 0.3em 1em; margin-bottom: 1.5em; "
        "}\n"
        ".title-block h1 { color: #1f4e79; margin: 0 0 0.3em; font-size: 20pt; }\n"
        ".title-block p { margin: 0.1em 0; font-weight: bold; }\n"
        ".status { font-style: italic; color: #555; }\n"
        "h2 { color: #1f4e79; border-bottom: 1px solid #1f4e79; margin-top: 1.6em; font-size: "
        "14pt; }\n"
        "h3 { font-size: 12pt; margin-top: 1.2em; } h4 { font-size: 11pt; } h5 { font-size: "
        "10.5pt; }\n"
        "table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; }\n"
        "th, td { border: 1px solid #999; padding: 0.25em 0.45em; text-align: left; "
        "vertical-align: top; }\n"
        "th { background: #e8eef5; }\n"
        "tr { page-break-inside: avoid; break-inside: avoid; }\n"
        "thead { display: table-header-group; }\n"
        "h2, h3, h4, h5, p.lead { page-break-after: avoid; break-after: avoid; }\n"
        ".page { page-break-before: always; break-before: page; }\n"
        "tr.sign td { height: 12mm; }\n"
        ".label { font-weight: bold; }\n"
        ".draft { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: "
        "90pt;"
        " color: rgba(200, 0, 0, 0.12); transform: rotate(-30deg); pointer-events: none; z-index: "
        "10; }\n"
        ".draft::after { content: attr(data-mark); }\n"
        ".status-draft { color: #b00000; font-weight: bold; }\n"
        "</style>\n</head>\n<body>\n");
    if (!doc.draftMark.isEmpty()) {
        // The faint mark across the page is a decoration (drawn by CSS, hidden from screen
        // readers); the status line says it in words at full contrast.
        h += u"<div class=\"draft\" aria-hidden=\"true\" data-mark=\"" + esc(doc.draftMark) +
             u"\"></div>\n";
    }
    h += u"<header class=\"running\">" + esc(doc.runningHeader) + u"</header>\n";
    h += u"<main>\n<div class=\"title-block\">\n<h1>" + esc(doc.title) + u"</h1>\n";
    for (const QString& line : doc.subtitle) {
        h += u"<p>" + esc(line) + u"</p>\n";
    }
    if (!doc.statusLine.isEmpty()) {
        h += (doc.draftMark.isEmpty() ? u"<p class=\"status\">"_qs
                                      : u"<p class=\"status status-draft\">"_qs) +
             esc(doc.statusLine) + u"</p>\n";
    }
    h += u"</div>\n";
    int lastLevel = 1; // headings never skip a level (h2 then h4)
    for (const Block& b : doc.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading: {
            lastLevel = std::min(std::clamp(b.level + 1, 2, 6), lastLevel + 1);
            const QString tag = u'h' + QString::number(lastLevel);
            h += u'<' + tag + (b.pageBreakBefore ? QStringLiteral(" class=\"page\"") : QString()) +
                 u'>' + esc(b.text) + u"</" + tag + u">\n";
            break;
        }
        case Block::Kind::Paragraph:
            h += b.keepWithNext ? QStringLiteral("<p class=\"lead\">") : QStringLiteral("<p>");
            h += b.emphasis ? QStringLiteral("<em>") : QString();
            if (!b.label.isEmpty()) {
                h += u"<span class=\"label\">" + esc(b.label) + u"</span>" +
                     (b.text.isEmpty() ? QString() : doc.labelSeparator);
            }
            h += escLines(b.text) +
                 (b.emphasis ? QStringLiteral("</em></p>\n") : QStringLiteral("</p>\n"));
            break;
        case Block::Kind::Bullets:
            h += QStringLiteral("<ul>\n");
            for (const QString& item : b.items) {
                h += u"<li>" + escLines(item) + u"</li>\n";
            }
            h += QStringLiteral("</ul>\n");
            break;
        case Block::Kind::Table:
            h += QStringLiteral("<table>\n");
            if (!b.widths.isEmpty()) {
                h += QStringLiteral("<colgroup>");
                for (int w : b.widths) {
                    h += QStringLiteral("<col style=\"width: %1%\">").arg(w);
                }
                h += QStringLiteral("</colgroup>\n");
            }
            h += QStringLiteral("<thead><tr>");
            for (const QString& c : b.header) {
                h += u"<th scope=\"col\">" + esc(c) + u"</th>";
            }
            h += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const QStringList& row : b.rows) {
                h += b.minRowHeightMm > 0 ? QStringLiteral("<tr class=\"sign\">")
                                          : QStringLiteral("<tr>");
                for (qsizetype i = 0; i < b.header.size(); ++i) {
                    h += u"<td>" + escLines(row.value(i)) + u"</td>";
                }
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</tbody>\n</table>\n");
            break;
        }
    }
    h += QStringLiteral("</main>\n</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace copil::exchange
