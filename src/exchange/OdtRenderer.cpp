#include "OdtRenderer.h"

#include "ZipWriter.h"

#include <QXmlStreamWriter>

namespace copil::exchange {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

// XML 1.0 cannot carry most control characters, even escaped: they are dropped.
QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == u'\n' || c == u'\t') {
            out += c;
        }
    }
    return out;
}

class Xml {
public:
    Xml() : w(&bytes)
    {
        w.setAutoFormatting(false);
        w.writeStartDocument();
    }
    QByteArray finish()
    {
        w.writeEndDocument();
        return bytes;
    }
    void start(const QString& ns, const QString& name) { w.writeStartElement(ns, name); }
    void end() { w.writeEndElement(); }
    void attr(const QString& ns, const QString& name, const QString& value)
    {
        w.writeAttribute(ns, name, value);
    }
    void empty(const QString& ns, const QString& name) { w.writeEmptyElement(ns, name); }
    // The root element of one of the package's XML files.
    void root(const QString& name)
    {
        start(kOffice, name);
        namespaces();
        attr(kOffice, QStringLiteral("version"), QStringLiteral("1.3"));
    }
    void namespaces()
    {
        w.writeNamespace(kOffice, QStringLiteral("office"));
        w.writeNamespace(kStyle, QStringLiteral("style"));
        w.writeNamespace(kText, QStringLiteral("text"));
        w.writeNamespace(kTable, QStringLiteral("table"));
        w.writeNamespace(kFo, QStringLiteral("fo"));
        w.writeNamespace(kMeta, QStringLiteral("meta"));
        w.writeNamespace(kDc, QStringLiteral("dc"));
        w.writeNamespace(kSvg, QStringLiteral("svg"));
    }
    // Text with its line breaks and runs of spaces kept.
    void text(const QString& raw)
    {
        const QString t = xmlSafe(raw);
        QString run;
        const auto flush = [&] {
            if (!run.isEmpty()) {
                w.writeCharacters(run);
                run.clear();
            }
        };
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t[i] == u'\n') {
                flush();
                empty(kText, QStringLiteral("line-break"));
            } else if (t[i] == u' ' && (i == 0 || t[i - 1] == u' ')) {
                flush();
                empty(kText, QStringLiteral("s"));
            } else if (t[i] == u'\t') {
                flush();
                empty(kText, QStringLiteral("tab"));
            } else {
                run += t[i];
            }
        }
        flush();
    }
    void paragraph(const QString& style, const QString& content)
    {
        start(kText, QStringLiteral("p"));
        attr(kText, QStringLiteral("style-name"), style);
        text(content);
        end();
    }

    QByteArray bytes;
    QXmlStreamWriter w;
};

void paragraphStyle(Xml& x, const QString& name, const QString& parent,
                    const QList<std::pair<QString, QString>>& paragraphProps,
                    const QList<std::pair<QString, QString>>& textProps, int outline = 0)
{
    x.start(kStyle, QStringLiteral("style"));
    x.attr(kStyle, QStringLiteral("name"), name);
    x.attr(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
    if (!parent.isEmpty()) {
        x.attr(kStyle, QStringLiteral("parent-style-name"), parent);
    }
    if (outline > 0) {
        x.attr(kStyle, QStringLiteral("default-outline-level"), QString::number(outline));
    }
    if (!paragraphProps.isEmpty()) {
        x.empty(kStyle, QStringLiteral("paragraph-properties"));
        for (const auto& [k, v] : paragraphProps) {
            x.attr(kFo, k, v);
        }
    }
    if (!textProps.isEmpty()) {
        x.empty(kStyle, QStringLiteral("text-properties"));
        for (const auto& [k, v] : textProps) {
            x.attr(k == u"font-name" ? kStyle : kFo, k, v);
        }
    }
    x.end();
}

QByteArray stylesXml(const Document& doc)
{
    Xml x;
    x.root(QStringLiteral("document-styles"));

    x.start(kOffice, QStringLiteral("font-face-decls"));
    x.empty(kStyle, QStringLiteral("font-face"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("DejaVu Sans"));
    x.attr(kSvg, QStringLiteral("font-family"), QStringLiteral("'DejaVu Sans'"));
    x.end();

    const QString blue = QStringLiteral("#1f4e79");
    x.start(kOffice, QStringLiteral("styles"));
    paragraphStyle(x, QStringLiteral("Standard"), {},
                   {{QStringLiteral("margin-bottom"), QStringLiteral("0.18cm")}},
                   {{QStringLiteral("font-name"), QStringLiteral("DejaVu Sans")},
                    {QStringLiteral("font-size"), QStringLiteral("10pt")},
                    {QStringLiteral("language"), doc.language}});
    paragraphStyle(x, QStringLiteral("Title"), QStringLiteral("Standard"), {},
                   {{QStringLiteral("font-size"), QStringLiteral("20pt")},
                    {QStringLiteral("font-weight"), QStringLiteral("bold")},
                    {QStringLiteral("color"), blue}});
    paragraphStyle(x, QStringLiteral("Subtitle"), QStringLiteral("Standard"),
                   {{QStringLiteral("margin-bottom"), QStringLiteral("0.05cm")}},
                   {{QStringLiteral("font-weight"), QStringLiteral("bold")}});
    paragraphStyle(x, QStringLiteral("Status"), QStringLiteral("Standard"),
                   {{QStringLiteral("margin-bottom"), QStringLiteral("0.5cm")}},
                   {{QStringLiteral("font-style"), QStringLiteral("italic")}});
    const QString sizes[] = {QStringLiteral("14pt"), QStringLiteral("12pt"), QStringLiteral("11pt"),
                             QStringLiteral("10pt")};
    for (int level = 1; level <= 4; ++level) {
        paragraphStyle(x, QStringLiteral("Heading_%1").arg(level), QStringLiteral("Standard"),
                       {{QStringLiteral("margin-top"),
                         level == 1 ? QStringLiteral("0.5cm") : QStringLiteral("0.3cm")},
                        {QStringLiteral("keep-with-next"), QStringLiteral("always")}},
                       {{QStringLiteral("font-size"), sizes[level - 1]},
                        {QStringLiteral("font-weight"), QStringLiteral("bold")},
                        {QStringLiteral("color"), level == 1 ? blue : QStringLiteral("#1a1a1a")}},
                       level);
    }
    // A bold lead-in ("Proposition") stays on the page of the list it introduces.
    paragraphStyle(x, QStringLiteral("Lead"), QStringLiteral("Standard"),
                   {{QStringLiteral("keep-with-next"), QStringLiteral("always")}}, {});
    // LibreOffice does not move a kept-with-next heading that directly follows a table to
    // the next page: a one-point empty paragraph after every table lets it.
    paragraphStyle(x, QStringLiteral("After_Table"), QStringLiteral("Standard"),
                   {{QStringLiteral("margin-top"), QStringLiteral("0cm")},
                    {QStringLiteral("margin-bottom"), QStringLiteral("0cm")},
                    {QStringLiteral("line-height"), QStringLiteral("100%")}},
                   {{QStringLiteral("font-size"), QStringLiteral("1pt")}});
    paragraphStyle(x, QStringLiteral("Emphasis"), QStringLiteral("Standard"), {},
                   {{QStringLiteral("font-style"), QStringLiteral("italic")}});
    paragraphStyle(x, QStringLiteral("Table_Contents"), QStringLiteral("Standard"),
                   {{QStringLiteral("margin-bottom"), QStringLiteral("0cm")}},
                   {{QStringLiteral("font-size"), QStringLiteral("9pt")}});
    paragraphStyle(x, QStringLiteral("Table_Heading"), QStringLiteral("Table_Contents"), {},
                   {{QStringLiteral("font-weight"), QStringLiteral("bold")}});
    paragraphStyle(x, QStringLiteral("Header"), QStringLiteral("Standard"), {},
                   {{QStringLiteral("font-size"), QStringLiteral("8pt")},
                    {QStringLiteral("color"), QStringLiteral("#666666")}});
    paragraphStyle(x, QStringLiteral("Draft"), QStringLiteral("Header"), {},
                   {{QStringLiteral("font-size"), QStringLiteral("12pt")},
                    {QStringLiteral("font-weight"), QStringLiteral("bold")},
                    {QStringLiteral("color"), QStringLiteral("#c00000")}});
    paragraphStyle(x, QStringLiteral("Footer"), QStringLiteral("Header"),
                   {{QStringLiteral("text-align"), QStringLiteral("center")}}, {});
    x.start(kStyle, QStringLiteral("style"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("Label"));
    x.attr(kStyle, QStringLiteral("family"), QStringLiteral("text"));
    x.empty(kStyle, QStringLiteral("text-properties"));
    x.attr(kFo, QStringLiteral("font-weight"), QStringLiteral("bold"));
    x.end();
    x.end(); // styles

    x.start(kOffice, QStringLiteral("automatic-styles"));
    x.start(kStyle, QStringLiteral("page-layout"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("A4"));
    x.empty(kStyle, QStringLiteral("page-layout-properties"));
    x.attr(kFo, QStringLiteral("page-width"), QStringLiteral("21cm"));
    x.attr(kFo, QStringLiteral("page-height"), QStringLiteral("29.7cm"));
    x.attr(kStyle, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    for (const char* side : {"margin-top", "margin-bottom"}) {
        x.attr(kFo, QLatin1StringView(side), QStringLiteral("1.5cm"));
    }
    for (const char* side : {"margin-left", "margin-right"}) {
        x.attr(kFo, QLatin1StringView(side), QStringLiteral("2cm"));
    }
    for (const char* part : {"header-style", "footer-style"}) {
        x.start(kStyle, QLatin1StringView(part));
        x.empty(kStyle, QStringLiteral("header-footer-properties"));
        x.attr(kFo, QStringLiteral("min-height"), QStringLiteral("0.6cm"));
        x.attr(kFo, QLatin1StringView(part[0] == 'h' ? "margin-bottom" : "margin-top"),
               QStringLiteral("0.4cm"));
        x.end();
    }
    x.end();
    x.end(); // automatic-styles

    x.start(kOffice, QStringLiteral("master-styles"));
    x.start(kStyle, QStringLiteral("master-page"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("Standard"));
    x.attr(kStyle, QStringLiteral("page-layout-name"), QStringLiteral("A4"));
    x.start(kStyle, QStringLiteral("header"));
    if (!doc.draftMark.isEmpty()) {
        x.paragraph(QStringLiteral("Draft"), doc.draftMark);
    }
    x.paragraph(QStringLiteral("Header"), doc.runningHeader);
    x.end();
    x.start(kStyle, QStringLiteral("footer"));
    x.start(kText, QStringLiteral("p"));
    x.attr(kText, QStringLiteral("style-name"), QStringLiteral("Footer"));
    // "Page %1 / %2" with the numbers as fields.
    const QStringList parts = doc.pageLabel.split(QStringLiteral("%1"));
    x.text(parts.value(0));
    x.empty(kText, QStringLiteral("page-number"));
    const QStringList rest = parts.value(1).split(QStringLiteral("%2"));
    x.text(rest.value(0));
    x.empty(kText, QStringLiteral("page-count"));
    x.text(rest.value(1));
    x.end();
    x.end(); // footer
    x.end(); // master-page
    x.end(); // master-styles
    x.end();
    return x.finish();
}

QByteArray contentXml(const Document& doc)
{
    Xml x;
    x.root(QStringLiteral("document-content"));

    // Automatic styles: one table style, column widths, bordered cells, a bullet list.
    x.start(kOffice, QStringLiteral("automatic-styles"));
    x.start(kStyle, QStringLiteral("style"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("Table"));
    x.attr(kStyle, QStringLiteral("family"), QStringLiteral("table"));
    x.empty(kStyle, QStringLiteral("table-properties"));
    x.attr(kStyle, QStringLiteral("width"), QStringLiteral("17cm"));
    x.attr(kTable, QStringLiteral("align"), QStringLiteral("margins"));
    x.attr(kFo, QStringLiteral("margin-bottom"), QStringLiteral("0.3cm"));
    x.end();
    x.start(kStyle, QStringLiteral("style"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("Row"));
    x.attr(kStyle, QStringLiteral("family"), QStringLiteral("table-row"));
    x.empty(kStyle, QStringLiteral("table-row-properties"));
    x.attr(kFo, QStringLiteral("keep-together"), QStringLiteral("always"));
    x.end();
    // Rows of the attendance sheet: room to sign.
    x.start(kStyle, QStringLiteral("style"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("TallRow"));
    x.attr(kStyle, QStringLiteral("family"), QStringLiteral("table-row"));
    x.empty(kStyle, QStringLiteral("table-row-properties"));
    x.attr(kFo, QStringLiteral("keep-together"), QStringLiteral("always"));
    x.attr(kStyle, QStringLiteral("min-row-height"), QStringLiteral("1.2cm"));
    x.end();
    // A heading that starts a new page (one attendance sheet per subgroup).
    for (int level = 1; level <= 4; ++level) {
        x.start(kStyle, QStringLiteral("style"));
        x.attr(kStyle, QStringLiteral("name"), QStringLiteral("Heading_%1_Page").arg(level));
        x.attr(kStyle, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.attr(kStyle, QStringLiteral("parent-style-name"),
               QStringLiteral("Heading_%1").arg(level));
        x.empty(kStyle, QStringLiteral("paragraph-properties"));
        x.attr(kFo, QStringLiteral("break-before"), QStringLiteral("page"));
        x.end();
    }
    for (int percent = 1; percent <= 100; ++percent) {
        x.start(kStyle, QStringLiteral("style"));
        x.attr(kStyle, QStringLiteral("name"), QStringLiteral("Col%1").arg(percent));
        x.attr(kStyle, QStringLiteral("family"), QStringLiteral("table-column"));
        x.empty(kStyle, QStringLiteral("table-column-properties"));
        x.attr(kStyle, QStringLiteral("rel-column-width"),
               QStringLiteral("%1*").arg(percent * 100));
        x.end();
    }
    for (const auto& [name, background] :
         {std::pair{QStringLiteral("Cell"), QString()},
          std::pair{QStringLiteral("HeadCell"), QStringLiteral("#e8eef5")}}) {
        x.start(kStyle, QStringLiteral("style"));
        x.attr(kStyle, QStringLiteral("name"), name);
        x.attr(kStyle, QStringLiteral("family"), QStringLiteral("table-cell"));
        x.empty(kStyle, QStringLiteral("table-cell-properties"));
        x.attr(kFo, QStringLiteral("border"), QStringLiteral("0.5pt solid #999999"));
        x.attr(kFo, QStringLiteral("padding"), QStringLiteral("0.08cm"));
        if (!background.isEmpty()) {
            x.attr(kFo, QStringLiteral("background-color"), background);
        }
        x.end();
    }
    x.start(kText, QStringLiteral("list-style"));
    x.attr(kStyle, QStringLiteral("name"), QStringLiteral("Bullets"));
    x.start(kText, QStringLiteral("list-level-style-bullet"));
    x.attr(kText, QStringLiteral("level"), QStringLiteral("1"));
    x.attr(kText, QStringLiteral("bullet-char"), QStringLiteral("•"));
    x.start(kStyle, QStringLiteral("list-level-properties"));
    x.attr(kText, QStringLiteral("list-level-position-and-space-mode"),
           QStringLiteral("label-alignment"));
    x.empty(kStyle, QStringLiteral("list-level-label-alignment"));
    x.attr(kText, QStringLiteral("label-followed-by"), QStringLiteral("listtab"));
    x.attr(kFo, QStringLiteral("text-indent"), QStringLiteral("-0.4cm"));
    x.attr(kFo, QStringLiteral("margin-left"), QStringLiteral("0.8cm"));
    x.end();
    x.end();
    x.end(); // list-style
    x.end(); // automatic-styles

    x.start(kOffice, QStringLiteral("body"));
    x.start(kOffice, QStringLiteral("text"));
    x.paragraph(QStringLiteral("Title"), doc.title);
    for (const QString& line : doc.subtitle) {
        x.paragraph(QStringLiteral("Subtitle"), line);
    }
    if (!doc.statusLine.isEmpty()) {
        x.paragraph(QStringLiteral("Status"), doc.statusLine);
    }
    for (const Block& b : doc.blocks) {
        switch (b.kind) {
        case Block::Kind::Heading:
            x.start(kText, QStringLiteral("h"));
            x.attr(kText, QStringLiteral("style-name"),
                   (b.pageBreakBefore ? QStringLiteral("Heading_%1_Page")
                                      : QStringLiteral("Heading_%1"))
                       .arg(std::clamp(b.level, 1, 4)));
            x.attr(kText, QStringLiteral("outline-level"),
                   QString::number(std::clamp(b.level, 1, 4)));
            x.text(b.text);
            x.end();
            break;
        case Block::Kind::Paragraph:
            x.start(kText, QStringLiteral("p"));
            x.attr(kText, QStringLiteral("style-name"),
                   b.keepWithNext ? QStringLiteral("Lead")
                   : b.emphasis   ? QStringLiteral("Emphasis")
                                  : QStringLiteral("Standard"));
            if (!b.label.isEmpty()) {
                x.start(kText, QStringLiteral("span"));
                x.attr(kText, QStringLiteral("style-name"), QStringLiteral("Label"));
                x.text(b.label);
                x.end();
                if (!b.text.isEmpty()) {
                    x.text(doc.labelSeparator);
                }
            }
            x.text(b.text);
            x.end();
            break;
        case Block::Kind::Bullets:
            x.start(kText, QStringLiteral("list"));
            x.attr(kText, QStringLiteral("style-name"), QStringLiteral("Bullets"));
            for (const QString& item : b.items) {
                x.start(kText, QStringLiteral("list-item"));
                x.paragraph(QStringLiteral("Standard"), item);
                x.end();
            }
            x.end();
            break;
        case Block::Kind::Table: {
            x.start(kTable, QStringLiteral("table"));
            x.attr(kTable, QStringLiteral("style-name"), QStringLiteral("Table"));
            for (qsizetype i = 0; i < b.header.size(); ++i) {
                const int w = b.widths.value(i, 100 / std::max<qsizetype>(1, b.header.size()));
                x.empty(kTable, QStringLiteral("table-column"));
                x.attr(kTable, QStringLiteral("style-name"),
                       QStringLiteral("Col%1").arg(std::clamp(w, 1, 100)));
            }
            const auto row = [&](const QStringList& cells, bool head) {
                x.start(kTable, QStringLiteral("table-row"));
                x.attr(kTable, QStringLiteral("style-name"),
                       !head && b.minRowHeightMm > 0 ? QStringLiteral("TallRow")
                                                     : QStringLiteral("Row"));
                for (qsizetype i = 0; i < b.header.size(); ++i) {
                    x.start(kTable, QStringLiteral("table-cell"));
                    x.attr(kTable, QStringLiteral("style-name"),
                           head ? QStringLiteral("HeadCell") : QStringLiteral("Cell"));
                    x.attr(kOffice, QStringLiteral("value-type"), QStringLiteral("string"));
                    x.paragraph(head ? QStringLiteral("Table_Heading")
                                     : QStringLiteral("Table_Contents"),
                                cells.value(i));
                    x.end();
                }
                x.end();
            };
            x.start(kTable, QStringLiteral("table-header-rows"));
            row(b.header, true);
            x.end();
            for (const QStringList& r : b.rows) {
                row(r, false);
            }
            x.end();
            x.paragraph(QStringLiteral("After_Table"), {});
            break;
        }
        }
    }
    x.end(); // text
    x.end(); // body
    x.end();
    return x.finish();
}

QByteArray metaXml(const Document& doc)
{
    Xml x;
    x.root(QStringLiteral("document-meta"));
    x.start(kOffice, QStringLiteral("meta"));
    x.start(kDc, QStringLiteral("title"));
    x.text(doc.title + u" – " + doc.subtitle.value(0));
    x.end();
    x.start(kDc, QStringLiteral("language"));
    x.text(doc.language);
    x.end();
    x.start(kMeta, QStringLiteral("generator"));
    x.text(QStringLiteral("Copil"));
    x.end();
    x.end();
    x.end();
    return x.finish();
}

} // namespace

QByteArray renderOdt(const Document& doc)
{
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"),
            QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    zip.add(QStringLiteral("content.xml"), contentXml(doc));
    zip.add(QStringLiteral("styles.xml"), stylesXml(doc));
    zip.add(QStringLiteral("meta.xml"), metaXml(doc));
    zip.add(
        QStringLiteral("META-INF/manifest.xml"),
        QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<manifest:manifest "
                          "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                          "manifest:version=\"1.3\">\n"
                          " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
                          "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
                          " <manifest:file-entry manifest:full-path=\"content.xml\" "
                          "manifest:media-type=\"text/xml\"/>\n"
                          " <manifest:file-entry manifest:full-path=\"styles.xml\" "
                          "manifest:media-type=\"text/xml\"/>\n"
                          " <manifest:file-entry manifest:full-path=\"meta.xml\" "
                          "manifest:media-type=\"text/xml\"/>\n"
                          "</manifest:manifest>\n"));
    return zip.finish();
}

} // namespace copil::exchange
